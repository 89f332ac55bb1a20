import type { Cellule } from "../cellule";
import type { Champ } from "../modele";
import { normaliserTexte } from "../texte";
import type { EnTete, LigneEnTete } from "./entetes";
import type { Orientation, Vue } from "./vue";

/**
 * Lignes de données d'un tableau sous sa ligne d'en-têtes (colonnes, s'il est transposé) : une
 * entité par ligne jusqu'à une ligne vide, une ligne « Total » ou `arret`. Chaque ligne donne une
 * cellule par en-tête reconnu. Les identités (FINESS, nom…) fusionnées sur plusieurs lignes
 * (format long) valent pour chacune ; une valeur fusionnée sur plusieurs lignes n'appartient qu'à
 * la première (une saisie fusionnée compte une fois).
 */

export interface EntiteLue {
  /** Ligne d'entité (ligne de la feuille en orientation « lignes », colonne sinon). */
  readonly e: number;
  /** Cellules par clé d'en-tête. */
  readonly champs: Readonly<Partial<Record<string, Champ>>>;
  /** Libellés de la ligne hors colonnes reconnues (libellé de ligne, mode d'accueil…). */
  readonly libelles: readonly string[];
  /** Ligne « Total » (clôt le tableau) ou « Sous-total » (le tableau continue). */
  readonly total: "total" | "sous-total" | null;
  /** Ligne réservée : des cellules de saisie, aucune valeur. */
  readonly reservee: boolean;
}

export interface TableauLu {
  readonly orientation: Orientation;
  readonly entete: LigneEnTete;
  readonly entites: readonly EntiteLue[];
  /** La ligne « Total » qui clôt le tableau, s'il y en a une. */
  readonly total?: EntiteLue;
  /** Première ligne d'entité après le tableau. */
  readonly fin: number;
}

export interface OptionsLignes {
  /** Clés d'identité, lues à travers les fusions verticales (format long). */
  readonly identites?: ReadonlySet<string>;
  /** Arrêter avant cette ligne d'entité. */
  readonly arret?: (e: number) => boolean;
  /**
   * Faux : une ligne « Total » est une entité comme les autres (marquée `total`) et la lecture
   * continue (2-E : ligne de total suivie du budget annexe, d'une base budgétaire…). Vrai par défaut.
   */
  readonly totalClot?: boolean;
}

const SOUS_TOTAL = /^sous total\b/;
const TOTAL = /^total\b/;

/**
 * « Total », « Total général », « Sous-total enfance »… dans les libellés de la ligne ou les textes
 * de ses champs (un nombre, un booléen ou une cellule vide ne dit jamais « Total »).
 */
function genreTotal(
  libelles: readonly string[],
  champs: Readonly<Record<string, Champ>>,
): EntiteLue["total"] {
  let total = false;
  // Vrai pour un sous-total (il l'emporte) ; note un total au passage.
  const voir = (x: string): boolean => {
    const n = normaliserTexte(x);
    if (n.startsWith("sous total") && SOUS_TOTAL.test(n)) return true;
    if (n.startsWith("total") && TOTAL.test(n)) total = true;
    return false;
  };
  for (const x of libelles) if (voir(x)) return "sous-total";
  for (const k in champs) {
    const x = champs[k]?.cellule.value;
    if (typeof x === "string" && voir(x)) return "sous-total";
  }
  return total ? "total" : null;
}

/**
 * Position sur l'axe des mesures de la cellule d'une ligne sous un en-tête : la première saisie
 * qui commence sa zone dans son étendue, sinon sa première case (la cellule est leur ancre).
 */
function mesureSous(v: Vue, e: number, h: EnTete): number {
  for (let m = h.m0; m <= h.m1; m++) {
    const t = v.type(e, m);
    if ((t === "saisie" || t === "incertaine") && v.debutM(e, m) === m) return m;
  }
  return h.m0;
}

function estVide(c: Cellule): boolean {
  return c.type === "Empty" || (typeof c.value === "string" && c.value.trim() === "");
}

function lireLigne(
  v: Vue,
  t: LigneEnTete,
  e: number,
  o: OptionsLignes,
  couvertes: (m: number) => boolean,
  libellesEntetes: readonly string[],
): EntiteLue {
  const champs: Record<string, Champ> = {};
  let saisies = 0;
  let valeurs = 0;
  const entetes = t.entetes;
  for (let k = 0; k < entetes.length; k++) {
    const h = entetes[k] as EnTete;
    const m = mesureSous(v, e, h);
    // Début de la zone de la cellule (son ancre) sur l'axe des entités : une valeur fusionnée sur
    // plusieurs lignes n'appartient qu'à sa première ligne (la cellule n'est alors pas construite).
    const debut = v.debutE(e, m);
    if (debut !== e && !o.identites?.has(h.cle)) continue;
    const c = v.ancre(e, m);
    const champ = v.f.champ(h.cle, libellesEntetes[k] ?? h.libelle, c, h.confiance);
    champs[h.cle] = champ;
    if (debut !== e) continue;
    if (champ.saisie) saisies++;
    if (!estVide(c)) valeurs++;
  }
  const libelles: string[] = [];
  for (let m = v.mMin; m <= v.mMax; m++) {
    if (couvertes(m)) continue;
    const texte = v.libelleDebutantEn(e, m);
    if (texte !== undefined) libelles.push(texte.trim());
  }
  return {
    e,
    champs,
    libelles,
    total: genreTotal(libelles, champs),
    reservee: saisies > 0 && valeurs === 0,
  };
}

/** Ce que la lecture tire des seuls en-têtes d'un tableau. */
interface Preparation {
  readonly couvertes: (m: number) => boolean;
  readonly libellesEntetes: readonly string[];
}

/**
 * Préparation gardée avec la liste des en-têtes (jamais modifiée) : un tableau lu entité par entité
 * (2-B, 2-C : une lecture par ESMS, même liste d'en-têtes) ne la refait pas à chaque lecture.
 */
const preparations = new WeakMap<readonly EnTete[], Preparation>();

function preparer(entetes: readonly EnTete[]): Preparation {
  const deja = preparations.get(entetes);
  if (deja) return deja;
  // Positions couvertes par un en-tête, calculées une fois par tableau (et non par cellule).
  const couvert = new Set<number>();
  for (const h of entetes) for (let m = h.m0; m <= h.m1; m++) couvert.add(m);
  // Libellé de chaque champ (« groupe — en-tête »), composé une fois par tableau.
  const libellesEntetes = entetes.map((h) => (h.groupe ? `${h.groupe} — ${h.libelle}` : h.libelle));
  const p = { couvertes: (m: number) => couvert.has(m), libellesEntetes };
  preparations.set(entetes, p);
  return p;
}

export function lireEntites(v: Vue, t: LigneEnTete, o: OptionsLignes = {}): TableauLu {
  const entites: EntiteLue[] = [];
  const { couvertes, libellesEntetes } = preparer(t.entetes);
  let e = t.bas + 1;
  for (; e <= v.eMax; e++) {
    if (o.arret?.(e) || v.ligneVide(e, t.m0, t.m1)) break;
    if (v.type(e, t.m0) === "titre") break;
    const l = lireLigne(v, t, e, o, couvertes, libellesEntetes);
    if (l.total === "total" && o.totalClot !== false) {
      return { orientation: v.orientation, entete: t, entites, total: l, fin: e + 1 };
    }
    entites.push(l);
  }
  return { orientation: v.orientation, entete: t, entites, fin: e };
}
