import * as formulajs from "@formulajs/formulajs";
import {
  comparer,
  E_NA,
  E_REF,
  E_VALUE,
  estErreur,
  estPlage,
  logique,
  nombre,
  type Plage,
  type Scalaire,
  type Valeur,
} from "./valeurs";

/**
 * Fonctions d'Excel : celles de formulajs (MIT), sauf quelques-unes réécrites là où formulajs
 * s'écarte d'Excel (mesuré dans test/gateway/host-simule/calcul-fonctions.test.ts) :
 * - AND / OR : une plage ignore textes et vides, un texte isolé non logique donne #VALUE! ;
 * - INDEX : une plage d'une seule ligne s'indexe par colonne (« INDEX(B2:F2;4) ») ;
 * - MATCH approché (type 1, par défaut) : formulajs renvoie une position sur une plage sans
 *   aucun nombre ; Excel renvoie #N/A (formule « dernière valeur connue » du tableau de suivi) ;
 * - N, ISBLANK : la cellule vide.
 */
export type Fonction = (...args: Valeur[]) => Valeur;

/** Fonctions dont les références d'une cellule restent des plages (textes ignorés, comme Excel). */
export const AGREGATS = new Set([
  "SUM",
  "AVERAGE",
  "AVERAGEA",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "COUNTIFS",
  "SUMIF",
  "SUMIFS",
  "AVERAGEIF",
  "AVERAGEIFS",
  "MIN",
  "MAX",
  "PRODUCT",
  "SUMPRODUCT",
  "INDEX",
  "MATCH",
  "AND",
  "OR",
]);

const aplatir = (v: Valeur): { s: Scalaire; plage: boolean }[] =>
  estPlage(v) ? v.flat().map((s) => ({ s, plage: true })) : [{ s: v, plage: false }];

function logiques(args: Valeur[], et: boolean): Valeur {
  let vu = false;
  let res = et;
  for (const { s, plage } of args.flatMap(aplatir)) {
    const b = logique(s, plage);
    if (estErreur(b)) return b;
    if (b === undefined) continue;
    vu = true;
    res = et ? res && b : res || b;
  }
  return vu ? res : E_VALUE;
}

const entier = (v: Valeur | undefined, defaut: number): number | Error => {
  if (v === undefined || v === null) return defaut;
  const n = nombre(v);
  return estErreur(n) ? n : Math.trunc(n);
};

function index(tableau: Valeur, ligne?: Valeur, colonne?: Valeur): Valeur {
  const t: Plage = estPlage(tableau) ? tableau : [[tableau]];
  let r = entier(ligne, 0);
  let c = entier(colonne, 0);
  if (estErreur(r)) return r;
  if (estErreur(c)) return c;
  if (t.length === 1 && colonne === undefined) [r, c] = [1, r];
  const hauteur = t.length;
  const largeur = t[0]?.length ?? 0;
  if (r < 0 || c < 0 || r > hauteur || c > largeur) return E_REF;
  if (r === 0 && c === 0) return t;
  if (r === 0) return t.map((l) => [l[c - 1] ?? null]);
  if (c === 0) return [t[r - 1] ?? []];
  return t[r - 1]?.[c - 1] ?? null;
}

function match(cherche: Valeur, tableau: Valeur, type?: Valeur): Valeur {
  const mode = entier(type, 1);
  if (estErreur(mode)) return mode;
  if (mode !== 1) return formulajs.MATCH(cherche, tableau, mode) as Valeur;
  if (estErreur(cherche)) return cherche;
  const liste = estPlage(tableau) ? tableau.flat() : [tableau];
  let trouve = -1;
  liste.forEach((v, i) => {
    if (v === null || estErreur(v) || typeof v !== typeof cherche) return;
    const d = comparer(v, cherche);
    if (typeof d === "number" && d <= 0) trouve = i;
  });
  return trouve < 0 ? E_NA : trouve + 1;
}

const PROPRES: Readonly<Record<string, Fonction>> = {
  AND: (...a) => logiques(a, true),
  OR: (...a) => logiques(a, false),
  INDEX: (t, r, c) => index(t ?? null, r, c),
  MATCH: (x, t, m) => match(x ?? null, t ?? null, m),
  N: (v) => {
    const s = estPlage(v ?? null) ? ((v as Plage)[0]?.[0] ?? null) : (v as Scalaire);
    return typeof s === "number" || estErreur(s) ? s : s === true ? 1 : 0;
  },
  ISBLANK: (v) => v === null || v === undefined,
};

const BIBLIOTHEQUE = formulajs as unknown as Readonly<Record<string, unknown>>;

/** La fonction d'Excel de ce nom (anglais, majuscules), ou `undefined` (#NAME?). */
export function fonction(nom: string): Fonction | undefined {
  const propre = PROPRES[nom];
  if (propre) return propre;
  const f = BIBLIOTHEQUE[nom.replace(/\./g, "")] ?? BIBLIOTHEQUE[nom];
  return typeof f === "function" ? (f as Fonction) : undefined;
}
