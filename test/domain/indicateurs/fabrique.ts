import type { Champ, DiagnosticRepere } from "../../../src/domain/classeur/modele";
import type { CellValue, ValueType } from "../../../src/domain/classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../../../src/domain/classeur/types-onglet";

/** Fabrique de modèles repérés construits à la main (sans repérage) pour les tests d'indicateurs. */

const ERREURS = ["#DIV/0!", "#REF!", "#VALUE!", "#VALEUR!", "#N/A", "#NAME?", "#NOM?", "#NUM!"];

let prochaineLigne = 0;

export interface OptionsChamp {
  readonly row?: number;
  readonly col?: number;
  readonly feuille?: string;
  readonly formule?: string | null;
  readonly cle?: string;
  readonly libelle?: string;
  readonly numberFormat?: string;
  /** Cellule de saisie (bleue) ? Par défaut : oui sans formule, non avec. */
  readonly saisie?: boolean;
}

function typeDe(valeur: CellValue | null): ValueType {
  if (valeur === null || valeur === "") return "Empty";
  if (typeof valeur === "number") return "Double";
  if (typeof valeur === "boolean") return "Boolean";
  return ERREURS.includes(valeur) ? "Error" : "String";
}

/** Un champ repéré qui porte `valeur` (`null` = cellule vide). Position unique par défaut. */
export function champ(valeur: CellValue | null, options: OptionsChamp = {}): Champ {
  const row = options.row ?? prochaineLigne++;
  const col = options.col ?? 2;
  const feuille = options.feuille ?? "2-E";
  return {
    cle: options.cle ?? "valeur",
    libelle: options.libelle ?? "",
    location: { sheetId: `id-${feuille}`, sheetName: feuille, row, col },
    cellule: {
      row,
      col,
      value: valeur ?? "",
      type: typeDe(valeur),
      formula: options.formule ?? null,
      numberFormat: options.numberFormat ?? "General",
      fill: (options.saisie ?? !options.formule) ? "DDEBF7" : null,
    },
    saisie: options.saisie ?? !options.formule,
    confiance: 1,
  };
}

export function onglet(type: TypeOnglet, nom: string = type): OngletReconnu {
  return {
    sheetId: `id-${nom}`,
    nom,
    position: 0,
    visible: true,
    type,
    confiance: 1,
    origine: "nom+contenu",
  };
}

/** Un modèle repéré vide, complété par `zones`. */
export function repere(zones: Partial<DiagnosticRepere> = {}): DiagnosticRepere {
  return { onglets: [], axes: [], avertissements: [], ...zones };
}

/** Une ligne de tableau 2-E : une valeur par colonne (`null` = vide ; champ déjà construit accepté). */
export function ligne2E(
  cle: string,
  valeurs: Readonly<Record<string, CellValue | null | Champ>>,
  libelle: string = cle,
): import("../../../src/domain/classeur/modele").Ligne2E {
  const row = prochaineLigne++;
  const champs: Record<string, Champ> = {};
  Object.entries(valeurs).forEach(([colonne, v], i) => {
    champs[colonne] = v !== null && typeof v === "object" ? v : champ(v, { row, col: 2 + i, cle });
  });
  return { cle, libelle, row, valeurs: champs };
}

/** Onglet 2-E repéré à partir de tableaux `cle → lignes`. */
export function financier(
  exercices: readonly string[],
  tableaux: Readonly<
    Record<string, readonly import("../../../src/domain/classeur/modele").Ligne2E[]>
  >,
  colonnes: readonly string[] = exercices,
): DiagnosticRepere {
  const t: Record<string, import("../../../src/domain/classeur/modele").Tableau2E> = {};
  for (const [cle, lignes] of Object.entries(tableaux)) {
    t[cle] = { cle, titre: cle, row: 0, colonnes, lignes };
  }
  return repere({ financier2e: { onglet: onglet("financier-2e"), exercices, tableaux: t } });
}
