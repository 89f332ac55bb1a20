import {
  correspondances,
  type Correspondance,
  type Correspondances,
  type Definition,
} from "../reperage/correspondance";
import type { Libelle } from "../reperage/feuille";
import { normaliserTexte } from "../texte";
import type { Orientation, Vue } from "./vue";

/**
 * En-têtes d'un tableau, quelle que soit son orientation : une ligne de libellés (une colonne,
 * si le tableau est transposé), sur un niveau ou deux (en-tête de groupe fusionné au-dessus de
 * sous-en-têtes : « Capacité autorisée » au-dessus de « totale » / « dont internat »), dont assez de
 * libellés correspondent aux définitions attendues (synonymes, mot à mot).
 */

/** Un en-tête reconnu : sa définition, son texte et son étendue sur l'axe des mesures. */
export interface EnTete {
  readonly cle: string;
  /** Texte tel qu'écrit (sous-en-tête seul). */
  readonly libelle: string;
  /** En-tête de groupe au-dessus, s'il y en a un. */
  readonly groupe?: string;
  readonly m0: number;
  readonly m1: number;
  readonly confiance: number;
}

/** Un libellé de la ligne d'en-têtes qui ne correspond à aucune définition. */
export interface EnTeteLibre {
  readonly libelle: string;
  readonly norm: string;
  readonly groupe?: string;
  readonly m0: number;
  readonly m1: number;
}

export interface LigneEnTete {
  readonly orientation: Orientation;
  /** Première ligne d'en-têtes (celle des groupes, sur deux niveaux). */
  readonly e: number;
  /** Dernière ligne d'en-têtes (fusions verticales comprises). */
  readonly bas: number;
  readonly entetes: readonly EnTete[];
  readonly libres: readonly EnTeteLibre[];
  readonly m0: number;
  readonly m1: number;
}

export interface OptionsEnTetes {
  /** Nombre minimal d'en-têtes reconnus. */
  readonly min: number;
  /** Au moins une de ces clés doit être reconnue. */
  readonly requises?: readonly string[];
  /** Lignes d'entités où chercher (incluses). */
  readonly de?: number;
  readonly a?: number;
}

interface Position {
  readonly libelle: Libelle;
  readonly groupe?: Libelle;
  readonly m0: number;
  readonly m1: number;
  readonly bas: number;
}

/** Libellés de la ligne sous `l`, contenus dans son étendue. */
function sousEnTetes(v: Vue, l: Libelle): readonly Libelle[] {
  const z = v.etendue(l.zone);
  if (z.m1 <= z.m0) return [];
  return v.libellesEn(z.e1 + 1).filter((s) => {
    const zs = v.etendue(s.zone);
    return zs.m0 >= z.m0 && zs.m1 <= z.m1;
  });
}

/**
 * Positions d'en-têtes d'une ligne : un groupe est remplacé par ses sous-en-têtes, sur deux niveaux
 * au plus (« Capacité autorisée » au-dessus de « totale / dont internat », lui-même sous un groupe).
 * Un libellé seul sur sa ligne au-dessus de toute la ligne suivante est un titre, pas un groupe.
 */
function positions(v: Vue, e: number): Position[] {
  const out: Position[] = [];
  const ligne = v.libellesEn(e);
  const pousser = (l: Libelle, groupe: Libelle | undefined, profondeur: number) => {
    const dessous = profondeur < 2 ? sousEnTetes(v, l) : [];
    if (dessous.length >= 2) {
      for (const s of dessous) pousser(s, l, profondeur + 1);
      return;
    }
    const z = v.etendue(l.zone);
    out.push(
      groupe
        ? { libelle: l, groupe, m0: z.m0, m1: z.m1, bas: z.e1 }
        : { libelle: l, m0: z.m0, m1: z.m1, bas: z.e1 },
    );
  };
  const seul = ligne.length === 1 ? ligne[0] : undefined;
  if (seul && sousEnTetes(v, seul).length >= 2) return [];
  for (const l of ligne) pousser(l, undefined, 0);
  return out;
}

