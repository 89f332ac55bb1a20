import type { Noeud, ZoneRef } from "./analyse";
import { AGREGATS, fonction } from "./fonctions";
import {
  comparer,
  E_DIV0,
  E_NAME,
  E_NUM,
  E_VALUE,
  erreurXl,
  estErreur,
  estPlage,
  fini,
  logique,
  nombre,
  scalaire,
  texte,
  type Plage,
  type Scalaire,
  type Valeur,
} from "./valeurs";

/** Ce que l'évaluateur lit du classeur (feuille par nom ; `undefined` = feuille de la formule). */
export interface SourceCalcul {
  /** Valeur d'une cellule (formule calculée au besoin), ou #REF! si la feuille n'existe pas. */
  cellule(feuille: string | undefined, row: number, col: number): Scalaire;
  /** Zone bornée à la plage utilisée (colonnes ou lignes entières), `null` si feuille inconnue. */
  borner(feuille: string | undefined, zone: ZoneRef): ZoneRef | null;
  /** Définition d'un nom défini (arbre), ou `undefined`. */
  nom(nom: string): Noeud | undefined;
}

function plage(src: SourceCalcul, feuille: string | undefined, z: ZoneRef): Plage | Error {
  const b = src.borner(feuille, z);
  if (!b) return erreurXl("#REF!");
  const res: Plage = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const ligne: Scalaire[] = [];
    for (let c = b.left; c <= b.right; c++) ligne.push(src.cellule(feuille, r, c));
    res.push(ligne);
  }
  return res;
}

const unique = (z: ZoneRef) => z.top === z.bottom && z.left === z.right;

function arithmetique(op: string, a: Valeur, b: Valeur): Valeur {
  const x = nombre(a);
  if (estErreur(x)) return x;
  const y = nombre(b);
  if (estErreur(y)) return y;
  switch (op) {
    case "+":
      return fini(x + y);
    case "-":
      return fini(x - y);
    case "*":
      return fini(x * y);
    case "/":
      return y === 0 ? E_DIV0 : fini(x / y);
    default:
      return x === 0 && y === 0 ? E_NUM : fini(Math.pow(x, y));
  }
}

function binaire(op: string, a: Valeur, b: Valeur): Valeur {
  if (op === "&") {
    const x = texte(a);
    if (estErreur(x)) return x;
    const y = texte(b);
    return estErreur(y) ? y : x + y;
  }
  if (["+", "-", "*", "/", "^"].includes(op)) return arithmetique(op, a, b);
  const d = comparer(a, b);
  if (estErreur(d)) return d;
  switch (op) {
    case "=":
      return d === 0;
    case "<>":
      return d !== 0;
    case "<":
      return d < 0;
    case ">":
      return d > 0;
    case "<=":
      return d <= 0;
    default:
      return d >= 0;
  }
}

/** IF, IFERROR, IFNA : seule la branche retenue est évaluée (comme Excel). */
function paresseuse(
  nom: string,
  args: readonly Noeud[],
  ev: (n: Noeud) => Valeur,
): Valeur | undefined {
  const arg = (i: number): Valeur => {
    const n = args[i];
    return n === undefined ? false : n.k === "vide" ? 0 : ev(n);
  };
  if (nom === "IF") {
    if (args.length < 2 || args.length > 3) return E_VALUE;
    const c = logique(scalaire(ev(args[0]!)), false);
    if (estErreur(c)) return c;
    if (c === undefined) return E_VALUE;
    return c ? arg(1) : arg(2);
  }
  if (nom === "IFERROR" || nom === "IFNA") {
    if (args.length !== 2) return E_VALUE;
    const v = arg(0);
    const s = estPlage(v) ? scalaire(v) : v;
    const attrape = estErreur(s) && (nom === "IFERROR" || s.message === "#N/A");
    return attrape ? arg(1) : v;
  }
  return undefined;
}

/** Évalue un arbre dans `src` ; le résultat peut être une plage (arguments de fonctions). */
export function evaluer(n: Noeud, src: SourceCalcul, profondeur = 0): Valeur {
  if (profondeur > 200) return E_VALUE;
  const ev = (x: Noeud) => evaluer(x, src, profondeur + 1);
  switch (n.k) {
    case "n":
      return n.v;
    case "s":
      return n.v;
    case "b":
      return n.v;
    case "e":
      return erreurXl(n.v);
    case "vide":
      return null;
    case "ref":
      return unique(n.zone)
        ? src.cellule(n.feuille, n.zone.top, n.zone.left)
        : plage(src, n.feuille, n.zone);
    case "nom": {
      const def = src.nom(n.v);
      return def ? ev(def) : E_NAME;
    }
    case "u": {
      const x = nombre(ev(n.a));
      return estErreur(x) ? x : n.op === "-" ? -x : x;
    }
    case "pct": {
      const x = nombre(ev(n.a));
      return estErreur(x) ? x : x / 100;
    }
    case "bin":
      return binaire(n.op, ev(n.a), ev(n.b));
    case "f": {
      const p = paresseuse(n.nom, n.args, ev);
      if (p !== undefined) return p;
      const f = fonction(n.nom);
      if (!f) return E_NAME;
      const args = n.args.map((a) => {
        if (a.k === "ref" && AGREGATS.has(n.nom)) return plage(src, a.feuille, a.zone);
        return ev(a);
      });
      try {
        const r = f(...args) as Valeur | undefined;
        return r === undefined ? 0 : r;
      } catch {
        return E_VALUE;
      }
    }
  }
}

/** Valeur et type Office d'un résultat de formule (« » relu vide, comme l'adaptateur fichier). */
export function resultat(v: Valeur): {
  value: string | number | boolean;
  type: "Double" | "String" | "Boolean" | "Error" | "Empty";
} {
  const s = scalaire(v);
  if (estErreur(s)) return { value: s.message, type: "Error" };
  if (s === null) return { value: 0, type: "Double" };
  if (typeof s === "number") {
    return Number.isFinite(s) ? { value: s, type: "Double" } : { value: "#NUM!", type: "Error" };
  }
  if (typeof s === "boolean") return { value: s, type: "Boolean" };
  return s === "" ? { value: "", type: "Empty" } : { value: s, type: "String" };
}
