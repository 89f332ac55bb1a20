import type { CellValue, ValueType } from "../../domain/classeur/snapshot";

/** Ce que devient une valeur écrite par `range.values` dans Excel (hors formules). */
export interface ValeurStockee {
  readonly value: CellValue;
  readonly type: ValueType;
}

const ERREURS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const NOMBRE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Conversion d'Excel à la saisie par l'API : « 12 » devient le nombre 12 (sauf format texte « @ »),
 * « TRUE » un booléen, « #N/A » une erreur ; « 19/08/2025 » reste du texte (notes Office.js §3.1).
 */
export function valeurSaisie(
  v: string | number | boolean,
  formatNombre = "General",
): ValeurStockee {
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (v === "") return { value: "", type: "Empty" };
  if (formatNombre === "@") return { value: v, type: "String" };
  const t = v.trim();
  if (NOMBRE.test(t)) return { value: Number(t), type: "Double" };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE", type: "Boolean" };
  if (ERREURS.test(t)) return { value: t, type: "Error" };
  return { value: v, type: "String" };
}

/** Une chaîne écrite en `values` qui commence par « = » crée une formule, comme dans Excel. */
export const estFormule = (v: unknown): v is string => typeof v === "string" && /^=./.test(v);
