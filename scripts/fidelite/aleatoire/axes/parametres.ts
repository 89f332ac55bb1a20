import fc from "fast-check";

/**
 * Mises en page aléatoires d'un onglet d'axe (variantes-structure.md §7) : colonne de codes
 * masquée, réponse de liste seule ou dans une fusion, source de liste en ligne (minuscules), par
 * plage d'un onglet de listes ou par nom défini, cases « ☐ item » avec cellule VRAI / FAUX liée,
 * encarts à gauche d'une zone fusionnée par thématique, quatre côte à côte, ou une seule fois en
 * bas ; libellés d'encarts numérotés, avec ou sans ligature, avec deux-points ; ligne « indicateur
 * mobilisable » par formule.
 */

export type GenreQuestion = "liste" | "cases" | "nombre" | "texte";

export interface MiseEnPageAxe {
  readonly graine: number;
  readonly codesMasques: boolean;
  readonly listeFusionnee: boolean;
  readonly source: "en-ligne" | "plage" | "nom";
  readonly encarts: "gauche" | "cote-a-cote" | "bas";
  readonly libellesEncarts: "simples" | "numerotes" | "deux-points" | "sans-ligature";
  readonly thematiques: readonly {
    readonly questions: readonly GenreQuestion[];
    readonly mobilisable: boolean;
  }[];
}

const question = fc.constantFrom<GenreQuestion>("liste", "liste", "cases", "nombre", "texte");

export const miseEnPageAxe: fc.Arbitrary<MiseEnPageAxe> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  codesMasques: fc.boolean(),
  listeFusionnee: fc.boolean(),
  source: fc.constantFrom("en-ligne", "plage", "nom"),
  encarts: fc.constantFrom("gauche", "cote-a-cote", "bas"),
  libellesEncarts: fc.constantFrom("simples", "numerotes", "deux-points", "sans-ligature"),
  thematiques: fc.array(
    fc.record({
      questions: fc.array(question, { minLength: 1, maxLength: 4 }),
      mobilisable: fc.boolean(),
    }),
    { minLength: 2, maxLength: 5 },
  ),
});
