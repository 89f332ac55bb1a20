import type { CellRange, CellValue, SheetSnapshot, ValueType } from "./snapshot";

/** Lecture d'une cellule d'une feuille de l'instantané, par index absolus (0 = A / ligne 1). */
export interface Cellule {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly type: ValueType;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
}

const VIDE: Omit<Cellule, "row" | "col"> = {
  value: "",
  type: "Empty",
  formula: null,
  numberFormat: "General",
  fill: null,
};

export function dansPlage(sheet: SheetSnapshot, row: number, col: number): boolean {
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  return i >= 0 && j >= 0 && i < sheet.rowCount && j < sheet.columnCount;
}

export function cellule(sheet: SheetSnapshot, row: number, col: number): Cellule {
  if (!dansPlage(sheet, row, col)) return { row, col, ...VIDE };
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  return {
    row,
    col,
    value: sheet.values[i]?.[j] ?? "",
    type: sheet.valueTypes[i]?.[j] ?? "Empty",
    formula: sheet.formulas[i]?.[j] ?? null,
    numberFormat: sheet.numberFormats[i]?.[j] ?? "General",
    fill: sheet.fills[i]?.[j] ?? null,
  };
}

/** Vide au sens de la saisie : rien, des blancs, ou une formule qui renvoie "". */
export function estVide(c: Pick<Cellule, "value" | "type">): boolean {
  if (c.type === "Empty") return true;
  return typeof c.value === "string" && c.value.trim() === "";
}

/** Zone fusionnée qui contient la cellule, si elle existe. */
export function fusionDe(sheet: SheetSnapshot, row: number, col: number): CellRange | undefined {
  return sheet.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
}

/** Dernière ligne et colonne (absolues, incluses) de la plage utilisée. */
export function limites(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  return {
    lastRow: sheet.origin.row + sheet.rowCount - 1,
    lastCol: sheet.origin.col + sheet.columnCount - 1,
  };
}