/**
 * Correspondances d'une position, par rang de définition : sous-en-tête seul, ou « groupe
 * sous-en-tête » (le composé l'emporte à confiance égale ou meilleure).
 */
function scores(p: Position, definitions: readonly Definition[]): Correspondances {
  const seuls = correspondances(p.libelle.norm, definitions);
  if (!p.groupe) return seuls;
  const composes = correspondances(
    normaliserTexte(`${p.groupe.texte} ${p.libelle.texte}`),
    definitions,
  );
  if (composes.length === 0) return seuls;
  const parRang = new Map<number, Correspondance>(seuls.map(([k, c]) => [k, c] as const));
  for (const [k, compose] of composes) {
    const seul = parRang.get(k);
    parRang.set(k, !seul || compose.confiance >= seul.confiance ? compose : seul);
  }
  return [...parRang].sort((a, b) => a[0] - b[0]);
}

/** Affecte au plus une position à chaque définition et inversement (meilleures d'abord). */
function affecterPositions(ps: readonly Position[], definitions: readonly Definition[]) {
  const candidats: {
    p: Position;
    d: Definition;
    confiance: number;
    longueur: number;
    i: number;
  }[] = [];
  ps.forEach((p, i) => {
    for (const [k, s] of scores(p, definitions)) {
      candidats.push({ p, d: definitions[k] as Definition, ...s, i });
    }
  });
  candidats.sort((a, b) => b.confiance - a.confiance || b.longueur - a.longueur || a.i - b.i);
  const cles = new Set<string>();
  const prises = new Set<Position>();
  const out: { p: Position; d: Definition; confiance: number }[] = [];
  for (const c of candidats) {
    if (cles.has(c.d.cle) || prises.has(c.p)) continue;
    cles.add(c.d.cle);
    prises.add(c.p);
    out.push(c);
  }
  return out;
}

/** Toutes les lignes d'en-têtes de la vue pour ces définitions, dans l'ordre de l'axe des entités. */
export function trouverEnTetes(
  v: Vue,
  definitions: readonly Definition[],
  o: OptionsEnTetes,
): LigneEnTete[] {
  const out: LigneEnTete[] = [];
  for (let e = o.de ?? v.eMin; e <= (o.a ?? v.eMax); e++) {
    const ps = positions(v, e);
    if (ps.length < o.min) continue;
    const aff = affecterPositions(ps, definitions);
    if (aff.length < o.min) continue;
    if (o.requises && !aff.some((x) => o.requises?.includes(x.d.cle))) continue;
    const prises = new Set(aff.map((x) => x.p));
    const entetes = aff
      .map((x): EnTete => ({
        cle: x.d.cle,
        libelle: x.p.libelle.texte,
        ...(x.p.groupe ? { groupe: x.p.groupe.texte } : {}),
        m0: x.p.m0,
        m1: x.p.m1,
        confiance: x.confiance,
      }))
      .sort((a, b) => a.m0 - b.m0);
    const libres = ps
      .filter((p) => !prises.has(p))
      .map((p) => ({
        libelle: p.libelle.texte,
        norm: p.libelle.norm,
        ...(p.groupe ? { groupe: p.groupe.texte } : {}),
        m0: p.m0,
        m1: p.m1,
      }));
    // Les en-têtes reconnus disent où finit la ligne d'en-têtes : un titre large posé plus loin sur
    // la même ligne (un autre tableau, transposé) ne la prolonge pas.
    const bas = Math.max(...aff.map((x) => x.p.bas));
    out.push({
      orientation: v.orientation,
      e,
      bas,
      entetes,
      libres,
      m0: Math.min(...ps.map((p) => p.m0)),
      m1: Math.max(...ps.map((p) => p.m1)),
    });
    e = bas; // les lignes de sous-en-têtes appartiennent à cette ligne d'en-têtes
  }
  return out;
}
