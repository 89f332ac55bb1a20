import { indexColonne } from "../../../domain/classeur/adresse";

/**
 * Analyse d'une formule Excel en syntaxe anglaise (« =IF(A1="",0,SUM('Feuille 2'!B2:B5)) »,
 * comme `range.formulas`) en arbre. Sans `eval` ni `new Function` (CSP des pages construites).
 * Priorités d'Excel : comparaisons < & < + - < * / < ^ < moins unaire < % .
 */

/** Zone d'une référence (index à partir de 0) ; colonnes ou lignes entières : bornes ouvertes. */
export interface ZoneRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Noeud =
  | { readonly k: "n"; readonly v: number }
  | { readonly k: "s"; readonly v: string }
  | { readonly k: "b"; readonly v: boolean }
  | { readonly k: "e"; readonly v: string }
  | { readonly k: "vide" }
  | { readonly k: "ref"; readonly feuille?: string; readonly zone: ZoneRef }
  | { readonly k: "nom"; readonly v: string }
  | { readonly k: "f"; readonly nom: string; readonly args: readonly Noeud[] }
  | { readonly k: "u"; readonly op: "-" | "+"; readonly a: Noeud }
  | { readonly k: "pct"; readonly a: Noeud }
  | { readonly k: "bin"; readonly op: string; readonly a: Noeud; readonly b: Noeud };

export const LIGNES_MAX = 1_048_576;
export const COLS_MAX = 16_384;

type Jeton =
  | { t: "n"; v: number }
  | { t: "s" | "e" | "id" | "fn" | "op"; v: string }
  | { t: "ref"; feuille?: string; zone: ZoneRef };

const FEUILLE = String.raw`(?:'((?:[^']|'')+)'|([\w.\u00C0-\u024F]+))!`;
const CEL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const RE_REF = new RegExp(
  String.raw`(?:${FEUILLE})?(?:${CEL}(?::${CEL})?|\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})|\$?(\d+):\$?(\d+))(?![\w(.!])`,
  "y",
);
const RE_NOMBRE = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const RE_ID = /[A-Za-z_\\][\w.\\]*/y;
const RE_ERREUR = /#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)/y;
const RE_OP = /<>|<=|>=|[-+*/^&=<>%(),:]/y;

function zoneDe(m: RegExpExecArray): ZoneRef {
  const lig = (s: string | undefined) => Number(s) - 1;
  if (m[3] && m[4]) {
    const a = { r: lig(m[4]), c: indexColonne(m[3].toUpperCase()) };
    const b = m[5] && m[6] ? { r: lig(m[6]), c: indexColonne(m[5].toUpperCase()) } : a;
    return {
      top: Math.min(a.r, b.r),
      left: Math.min(a.c, b.c),
      bottom: Math.max(a.r, b.r),
      right: Math.max(a.c, b.c),
    };
  }
  if (m[7] && m[8]) {
    const [x, y] = [indexColonne(m[7].toUpperCase()), indexColonne(m[8].toUpperCase())];
    return { top: 0, left: Math.min(x, y), bottom: LIGNES_MAX - 1, right: Math.max(x, y) };
  }
  const [x, y] = [lig(m[9]), lig(m[10])];
  return { top: Math.min(x, y), left: 0, bottom: Math.max(x, y), right: COLS_MAX - 1 };
}

function essayer(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Découpe en jetons ; `undefined` si un caractère n'appartient à aucun jeton. */
function jetons(s: string): Jeton[] | undefined {
  const res: Jeton[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (ch === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        const k = s.indexOf('"', j);
        if (k < 0) return undefined;
        v += s.slice(j, k);
        if (s.charAt(k + 1) !== '"') {
          i = k + 1;
          break;
        }
        v += '"';
        j = k + 2;
      }
      res.push({ t: "s", v });
    } else if ((m = essayer(RE_REF, s, i))) {
      const feuille = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      res.push({ t: "ref", zone: zoneDe(m), ...(feuille !== undefined ? { feuille } : {}) });
      i += m[0].length;
    } else if ((m = essayer(RE_NOMBRE, s, i))) {
      res.push({ t: "n", v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = essayer(RE_ERREUR, s, i))) {
      res.push({ t: "e", v: m[0] });
      i += m[0].length;
    } else if ((m = essayer(RE_ID, s, i))) {
      i += m[0].length;
      const fn = s.slice(i).match(/^\s*\(/);
      res.push({ t: fn ? "fn" : "id", v: m[0].toUpperCase().replace(/^_XLFN\./, "") });
    } else if ((m = essayer(RE_OP, s, i))) {
      res.push({ t: "op", v: m[0] });
      i += m[0].length;
    } else return undefined;
  }
  return res;
}

const NIVEAUX: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** Arbre d'une formule (« = » initial facultatif), ou `undefined` si elle est mal formée. */
export function analyser(formule: string): Noeud | undefined {
  const js = jetons(formule.replace(/^=/, ""));
  if (!js || js.length === 0) return undefined;
  let i = 0;
  const voir = () => js[i];
  const estOp = (v: string) => {
    const j = voir();
    return j?.t === "op" && j.v === v;
  };
  const attendre = (v: string) => {
    if (!estOp(v)) throw new SyntaxError(v);
    i++;
  };

  function binaire(niveau: number): Noeud {
    if (niveau >= NIVEAUX.length) return unaire();
    let a = binaire(niveau + 1);
    for (;;) {
      const j = voir();
      if (j?.t !== "op" || !NIVEAUX[niveau]?.includes(j.v)) return a;
      i++;
      a = { k: "bin", op: j.v, a, b: binaire(niveau + 1) };
    }
  }
  function unaire(): Noeud {
    if (estOp("-") || estOp("+")) {
      const op = (voir() as { v: "-" | "+" }).v;
      i++;
      return { k: "u", op, a: unaire() };
    }
    let a = primaire();
    while (estOp("%")) {
      i++;
      a = { k: "pct", a };
    }
    return a;
  }
  function primaire(): Noeud {
    const j = js![i++];
    if (!j) throw new SyntaxError("fin");
    switch (j.t) {
      case "n":
        return { k: "n", v: j.v };
      case "s":
        return { k: "s", v: j.v };
      case "e":
        return { k: "e", v: j.v };
      case "ref":
        return {
          k: "ref",
          zone: j.zone,
          ...(j.feuille !== undefined ? { feuille: j.feuille } : {}),
        };
      case "id":
        return j.v === "TRUE" || j.v === "FALSE"
          ? { k: "b", v: j.v === "TRUE" }
          : { k: "nom", v: j.v };
      case "fn": {
        attendre("(");
        const args: Noeud[] = [];
        if (estOp(")")) {
          i++;
          return { k: "f", nom: j.v, args };
        }
        for (;;) {
          args.push(estOp(",") || estOp(")") ? { k: "vide" } : binaire(0));
          if (estOp(")")) {
            i++;
            return { k: "f", nom: j.v, args };
          }
          attendre(",");
        }
      }
      case "op": {
        if (j.v !== "(") throw new SyntaxError(j.v);
        const a = binaire(0);
        attendre(")");
        return a;
      }
    }
  }

  try {
    const racine = binaire(0);
    return i === js.length ? racine : undefined;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}
