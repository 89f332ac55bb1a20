import { lireA1, lireZone } from "../../../src/domain/classeur/adresse";
import type {
  CellValue,
  DataValidationSnapshot,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../../src/domain/classeur/snapshot";
import { typeDe, type Valeur } from "./fabrique";

/** Petits instantanés construits cellule par cellule (« B3 » → valeur) pour les tests. */

export type CelluleFab = Valeur | { v: Valeur; formule?: string; format?: string; fill?: string };

export interface OptionsFeuille {
  readonly visibility?: SheetSnapshot["visibility"];
  readonly protected?: boolean;
  readonly validations?: readonly { zone: string; valeurs: readonly string[] }[];
  /** Étend la plage utilisée (ex. « Z5000 ») sans valeurs. */
  readonly jusqua?: string;
}

export function feuille(
  nom: string,
  cellules: Record<string, CelluleFab>,
  o: OptionsFeuille = {},
): SheetSnapshot {
  const entrees = Object.entries(cellules).map(([a1, c]) => {
    const pos = lireA1(a1);
    const d = c !== null && typeof c === "object" ? c : { v: c };
    return { ...pos, ...d };
  });
  const fin = o.jusqua ? lireA1(o.jusqua) : { row: 0, col: 0 };
  const rowCount = Math.max(fin.row, ...entrees.map((e) => e.row)) + 1;
  const columnCount = Math.max(fin.col, ...entrees.map((e) => e.col)) + 1;
  const grille = <T>(v: T): T[][] =>
    Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => v));
  const values = grille<CellValue>("");
  const valueTypes = grille<ValueType>("Empty");
  const formulas = grille<string | null>(null);
  const numberFormats = grille("General");
  const fills = grille<string | null>(null);
  for (const e of entrees) {
    (values[e.row] as CellValue[])[e.col] = e.v ?? "";
    (valueTypes[e.row] as ValueType[])[e.col] = typeDe(e.v);
    (formulas[e.row] as (string | null)[])[e.col] = e.formule ?? null;
    (numberFormats[e.row] as string[])[e.col] = e.format ?? "General";
    (fills[e.row] as (string | null)[])[e.col] = e.fill ?? null;
  }
  const validations: DataValidationSnapshot[] = (o.validations ?? []).map((v) => ({
    range: lireZone(v.zone),
    type: "list",
    source: v.valeurs.join(","),
    values: v.valeurs,
  }));
  return {
    id: `id-${nom}`,
    name: nom,
    position: 0,
    visibility: o.visibility ?? "Visible",
    protected: o.protected ?? false,
    origin: { row: 0, col: 0 },
    rowCount,
    columnCount,
    values,
    valueTypes,
    formulas,
    numberFormats,
    fills,
    merges: [],
    validations,
    conditionalFormats: [],
  };
}

export function classeur(...feuilles: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets: feuilles.map((f, i) => ({ ...f, position: i })), settings: {} };
}
