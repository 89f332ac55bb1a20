import { indexColonne } from "../../domain/classeur/adresse";
import type { CellValue } from "../../domain/classeur/snapshot";

/**
 * Évaluateur minimal des formules de mise en forme conditionnelle, pour l'aperçu seulement :
 * nombres, chaînes, références relatives (« B5 », « $B$5 »), = <> < > <= >= & + - * /,
 * AND OR NOT LEN TRIM N ISBLANK. Toute autre formule renvoie `undefined` (non appliquée).
 */
export type LireCellule = (row: number, col: number) => CellValue;

type Jeton = { t: "num" | "str" | "ref" | "id" | "op"; v: string };

function jetons(s: string): Jeton[] | undefined {
  const res: Jeton[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|([A-Z][A-Z0-9.]*)|(<>|<=|>=|[=<>&+\-*/(),]))/giy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < s.length && (m = re.exec(s))) {
    if (m[1] !== undefined) res.push({ t: "num", v: m[1] });
    else if (m[2] !== undefined) res.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) res.push({ t: "ref", v: m[3] });
    else if (m[4] !== undefined) res.push({ t: "id", v: m[4].toUpperCase() });
    else if (m[5] !== undefined) res.push({ t: "op", v: m[5] });
  }
  return re.lastIndex >= s.trimEnd().length || s.trim() === "" ? res : undefined;
}

const nombre = (v: CellValue) =>
  typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : Number(v) || 0;
const vrai = (v: CellValue) =>
  typeof v === "string" ? v !== "" && v.toUpperCase() !== "FALSE" : Boolean(v);

const FONCTIONS: Record<string, (a: CellValue[]) => CellValue> = {
  AND: (a) => a.every(vrai),
  OR: (a) => a.some(vrai),
  NOT: (a) => !vrai(a[0] ?? false),
  LEN: (a) => String(a[0] ?? "").length,
  TRIM: (a) =>
    String(a[0] ?? "")
      .trim()
      .replace(/ +/g, " "),
  N: (a) => (typeof a[0] === "number" ? a[0] : a[0] === true ? 1 : 0),
  ISBLANK: (a) => a[0] === "",
};

/** Évalue `formule` (« =… ») pour la cellule (row, col) d'une règle d'origine (top, left). */
export function evaluer(
  formule: string,
  origine: { row: number; col: number },
  cellule: { row: number; col: number },
  lire: LireCellule,
): CellValue | undefined {
  const js = jetons(formule.replace(/^=/, ""));
  if (!js) return undefined;
  let i = 0;
  const voir = () => js[i];
  const prendre = () => js[i++];
  const ref = (v: string): CellValue => {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(v);
    if (!m?.[2] || !m[4]) throw new Error("ref");
    const col = indexColonne(m[2]) + (m[1] ? 0 : cellule.col - origine.col);
    const row = Number(m[4]) - 1 + (m[3] ? 0 : cellule.row - origine.row);
    return lire(row, col);
  };
  const primaire = (): CellValue => {
    const j = prendre();
    if (!j) throw new Error("fin");
    if (j.t === "num") return Number(j.v);
    if (j.t === "str") return j.v;
    if (j.t === "ref") return ref(j.v);
    if (j.t === "op" && j.v === "-") return -nombre(primaire());
    if (j.t === "op" && j.v === "(") {
      const v = comparaison();
      prendre();
      return v;
    }
    if (j.t === "id") {
      if (j.v === "TRUE" || j.v === "FALSE") return j.v === "TRUE";
      const f = FONCTIONS[j.v];
      if (!f || prendre()?.v !== "(") throw new Error("fonction");
      const args: CellValue[] = [];
      while (voir() && voir()?.v !== ")") {
        args.push(comparaison());
        if (voir()?.v === ",") prendre();
      }
      prendre();
      return f(args);
    }
    throw new Error("jeton");
  };
  const produit = (): CellValue => {
    let v = primaire();
    while (voir()?.v === "*" || voir()?.v === "/")
      v = prendre()?.v === "*" ? nombre(v) * nombre(primaire()) : nombre(v) / nombre(primaire());
    return v;
  };
  const somme = (): CellValue => {
    let v = produit();
    while (voir()?.v === "+" || voir()?.v === "-" || voir()?.v === "&") {
      const op = prendre()?.v;
      const d = produit();
      v =
        op === "&"
          ? `${String(v)}${String(d)}`
          : op === "+"
            ? nombre(v) + nombre(d)
            : nombre(v) - nombre(d);
    }
    return v;
  };
  const comparaison = (): CellValue => {
    const g = somme();
    const op = voir()?.v;
    if (!op || !["=", "<>", "<", ">", "<=", ">="].includes(op)) return g;
    prendre();
    const d = somme();
    const [a, b] =
      typeof g === "string" || typeof d === "string"
        ? [String(g).toLowerCase(), String(d).toLowerCase()]
        : [nombre(g), nombre(d)];
    return (
      { "=": a === b, "<>": a !== b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b }[op] ??
      false
    );
  };
  try {
    const v = comparaison();
    return i === js.length ? v : undefined;
  } catch {
    return undefined;
  }
}

export const estVrai = vrai;
