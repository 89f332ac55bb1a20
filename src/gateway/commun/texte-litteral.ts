import type { WriteValue } from "../../domain/plan/types";

const NOMBRE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Une valeur du plan telle qu'il faut la confier à `range.values` pour qu'une chaîne reste un
 * **texte** (ADR 0009). Excel lit une saisie par `values` comme au clavier : « =… » (et « +… »,
 * « -… », « @… » qui ne sont pas des nombres) deviendrait une formule — `=cmd|' /C calc'!A0`,
 * `=HYPERLINK(…)` venus d'un nom d'ESMS. Une apostrophe en tête la garde en texte (préfixe non
 * stocké dans la valeur) ; une apostrophe d'origine est doublée pour être conservée.
 */
export function valeurLitterale(v: WriteValue): WriteValue {
  if (typeof v !== "string" || v === "") return v;
  if (v.startsWith("'")) return `'${v}`;
  if (/^[=+\-@]/.test(v) && !NOMBRE.test(v.trim())) return `'${v}`;
  return v;
}
