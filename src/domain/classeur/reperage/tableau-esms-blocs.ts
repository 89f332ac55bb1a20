import { memoriser } from "../../valeurs/memoire";
import { Vue } from "../tableaux";
import type { Feuille } from "./feuille";

/**
 * Blocs d'ESMS d'une feuille (2-B, 2-C, 2-G) : suites de numéros FINESS le long d'une ligne ou
 * d'une colonne, dans les deux orientations. L'axe qui porte les FINESS est celui des ESMS
 * (variantes-structure.md §1) ; aucune orientation n'est supposée. Un FINESS fusionné sur
 * plusieurs lignes (format long) vaut pour chacune ; une ligne de sous-titre (« Département du
 * Var ») ne coupe pas le bloc ; les lignes réservées qui suivent (saisies vides) en font partie.
 */

const FINESS = /^\d[\dAB]\d{7}$/;

export function estFiness(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1e7 && v < 1e9;
  return typeof v === "string" && texteFiness(v);
}

/** Chaque cellule est essayée dans les deux orientations : réponse mémorisée par texte. */
const texteFiness = memoriser((v) => FINESS.test(v.replace(/[\s.\-\u00a0]/g, "").toUpperCase()));

export interface Bloc {
  readonly v: Vue;
  /** Position, sur l'axe des mesures, de la ligne (ou colonne) des FINESS. */
  readonly m: number;
  /** Lignes d'entités (ESMS) du bloc, FINESS d'abord puis lignes réservées. */
  readonly entites: readonly number[];
  /** Nombre de lignes portant un FINESS. */
  readonly finess: number;
}

/** Lignes sans FINESS tolérées à l'intérieur d'un bloc (sous-titres de groupes). */
const TROU_MAX = 2;

const finessEn = (v: Vue, e: number, m: number) =>
  v.type(e, m) !== "masquee" && estFiness(v.valeurAncre(e, m));

/** Ligne réservée : saisie vide sous la colonne des FINESS. */
function reservee(v: Vue, e: number, m: number): boolean {
  const t = v.type(e, m);
  if (t !== "saisie" && t !== "incertaine") return false;
  const valeur = v.valeurAncre(e, m);
  return valeur === null || valeur === "";
}

function blocsDeVue(v: Vue): Bloc[] {
  const out: Bloc[] = [];
  for (let m = v.mMin; m <= v.mMax; m++) {
    let courant: number[] = [];
    let trou = 0;
    const clore = () => {
      if (courant.length === 0) return;
      const n = courant.length;
      const fin = courant[n - 1] as number;
      const entites = [...courant];
      for (let e = fin + 1; e <= v.eMax && reservee(v, e, m); e++) entites.push(e);
      out.push({ v, m, entites, finess: n });
      courant = [];
    };
    for (let e = v.eMin; e <= v.eMax; e++) {
      if (finessEn(v, e, m)) {
        courant.push(e);
        trou = 0;
      } else if (courant.length > 0 && ++trou > TROU_MAX) {
        clore();
        trou = 0;
      }
    }
    clore();
  }
  return out;
}

const cle = (b: Bloc, e: number) => {
  const p = b.v.pos(e, b.m);
  return `${p.row}:${p.col}`;
};

/** Blocs retenus des deux orientations : les plus longs d'abord, sans cellule FINESS commune. */
export function blocsFiness(f: Feuille): Bloc[] {
  const candidats = [...blocsDeVue(new Vue(f, "lignes")), ...blocsDeVue(new Vue(f, "colonnes"))];
  candidats.sort((a, b) => b.finess - a.finess);
  const prises = new Set<string>();
  const out: Bloc[] = [];
  for (const b of candidats) {
    const cles = b.entites.slice(0, b.finess).map((e) => cle(b, e));
    if (cles.some((k) => prises.has(k))) continue;
    cles.forEach((k) => prises.add(k));
    out.push(b);
  }
  return out;
}
