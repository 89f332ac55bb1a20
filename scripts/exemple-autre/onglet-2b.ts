/**
 * Annexe 2-B « FLASH » : un ESMS par ligne (triés par FINESS), en-tête à deux niveaux (groupes
 * fusionnés au-dessus des indicateurs). Pré-rempli par l'ARS (gris), sauf les lignes des ESMS de
 * compétence exclusive du Département, à saisir (bleu-vert). Feuille protégée.
 */
import { adr, bandeau, entete, largeurs, libelle } from "./cellules";
import { normaliser, type Enregistreur, type Valeur } from "./enregistreur";
import { NOMS } from "./onglets";
import { ESMS, type Esms } from "./organisme";
import { FORMATS, SAISIE } from "./styles";

interface ColonneFlash {
  readonly groupe: string;
  readonly libelle: string;
  readonly format?: string;
}

const COLONNES: readonly ColonneFlash[] = [
  {
    groupe: "Projet personnalisé",
    libelle: "Part des personnes accompagnées ayant un projet personnalisé formalisé",
    format: FORMATS.pourcent,
  },
  {
    groupe: "Projet personnalisé",
    libelle: "Part des projets personnalisés réactualisés dans l'année",
    format: FORMATS.pourcent,
  },
  {
    groupe: "Expression collective",
    libelle: "Existence d'un CVS ou d'une autre forme d'expression collective",
  },
  {
    groupe: "Expression collective",
    libelle: "Réunions du CVS dans l'année",
    format: FORMATS.entier,
  },
  {
    groupe: "Qualité et gestion des risques",
    libelle: "Procédure de déclaration des EI / EIG formalisée",
  },
  { groupe: "Qualité et gestion des risques", libelle: "Plan de formation à la bientraitance" },
  {
    groupe: "Qualité et gestion des risques",
    libelle: "Date de la dernière évaluation de la qualité",
    format: FORMATS.date,
  },
];

const d = (a: number, m: number, j: number): Date => new Date(Date.UTC(a, m - 1, j));

const VALEURS: Readonly<Record<string, readonly (Valeur | undefined)[]>> = {
  "ime-calanques": [0.97, 0.88, "Oui", 4, "Oui", "Oui", d(2022, 6, 14)],
  "sessad-calanques": [0.94, 0.81, "Oui", 3, "Oui", "Non", d(2022, 6, 14)],
  "itep-mistral": [0.9, 0.76, "Oui", 3, "Oui", "Oui", d(2023, 3, 2)],
  "ime-licettu": [0.86, 0.71, "Oui", 2, "Non", "Oui", d(2021, 11, 25)],
  "esat-victoire": [0.99, 0.92, "Oui", 4, "Oui", "Oui", d(2022, 10, 5)],
  "mas-oliviers": [1, 0.95, "Oui", 3, "Oui", "Oui", d(2023, 5, 30)],
  "fam-restanque": [0.93, 0.83, "Oui", 3, "Oui", "Non", d(2023, 5, 30)],
  "fv-pin": [1.12, 0.85, "Oui", 3, "Oui", "Oui", d(2022, 9, 12)],
  "savs-var": [0.89, 0.79, "Non", undefined, "Oui", "Non", d(2021, 4, 8)],
  "fh-casa": [0.94, undefined, "Oui", 2, "Oui", undefined, undefined],
  "samsah-ponte": [0.91, 0.77, "Oui", 3, "Oui", "Oui", d(2023, 1, 19)],
};

export async function ecrireFlash(r: Enregistreur): Promise<void> {
  const ws = r.onglet(NOMS.flash, "flash-2b");
  largeurs(ws, [2, 13, 30, 12, ...COLONNES.map(() => 16)]);
  const fin = 4 + COLONNES.length;
  bandeau(
    ws,
    `B1:${adr(fin, 1)}`,
    "ANNEXE 2-B — INDICATEURS FLASH (campagne 2024, situation au 31/12/2023)",
  );
  libelle(
    ws,
    "B2",
    "Valeurs importées par l'ARS. Seules les lignes des ESMS de compétence exclusive du Département sont à compléter par l'organisme gestionnaire.",
    { italique: true, fusion: `B2:${adr(fin, 2)}` },
  );
  entete(ws, "B4", "N° FINESS", "B4:B5");
  entete(ws, "C4", "Établissement ou service", "C4:C5");
  entete(ws, "D4", "Catégorie", "D4:D5");
  let debutGroupe = 5;
  COLONNES.forEach((c, i) => {
    entete(ws, adr(5 + i, 5), c.libelle);
    const suivant = COLONNES[i + 1];
    if (!suivant || suivant.groupe !== c.groupe) {
      entete(ws, adr(debutGroupe, 4), c.groupe, `${adr(debutGroupe, 4)}:${adr(5 + i, 4)}`);
      debutGroupe = 6 + i;
    }
  });
  ws.getRow(5).height = 54;
  const lignes: Esms[] = [...ESMS].sort((a, b) => a.finess.localeCompare(b.finess));
  lignes.forEach((e, k) => {
    const l = 6 + k;
    const cd = e.autorite === "Département";
    r.preRempli(ws, `B${l}`, e.finess, { format: FORMATS.texte });
    r.preRempli(ws, `C${l}`, e.nom);
    r.preRempli(ws, `D${l}`, e.sigle);
    COLONNES.forEach((c, i) => {
      const a = adr(5 + i, l);
      const v = VALEURS[e.id]?.[i];
      const o = c.format ? { format: c.format } : {};
      if (cd) r.saisie(ws, a, v, { remplissage: SAISIE.bleuVert, ...o });
      else r.preRempli(ws, a, v ?? "", o);
      r.valeur(ws, a, {
        zone: "2b",
        esms: e.finess,
        mesure: normaliser(c.libelle),
        exercice: "2023",
      });
      if (e.id === "fv-pin" && i === 0) {
        r.erreur(ws, a, {
          famille: "flash",
          controle: "flash/taux-hors-bornes",
          description: "Foyer de vie Le Pin d'Alep : part des PP formalisés saisie à 112 %.",
        });
      }
    });
  });
  const derniere = 5 + lignes.length;
  r.zone(ws, "2b", `B4:${adr(fin, derniere)}`, "Indicateurs FLASH par ESMS (ESMS en lignes)");
  libelle(ws, `B${derniere + 2}`, "Source : collecte FLASH de l'ARS, campagne 2024.", {
    italique: true,
    fusion: `B${derniere + 2}:F${derniere + 2}`,
  });
  await r.proteger(ws);
}

/** Adresse d'une valeur FLASH (pour les renvois des axes). */
export function celluleFlash(esmsId: string, colonne: number): string {
  const lignes = [...ESMS].sort((a, b) => a.finess.localeCompare(b.finess));
  return adr(5 + colonne, 6 + lignes.findIndex((e) => e.id === esmsId));
}
