/** Onglet masqué des listes de validation, et noms définis qui pointent dessus. */
import type ExcelJS from "exceljs";
import { libelle } from "./cellules";
import type { Enregistreur } from "./enregistreur";
import { NOMS } from "./onglets";

interface Liste {
  readonly colonne: string;
  readonly titre: string;
  readonly valeurs: readonly string[];
  readonly nom?: string;
}

const LISTES = {
  reponses: {
    colonne: "A",
    titre: "Réponses des axes",
    valeurs: ["Oui", "Non", "Pratiques hétérogènes"],
    nom: "ReponsesAxes",
  },
  autorites: {
    colonne: "C",
    titre: "Autorité de tarification",
    valeurs: ["ARS", "Département", "Conjointe ARS / Département"],
    nom: "Autorites",
  },
  cpom: {
    colonne: "E",
    titre: "Type de CPOM",
    valeurs: ["Bipartite (ARS)", "Tripartite (ARS et Département)"],
    nom: "TypesCpom",
  },
  statuts: {
    colonne: "G",
    titre: "Statut juridique",
    valeurs: [
      "Association loi 1901 non reconnue d'utilité publique",
      "Association loi 1901 reconnue d'utilité publique",
      "Fondation",
      "Autre organisme privé à but non lucratif",
      "GCSMS de droit privé",
    ],
  },
  categories: {
    colonne: "I",
    titre: "Catégorie d'ESMS",
    valeurs: [
      "IME",
      "ITEP",
      "SESSAD",
      "EEAP",
      "CAMSP",
      "ESAT",
      "MAS",
      "FAM",
      "Foyer de vie",
      "FH",
      "SAVS",
      "SAMSAH",
    ],
  },
} as const satisfies Record<string, Liste>;

function plage(l: Liste): string {
  return `${NOMS.listes}!$${l.colonne}$2:$${l.colonne}$${l.valeurs.length + 1}`;
}

/** Validation « liste » à partir d'une plage de l'onglet Listes. */
export function parPlage(cle: keyof typeof LISTES): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, formulae: [plage(LISTES[cle])], showErrorMessage: true };
}

/** Validation « liste » par nom défini. */
export function parNom(cle: "reponses" | "autorites" | "cpom"): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, formulae: [LISTES[cle].nom], showErrorMessage: true };
}

/** Validation « liste » en ligne (texte libre de la source, tel quel). */
export function enLigne(valeurs: string): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, formulae: [`"${valeurs}"`], showErrorMessage: true };
}

export function ecrireListes(r: Enregistreur): void {
  const ws = r.onglet(NOMS.listes, "inconnu", { masque: true });
  for (const l of Object.values(LISTES) as Liste[]) {
    libelle(ws, `${l.colonne}1`, l.titre, { gras: true, retour: false });
    l.valeurs.forEach((v, i) => libelle(ws, `${l.colonne}${i + 2}`, v, { retour: false }));
    ws.getColumn(l.colonne).width = 34;
    if (l.nom) r.wb.definedNames.add(plage(l), l.nom);
  }
}
