import { utils } from "@formulajs/formulajs";

/**
 * Valeurs du calcul : nombre, texte, booléen, `null` (cellule vide), erreur (les objets `Error`
 * de formulajs, « #N/A »…), ou plage (tableau 2-D, `null` pour les cellules vides).
 */
export type Scalaire = number | string | boolean | null | Error;
export type Plage = Scalaire[][];
export type Valeur = Scalaire | Plage;

const E = utils.errors;

export const ERREURS: Readonly<Record<string, Error>> = {
  "#N/A": E.na,
  "#DIV/0!": E.div0,
  "#VALUE!": E.value,
  "#REF!": E.ref,
  "#NAME?": E.name,
  "#NUM!": E.num,
  "#NULL!": E.nil,
  "#CALC!": E.calc,
  "#SPILL!": new Error("#SPILL!"),
};

/** Erreur d'Excel de code « #… » (inconnue : #VALUE!). */
export const erreurXl = (code: string): Error => ERREURS[code] ?? E.value;

export const estErreur = (v: unknown): v is Error => v instanceof Error;
export const estPlage = (v: Valeur): v is Plage => Array.isArray(v);

/** Une plage prise comme une valeur (opérateur, résultat) : sa cellule unique, sinon #VALUE!. */
export function scalaire(v: Valeur): Scalaire {
  if (!estPlage(v)) return v;
  return v.length === 1 && v[0]?.length === 1 ? (v[0][0] ?? null) : E.value;
}

/** Conversion en nombre des opérateurs arithmétiques (« 3 » → 3, vide → 0, « abc » → #VALUE!). */
export function nombre(v: Valeur): number | Error {
  const s = scalaire(v);
  if (typeof s === "number" || estErreur(s)) return s;
  if (s === null) return 0;
  if (typeof s === "boolean") return s ? 1 : 0;
  const t = s.trim();
  if (t === "") return E.value;
  const n = Number(t.replace(/%$/, ""));
  if (Number.isNaN(n)) return E.value;
  return t.endsWith("%") ? n / 100 : n;
}

/** Texte d'une valeur pour « & » (nombres à 15 chiffres significatifs, comme Excel). */
export function texte(v: Valeur): string | Error {
  const s = scalaire(v);
  if (estErreur(s)) return s;
  if (s === null) return "";
  if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
  if (typeof s === "number") return String(Number(s.toPrecision(15)));
  return s;
}

/** Valeur logique (IF, AND, OR) ; `undefined` = texte ignoré (dans une plage). */
export function logique(s: Scalaire, dansPlage: boolean): boolean | Error | undefined {
  if (estErreur(s) || typeof s === "boolean") return s;
  if (s === null) return dansPlage ? undefined : false;
  if (typeof s === "number") return s !== 0;
  if (dansPlage) return undefined;
  const t = s.trim().toUpperCase();
  return t === "TRUE" ? true : t === "FALSE" ? false : E.value;
}

const rang = (s: number | string | boolean) =>
  typeof s === "number" ? 0 : typeof s === "string" ? 1 : 2;

/** Comparaison d'Excel : vide = 0, « » ou FAUX selon l'autre côté ; nombres < textes < booléens. */
export function comparer(a: Valeur, b: Valeur): number | Error {
  let x = scalaire(a);
  let y = scalaire(b);
  if (estErreur(x)) return x;
  if (estErreur(y)) return y;
  const videDe = (o: Scalaire) => (typeof o === "string" ? "" : typeof o === "boolean" ? false : 0);
  if (x === null) x = videDe(y);
  if (y === null) y = videDe(x);
  if (x === null || y === null) return 0;
  if (rang(x) !== rang(y)) return rang(x) - rang(y);
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toUpperCase(), y.toUpperCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Résultat numérique sûr : NaN et infinis deviennent #NUM!. */
export const fini = (n: number): number | Error => (Number.isFinite(n) ? n : E.num);

export const E_VALUE = E.value;
export const E_DIV0 = E.div0;
export const E_NA = E.na;
export const E_NAME = E.name;
export const E_REF = E.ref;
export const E_NUM = E.num;
