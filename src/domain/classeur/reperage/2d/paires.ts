import type { Vue } from "../../tableaux/vue";
import type { Libelle } from "../feuille";
import { estTerme, role2D, type Identite2D, type Role2D } from "./roles";

/**
 * 2-D : paires d'en-têtes « Numérateur » / « Dénominateur » (et « Taux ») d'une ligne d'en-têtes de
 * la vue, quelle que soit l'orientation. Une ligne peut porter plusieurs paires : blocs côte à
 * côte, blocs empilés d'un tableau transposé (une seule colonne de libellés), ou matrice (un
 * en-tête de groupe — l'ESMS — fusionné au-dessus de chaque paire). Chaque paire possède un
 * segment de la ligne : ses en-têtes d'identité (FINESS, nom, périmètre, indicateur) et ses
 * libellés libres (intitulé), depuis la fin de la paire précédente.
 */

export interface Position2D {
  readonly libelle: Libelle;
  /** En-tête de groupe fusionné au-dessus (second niveau). */
  readonly groupe?: Libelle;
  readonly role: Role2D | null;
  readonly m0: number;
  readonly m1: number;
  /** Dernière ligne d'entité couverte par l'en-tête (fusions comprises). */
  readonly bas: number;
}

export interface Paire2D {
  readonly e: number;
  readonly bas: number;
  readonly numerateur: Position2D;
  readonly denominateur: Position2D;
  readonly taux?: Position2D;
  /** En-têtes d'identité du segment (ou de toute la ligne, pour une matrice à groupes). */
  readonly identites: readonly (Position2D & { readonly role: Identite2D })[];
  /** Libellés libres du segment avant le numérateur (candidats d'intitulé), du plus proche au plus loin. */
  readonly libres: readonly Position2D[];
  /** Groupe commun au numérateur et au dénominateur (ESMS d'une matrice, intitulé d'un bloc). */
  readonly groupe?: Libelle;
  /** Une paire par groupe (ESMS) sur la ligne : matrice indicateurs × ESMS. */
  readonly matrice: boolean;
  /** Étendue du segment sur l'axe des mesures. */
  readonly m0: number;
  readonly m1: number;
}

/** Positions d'en-têtes d'une ligne ; un groupe au-dessus de termes est remplacé par eux. */
export function positions(v: Vue, e: number): Position2D[] {
  const out: Position2D[] = [];
  for (const l of v.libellesEn(e)) {
    const z = v.etendue(l.zone);
    // Un groupe est un en-tête (ESMS, intitulé), jamais un terme (« Dénominateur : … » fusionné).
    const dessous =
      z.m1 > z.m0 && !estTerme(role2D(l.norm))
        ? v.libellesEn(z.e1 + 1).filter((s) => {
            const zs = v.etendue(s.zone);
            return zs.m0 >= z.m0 && zs.m1 <= z.m1;
          })
        : [];
    if (dessous.length >= 2 && dessous.some((s) => estTerme(role2D(s.norm)))) {
      for (const s of dessous) {
        const zs = v.etendue(s.zone);
        out.push({
          libelle: s,
          groupe: l,
          role: role2D(s.norm) ?? null,
          m0: zs.m0,
          m1: zs.m1,
          bas: zs.e1,
        });
      }
    } else out.push({ libelle: l, role: role2D(l.norm) ?? null, m0: z.m0, m1: z.m1, bas: z.e1 });
  }
  return out.sort((a, b) => a.m0 - b.m0);
}

/** Écart maximal (en positions) entre numérateur et dénominateur, puis dénominateur et taux. */
const ECART = 3;

const estIdentite = (p: Position2D): p is Position2D & { role: Identite2D } =>
  p.role !== null && !estTerme(p.role);

/** Paires de la ligne d'en-têtes `e` (vide si elle n'en porte aucune). */
export function pairesDeLigne(v: Vue, e: number): Paire2D[] {
  const ps = positions(v, e);
  const brutes: { n: number; d: number; t?: number }[] = [];
  for (let i = 0; i < ps.length; i++) {
    if (ps[i]?.role !== "numerateur") continue;
    let d: number | undefined;
    for (let j = i + 1; j < ps.length && j <= i + ECART; j++) {
      if (ps[j]?.role === "numerateur") break;
      if (ps[j]?.role === "denominateur") {
        d = j;
        break;
      }
    }
    if (d === undefined) continue;
    let t: number | undefined;
    for (let k = d + 1; k < ps.length && k <= d + ECART; k++) {
      if (ps[k]?.role === "numerateur") break;
      if (ps[k]?.role === "taux") {
        t = k;
        break;
      }
    }
    brutes.push({ n: i, d, ...(t !== undefined ? { t } : {}) });
    i = t ?? d;
  }
  const groupes = brutes.map((b) => {
    const g = ps[b.n]?.groupe;
    return g && g === ps[b.d]?.groupe ? g : undefined;
  });
  const matrice =
    brutes.length >= 2 && groupes.every((g) => g) && new Set(groupes).size === groupes.length;
  const dansUnePaire = (k: number) => brutes.some((b) => k >= b.n && k <= (b.t ?? b.d));
  // Les positions de la ligne hors de toute paire ne dépendent pas de la paire : calculées une fois.
  const ligne = matrice ? ps.filter((_, k) => !dansUnePaire(k)) : [];
  let debut = 0;
  return brutes.map((b, i) => {
    const fin = b.t ?? b.d;
    const segment = ps.slice(debut, b.n);
    const identites = (matrice ? ligne : segment).filter(estIdentite);
    // Un libellé de taux avant le numérateur n'est pas un taux (« Délai moyen d'admission »).
    const libres = matrice
      ? []
      : segment.filter((p) => p.role === null || p.role === "taux").reverse();
    const propres = [...(matrice ? [] : segment), ...ps.slice(b.n, fin + 1)];
    const m0 = Math.min(...propres.map((p) => p.m0));
    debut = fin + 1;
    const n = ps[b.n] as Position2D;
    const t = b.t !== undefined ? ps[b.t] : undefined;
    const g = groupes[i];
    return {
      e,
      // Les libellés libres (bandeau, intitulé fusionnés en largeur) ne repoussent pas les valeurs.
      bas: Math.max(...[...ps.slice(b.n, fin + 1), ...identites].map((p) => p.bas)),
      numerateur: n,
      denominateur: ps[b.d] as Position2D,
      ...(t ? { taux: t } : {}),
      identites,
      libres,
      ...(g ? { groupe: g } : {}),
      matrice,
      m0,
      m1: (ps[fin] as Position2D).m1,
    };
  });
}

/** Toutes les paires de la vue, dans l'ordre des lignes d'en-têtes. */
export function paires(v: Vue): Paire2D[] {
  const out: Paire2D[] = [];
  for (let e = v.eMin; e <= v.eMax; e++) {
    const ps = pairesDeLigne(v, e);
    out.push(...ps);
    // Les sous-en-têtes d'une ligne à deux niveaux appartiennent à cette ligne.
    if (ps.some((p) => p.groupe)) e = Math.max(e, ...ps.map((p) => p.bas));
  }
  return out;
}
