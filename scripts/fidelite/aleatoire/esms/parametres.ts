import fc from "fast-check";

/**
 * Axes de mise en page d'un onglet de tableaux d'ESMS (variantes-structure.md §3 : 2-B, 2-C, 2-G) :
 * orientation, décalage, en-têtes sur deux niveaux, format long (FINESS et nom fusionnés sur une
 * ligne par mode d'accueil), sous-titres de groupes, lignes réservées, total tapé ou par formule,
 * colonne (ligne) d'aide masquée, tableaux empilés.
 */

export interface TableauEsmsAleatoire {
  readonly nbEsms: number;
  readonly mesures: number;
  readonly saisies: boolean;
  readonly deuxNiveaux: boolean;
  readonly long: boolean;
  readonly sousTitres: boolean;
  readonly reservees: number;
  readonly total: "aucun" | "formule" | "tape";
}

export interface OngletEsmsAleatoire {
  readonly graine: number;
  readonly orientation: "lignes" | "colonnes";
  readonly decalage: { readonly e: number; readonly m: number };
  readonly aide: boolean;
  readonly tableaux: readonly TableauEsmsAleatoire[];
}

const tableau: fc.Arbitrary<TableauEsmsAleatoire> = fc.record({
  nbEsms: fc.integer({ min: 2, max: 12 }),
  mesures: fc.integer({ min: 1, max: 7 }),
  saisies: fc.boolean(),
  deuxNiveaux: fc.boolean(),
  long: fc.boolean(),
  sousTitres: fc.boolean(),
  reservees: fc.integer({ min: 0, max: 2 }),
  total: fc.constantFrom("aucun", "formule", "tape"),
});

export const ongletEsms: fc.Arbitrary<OngletEsmsAleatoire> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  orientation: fc.constantFrom("lignes", "colonnes"),
  decalage: fc.record({ e: fc.integer({ min: 0, max: 5 }), m: fc.integer({ min: 0, max: 3 }) }),
  aide: fc.boolean(),
  tableaux: fc.array(tableau, { minLength: 1, maxLength: 2 }),
});
