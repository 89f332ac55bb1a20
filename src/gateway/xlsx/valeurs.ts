import type { CellValue, ValueType } from "../../domain/classeur/snapshot";

/** Contenu d'une cellule comme Office.js le rend : valeur, type, formule anglaise (« =… »). */
export interface ContenuCellule {
  readonly value: CellValue;
  readonly type: ValueType;
  readonly formula: string | null;
}

const VIDE: ContenuCellule = { value: "", type: "Empty", formula: null };

/** Date JavaScript (UTC, comme ExcelJS) → numéro de série Excel. */
export function numeroSerie(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** Valeur simple (constante ou résultat en cache) → valeur et type Office. */
export function valeurSimple(v: unknown): { value: CellValue; type: ValueType } {
  if (v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (typeof v === "string")
    return v === "" ? { value: "", type: "Empty" } : { value: v, type: "String" };
  if (v instanceof Date) return { value: numeroSerie(v), type: "Double" };
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (typeof o.error === "string") return { value: o.error, type: "Error" };
    if (Array.isArray(o.richText)) {
      const t = o.richText.map((r) => r.text).join("");
      return t === "" ? { value: "", type: "Empty" } : { value: t, type: "String" };
    }
    if (o.text !== undefined) return valeurSimple(o.text);
  }
  return { value: String(v), type: "String" };
}

/** Cellule ExcelJS → contenu. Les cellules fusionnées non maîtresses sont vides, comme dans Excel. */
export function contenuCellule(cell: {
  readonly type: number;
  readonly value: unknown;
  readonly formula?: string;
  readonly result?: unknown;
}): ContenuCellule {
  const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  // ValueType.Merge = 1 : la valeur rendue par ExcelJS est celle de la cellule maîtresse.
  if (cell.type === 1 || v === null || v === undefined) return VIDE;
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = cell.formula ?? v.formula ?? "";
    // `cell.value` d'ExcelJS omet un résultat « faux » (0, FAUX) : `cell.result` le garde.
    const r = valeurSimple(cell.result !== undefined ? cell.result : v.result);
    return { ...r, formula: f.startsWith("=") ? f : `=${f}` };
  }
  return { ...valeurSimple(v), formula: null };
}
