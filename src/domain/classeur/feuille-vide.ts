import type { SheetSnapshot } from "./snapshot";

/** Les champs de grille d'un instantané de feuille. */
export type GrilleFeuille = Pick<
  SheetSnapshot,
  | "origin"
  | "rowCount"
  | "columnCount"
  | "values"
  | "valueTypes"
  | "formulas"
  | "numberFormats"
  | "fills"
>;

/** Une grille sans aucune cellule (feuille neuve, ou feuille dont la grille n'est pas lue). */
export function grilleVide(): GrilleFeuille {
  return {
    origin: { row: 0, col: 0 },
    rowCount: 0,
    columnCount: 0,
    values: [],
    valueTypes: [],
    formulas: [],
    numberFormats: [],
    fills: [],
  };
}

/** L'instantané d'une feuille vide (feuille à ajouter par un plan, ou base d'une relecture). */
export function feuilleVide(
  name: string,
  position = 0,
  visibility: SheetSnapshot["visibility"] = "Visible",
): SheetSnapshot {
  return {
    id: `nouvelle:${name}`,
    name,
    position,
    visibility,
    protected: false,
    ...grilleVide(),
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}
