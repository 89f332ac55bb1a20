import { surVidage } from "../memoires";
import { contientMots } from "../texte";
import type { Libelle } from "./feuille";

/**
 * Correspondance d'un libellé normalisé avec un libellé canonique et ses synonymes (modèle, §7).
 * Confiances : libellé exact 1 ; libellé canonique en tête d'un libellé plus long 0,9, ailleurs
 * 0,85 ; synonyme exact 0,8 ; synonyme contenu 0,7. Un synonyme court (un seul mot de moins de
 * 8 lettres : « num », « sur », « places ») ne vaut qu'exact.
 */

export interface Definition {
  readonly cle: string;
  /** Libellé canonique, normalisé. */
  readonly canonique: string;
  readonly synonymes: readonly string[];
}

/** Le « n » de « N° » est facultatif : « FINESS juridique » vaut « n finess juridique ». */
const sansN = (s: string) => (s.startsWith("n ") ? s.slice(2) : s);
const court = (s: string) => !s.includes(" ") && s.length < 8;

/** Score d'un motif contre `a`, le libellé déjà sans « n » de tête. */
function score(a: string, motif: string, exact: number, tete: number, dedans: number): number {
  const m = sansN(motif);
  if (!m) return 0;
  if (a === m) return exact;
  if (court(m)) return 0;
  // `a.startsWith(m + " ")` sans construire la chaîne.
  if (a.length > m.length && a.charCodeAt(m.length) === 32 && a.startsWith(m)) return tete;
  return contientMots(a, m) ? dedans : 0;
}

export interface Correspondance {
  readonly confiance: number;
  /** Longueur du motif reconnu : à confiance égale, le plus long l'emporte. */
  readonly longueur: number;
}

/**
 * Les mêmes libellés (en-têtes répétés, noms de catégories d'ESMS) sont confrontés aux mêmes
 * définitions à chaque ligne : réponse mémorisée par définition (taille bornée, vidée quand elle
 * est pleine ; `null` = aucune correspondance).
 */
let MEMOIRE = new WeakMap<Definition, Map<string, Correspondance | null>>();
surVidage(() => (MEMOIRE = new WeakMap()));
const TAILLE_MEMOIRE = 2_000;

export function correspondre(norm: string, d: Definition): Correspondance | undefined {
  let m = MEMOIRE.get(d);
  if (!m) {
    m = new Map();
    MEMOIRE.set(d, m);
  }
  const deja = m.get(norm);
  if (deja !== undefined) return deja ?? undefined;
  const c = calculer(norm, d);
  if (m.size >= TAILLE_MEMOIRE) m.clear();
  m.set(norm, c ?? null);
  return c;
}

function calculer(norm: string, d: Definition): Correspondance | undefined {
  let meilleur: Correspondance | undefined;
  const essayer = (motif: string, c: number) => {
    if (
      c > 0 &&
      (!meilleur ||
        c > meilleur.confiance ||
        (c === meilleur.confiance && motif.length > meilleur.longueur))
    ) {
      meilleur = { confiance: c, longueur: motif.length };
    }
  };
  const a = sansN(norm);
  essayer(d.canonique, score(a, d.canonique, 1, 0.9, 0.85));
  for (const s of d.synonymes) essayer(s, score(a, s, 0.8, 0.7, 0.7));
  return meilleur;
}

/** Correspondances d'un libellé avec une liste de définitions : (rang de la définition, correspondance). */
export type Correspondances = readonly (readonly [number, Correspondance])[];

/**
 * Les définitions d'un tableau sont confrontées ensemble à chaque libellé de chaque ligne : la
 * liste des définitions qui correspondent (dans leur ordre) est mémorisée par liste et par libellé,
 * une recherche au lieu d'une par définition.
 */
const LISTES = new WeakMap<readonly Definition[], Map<string, Correspondances>>();

export function correspondances(norm: string, definitions: readonly Definition[]): Correspondances {
  let m = LISTES.get(definitions);
  if (!m) {
    m = new Map();
    LISTES.set(definitions, m);
  }
  const deja = m.get(norm);
  if (deja) return deja;
  const out: [number, Correspondance][] = [];
  definitions.forEach((d, k) => {
    const c = correspondre(norm, d);
    if (c) out.push([k, c]);
  });
  if (m.size >= TAILLE_MEMOIRE) m.clear();
  m.set(norm, out);
  return out;
}

export interface Affectation<L extends Libelle = Libelle> {
  readonly definition: Definition;
  readonly libelle: L;
  readonly confiance: number;
}

/**
 * Affecte à chaque définition au plus un libellé et inversement, en prenant d'abord les meilleures
 * correspondances (confiance, puis longueur du motif, puis ordre de lecture).
 */
export function affecter<L extends Libelle>(
  libelles: readonly L[],
  definitions: readonly Definition[],
): Affectation<L>[] {
  const candidats: (Affectation<L> & { longueur: number; ordre: number })[] = [];
  libelles.forEach((libelle, ordre) => {
    for (const [k, c] of correspondances(libelle.norm, definitions)) {
      candidats.push({
        definition: definitions[k] as Definition,
        libelle,
        confiance: c.confiance,
        longueur: c.longueur,
        ordre,
      });
    }
  });
  candidats.sort(
    (a, b) => b.confiance - a.confiance || b.longueur - a.longueur || a.ordre - b.ordre,
  );
  const cles = new Set<string>();
  const pris = new Set<L>();
  const out: Affectation<L>[] = [];
  for (const c of candidats) {
    if (cles.has(c.definition.cle) || pris.has(c.libelle)) continue;
    cles.add(c.definition.cle);
    pris.add(c.libelle);
    out.push({ definition: c.definition, libelle: c.libelle, confiance: c.confiance });
  }
  return out;
}

export type Meilleure = Correspondance & { readonly definition: Definition };

/** Meilleure définition pour un libellé, s'il y en a une (mémorisée par liste et par libellé). */
export function definitionDe(
  norm: string,
  definitions: readonly Definition[],
): Meilleure | undefined {
  let m = MEILLEURES.get(definitions);
  if (!m) {
    m = new Map();
    MEILLEURES.set(definitions, m);
  }
  const deja = m.get(norm);
  if (deja !== undefined) return deja ?? undefined;
  const d = chercherMeilleure(norm, definitions);
  if (m.size >= TAILLE_MEMOIRE) m.clear();
  m.set(norm, d ?? null);
  return d;
}

const MEILLEURES = new WeakMap<readonly Definition[], Map<string, Meilleure | null>>();

function chercherMeilleure(
  norm: string,
  definitions: readonly Definition[],
): Meilleure | undefined {
  let meilleur: (Correspondance & { definition: Definition }) | undefined;
  for (const [k, c] of correspondances(norm, definitions)) {
    const d = definitions[k] as Definition;
    if (
      c &&
      (!meilleur ||
        c.confiance > meilleur.confiance ||
        (c.confiance === meilleur.confiance && c.longueur > meilleur.longueur))
    ) {
      meilleur = { ...c, definition: d };
    }
  }
  return meilleur;
}
