import fc from "fast-check";

/**
 * Annexe 1 tirée au sort (variantes-structure.md §3) : tableaux d'ESMS de 6 à 10 colonnes dans un
 * ordre quelconque, enfance et adultes en deux tableaux (dans un ordre ou l'autre) ou un seul
 * tableau avec une colonne « Secteur », libellés synonymes, décalage, ligne de total, ligne réservée.
 */

export type ColonneA1 =
  | "categorie"
  | "commune"
  | "internat"
  | "accueil-jour"
  | "accueil-temporaire"
  | "public"
  | "autorite"
  | "departement";

export interface MiseEnPageAnnexe1 {
  readonly graine: number;
  readonly forme:
    "deux-tableaux-enfance-d-abord" | "deux-tableaux-adultes-d-abord" | "un-tableau-avec-secteur";
  /** Colonnes en plus de FINESS, nom et capacité (3 à 7 : 6 à 10 colonnes en tout). */
  readonly colonnes: readonly ColonneA1[];
  /** Permutation des colonnes (indices tirés). */
  readonly ordre: readonly number[];
  /** Variante de libellé de chaque en-tête (0 : canonique). */
  readonly libelles: number;
  readonly decalage: { readonly lignes: number; readonly colonnes: number };
  readonly nbEnfance: number;
  readonly nbAdultes: number;
  readonly total: boolean;
  readonly reservee: boolean;
}

const COLONNES: readonly ColonneA1[] = [
  "categorie",
  "commune",
  "internat",
  "accueil-jour",
  "accueil-temporaire",
  "public",
  "autorite",
  "departement",
];

export const miseEnPageAnnexe1: fc.Arbitrary<MiseEnPageAnnexe1> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  forme: fc.constantFrom("deux-tableaux-enfance-d-abord", "deux-tableaux-adultes-d-abord", "un-tableau-avec-secteur"),
  colonnes: fc.subarray([...COLONNES], { minLength: 3, maxLength: 7 }),
  ordre: fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
  libelles: fc.nat({ max: 3 }),
  decalage: fc.record({ lignes: fc.integer({ min: 0, max: 4 }), colonnes: fc.integer({ min: 0, max: 3 }) }),
  nbEnfance: fc.integer({ min: 1, max: 5 }),
  nbAdultes: fc.integer({ min: 1, max: 5 }),
  total: fc.boolean(),
  reservee: fc.boolean(),
}); // prettier-ignore
