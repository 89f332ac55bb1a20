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
  if (!dansPlage(sheet, row, col)) {
    return {
      row,
      col,
      value: VIDE.value,
      type: VIDE.type,
      formula: VIDE.formula,
      numberFormat: VIDE.numberFormat,
      fill: VIDE.fill,
    };
  }
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

/** Valeur de la cellule (row, col), comme `cellule(...).value`, sans construire la cellule. */
export function valeurEn(sheet: SheetSnapshot, row: number, col: number): CellValue {
  if (!dansPlage(sheet, row, col)) return VIDE.value;
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "";
}

/** Formule de la cellule (row, col), comme `cellule(...).formula`, sans construire la cellule. */
export function formuleEn(sheet: SheetSnapshot, row: number, col: number): string | null {
  if (!dansPlage(sheet, row, col)) return VIDE.formula;
  return sheet.formulas[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/** Type de valeur de la cellule (row, col), comme `cellule(...).type`, sans construire la cellule. */
export function genreEn(sheet: SheetSnapshot, row: number, col: number): ValueType {
  if (!dansPlage(sheet, row, col)) return VIDE.type;
  return sheet.valueTypes[row - sheet.origin.row]?.[col - sheet.origin.col] ?? "Empty";
}

/** `estVide(cellule(sheet, row, col))`, sans construire la cellule. */
export function estVideEn(sheet: SheetSnapshot, row: number, col: number): boolean {
  if (!dansPlage(sheet, row, col)) return true;
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  if ((sheet.valueTypes[i]?.[j] ?? "Empty") === "Empty") return true;
  const v = sheet.values[i]?.[j] ?? "";
  return typeof v === "string" && v.trim() === "";
}

/** Vide au sens de la saisie : rien, des blancs, ou une formule qui renvoie "". */
export function estVide(c: Pick<Cellule, "value" | "type">): boolean {
  if (c.type === "Empty") return true;
  return typeof c.value === "string" && c.value.trim() === "";
}

/** Zone fusionnée qui contient la cellule (la première dans l'ordre des fusions), si elle existe. */
export function fusionDe(sheet: SheetSnapshot, row: number, col: number): CellRange | undefined {
  const merges = sheet.merges;
  if (merges.length === 0) return undefined;
  const index = indexDesFusions(sheet);
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  let rang: number | undefined;
  if (i >= 0 && j >= 0 && i < sheet.rowCount && j < sheet.columnCount && entiers(i, j)) {
    const x = index.plage[i * sheet.columnCount + j] ?? 0;
    rang = x === 0 ? undefined : x - 1;
  } else if (entiers(row, col) && row >= 0 && col >= 0 && col < LARGEUR) {
    rang = index.hors.get(cleDe(row, col));
  }
  const grandes = index.grandes;
  for (let k = 0; k < grandes.length; k++) {
    const g = grandes[k] as number;
    if (rang !== undefined && g >= rang) break;
    const m = merges[g];
    if (m && row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) rang = g;
  }
  return rang === undefined ? undefined : merges[rang];
}

const entiers = (a: number, b: number) => Number.isInteger(a) && Number.isInteger(b);

/**
 * Index des fusions d'une feuille, construit au premier appel (la liste des fusions d'un instantané
 * ne change pas) : cellule → rang + 1 de la première petite fusion qui la couvre, rangé par position
 * dans la plage utilisée (table pour les cellules hors plage) ; les grandes fusions (plus de
 * `CELLULES_INDEXEES` cellules, bornes hors grille) restent parcourues, dans l'ordre.
 */
interface IndexFusions {
  readonly plage: Int32Array;
  readonly hors: ReadonlyMap<number, number>;
  readonly grandes: readonly number[];
}

const CELLULES_INDEXEES = 4096;
const LARGEUR = 1 << 15;
const cleDe = (row: number, col: number) => row * LARGEUR + col;
const index = new WeakMap<SheetSnapshot, IndexFusions>();

function indexDesFusions(sheet: SheetSnapshot): IndexFusions {
  const deja = index.get(sheet);
  if (deja) return deja;
  const { row: r0, col: c0 } = sheet.origin;
  const nc = sheet.columnCount;
  const plage = new Int32Array(sheet.rowCount * nc);
  const hors = new Map<number, number>();
  const grandes: number[] = [];
  sheet.merges.forEach((m, rang) => {
    const aire = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    const dansGrille =
      [m.top, m.bottom, m.left, m.right].every(Number.isInteger) &&
      m.top >= 0 &&
      m.left >= 0 &&
      m.right < LARGEUR;
    if (!dansGrille || !(aire <= CELLULES_INDEXEES)) {
      grandes.push(rang);
      return;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const i = r - r0;
        const j = c - c0;
        if (i >= 0 && j >= 0 && i < sheet.rowCount && j < nc) {
          if (plage[i * nc + j] === 0) plage[i * nc + j] = rang + 1;
        } else if (!hors.has(cleDe(r, c))) hors.set(cleDe(r, c), rang);
      }
    }
  });
  const i = { plage, hors, grandes };
  index.set(sheet, i);
  return i;
}

/** Dernière ligne et colonne (absolues, incluses) de la plage utilisée. */
export function limites(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  return {
    lastRow: sheet.origin.row + sheet.rowCount - 1,
    lastCol: sheet.origin.col + sheet.columnCount - 1,
  };
}
