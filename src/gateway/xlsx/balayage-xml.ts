import { lireZone } from "../../domain/classeur/adresse";

/**
 * Balayage d'une partie XML d'un .xlsx, morceau par morceau, sans arbre ni expansion : compte des
 * balises et relevé des références utiles au pré-examen (ADR 0007). Les morceaux sont lus en
 * latin1 (les balises et attributs cherchés sont en ASCII) ; la fin d'un morceau, depuis le dernier
 * « < », est reportée sur le suivant pour ne pas couper une balise.
 */

export interface Zone {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface BilanXml {
  /** `<!DOCTYPE` ou `<!ENTITY` : jamais écrit par un tableur (bombe « billion laughs »). */
  dtd: boolean;
  lignes: number;
  cellules: number;
  /** Étendue des cellules écrites (`<c r="…">`), index à partir de 0 ; null si aucune. */
  etendue: Zone | null;
  /** `<dimension ref>` déclarée, telle qu'écrite. */
  dimension: string | null;
  /** `<mergeCell ref>`, tels qu'écrits (les `maxFusionsRelevees` premiers) ; `nbFusions` les compte tous. */
  fusions: string[];
  nbFusions: number;
  /** Éléments `<si>` (textes partagés) et `<xf>` (styles). */
  textes: number;
  styles: number;
}

const RE_CELLULE = /<(?:\w+:)?c\b([^>]*)>?/g;
const RE_REF = /\br="([A-Z]{1,3})([0-9]{1,7})"/;
const RE_LIGNE = /<(?:\w+:)?row\b/g;
const RE_DIMENSION = /<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"/;
const RE_FUSION = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"/g;
const RE_TEXTE = /<(?:\w+:)?si\b/g;
const RE_STYLE = /<(?:\w+:)?xf\b/g;
const RE_DTD = /<!(?:DOCTYPE|ENTITY)/i;
/** Noms des balises comptées en un passage (`toutLire`), dans l'ordre de `baliseComptee`. */
export const NOMS_COMPTES = ["c", "row", "si", "xf", "mergeCell", "dimension"] as const;
const RE_SUITE = /[^>]*/y;
const RE_REF_ATTR = /\bref="([^"]*)"/;
/** Au-delà, le report est abandonné : c'est un long texte, sans balise à reconnaître. */
const REPORT_MAX = 64 * 1024;

function colonne(lettres: string): number {
  let n = 0;
  for (const ch of lettres) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Caractère de `\w` (ASCII, comme les expressions de ce fichier). */
function estMot(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95;
}

/** Index dans `NOMS_COMPTES` par code de l'initiale (les initiales sont toutes différentes). */
const PAR_INITIALE: readonly number[] = (() => {
  const t = new Array<number>(128).fill(-1);
  NOMS_COMPTES.forEach((nom, k) => (t[nom.charCodeAt(0)] = k));
  return t;
})();

/** Index dans `NOMS_COMPTES` du nom qui commence en `i` et n'est pas suivi d'un caractère de mot ; -1 sinon. */
function nomCompte(t: string, i: number): number {
  const k = PAR_INITIALE[t.charCodeAt(i)] ?? -1;
  if (k < 0) return -1;
  const nom = NOMS_COMPTES[k]!;
  return t.startsWith(nom, i) && !estMot(t.charCodeAt(i + nom.length)) ? k : -1;
}

/**
 * La balise ouverte au « < » en `p`, si elle est comptée : même règle que
 * `/<(?:\w+:)?(c|row|si|xf|mergeCell|dimension)\b/` (préfixe d'espace de noms admis), sans allouer
 * de tableau de correspondance par balise (≈ 1,4 Mo par retour du banc) : son index dans
 * `NOMS_COMPTES`, -1 si elle n'est pas comptée.
 */
export function baliseComptee(t: string, p: number): number {
  const i = p + 1;
  let j = i;
  while (estMot(t.charCodeAt(j))) j++;
  if (j > i && t.charCodeAt(j) === 58 /* : */) {
    const k = nomCompte(t, j + 1);
    if (k >= 0) return k;
  }
  return nomCompte(t, i);
}

const compter = (re: RegExp, t: string) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(t)) n++;
  return n;
};

/** Balayeur incrémental : `ajouter` chaque morceau décompressé, puis `terminer`. */
export class BalayeurXml {
  private report = "";
  private readonly bilan: BilanXml = {
    dtd: false,
    lignes: 0,
    cellules: 0,
    etendue: null,
    dimension: null,
    fusions: [],
    nbFusions: 0,
    textes: 0,
    styles: 0,
  };
  private haut = Infinity;
  private gauche = Infinity;
  private bas = -1;
  private droite = -1;

  constructor(private readonly maxFusionsRelevees = 100_000) {}

  ajouter(morceau: Buffer): void {
    const texte = this.report + morceau.toString("latin1");
    const dernier = texte.lastIndexOf("<");
    const traite = dernier < 0 ? texte : texte.slice(0, dernier);
    this.report = dernier < 0 ? "" : texte.slice(dernier);
    if (this.report.length > REPORT_MAX) this.report = "";
    this.lire(traite);
  }

  /**
   * Toute une partie déjà décompressée et décodée (lecteur direct) : le même bilan que `lire`,
   * en un seul parcours (les noms cherchés s'excluent : chaque balise n'est comptée qu'une fois).
   * L'étendue des cellules n'est relevée que si la dimension déclarée dépasse `seuilDimension`
   * cellules : c'est le seul cas où le pré-examen s'en sert.
   */
  toutLire(t: string, seuilDimension: number): BilanXml {
    const b = this.bilan;
    if (t.indexOf("<!") >= 0 && RE_DTD.test(t)) b.dtd = true;
    for (let p = t.indexOf("<"); p >= 0; p = t.indexOf("<", p + 1)) {
      const k = baliseComptee(t, p);
      if (k < 0) continue;
      switch (k) {
        case 0:
          b.cellules++;
          break;
        case 1:
          b.lignes++;
          break;
        case 2:
          b.textes++;
          break;
        case 3:
          b.styles++;
          break;
        default: {
          // Depuis le « < » : ni « mergeCell » ni « dimension » ne contient « ref=" ».
          RE_SUITE.lastIndex = p;
          const ref = RE_REF_ATTR.exec(RE_SUITE.exec(t)?.[0] ?? "");
          if (k === 4) {
            if (!ref) break;
            b.nbFusions++;
            if (b.fusions.length < this.maxFusionsRelevees) b.fusions.push(ref[1] ?? "");
          } else if (b.dimension === null && ref) b.dimension = ref[1] ?? "";
        }
      }
    }
    const declaree = b.dimension ? zoneDe(b.dimension) : null;
    if (declaree && surface(declaree) > seuilDimension) {
      RE_CELLULE.lastIndex = 0;
      for (let m = RE_CELLULE.exec(t); m; m = RE_CELLULE.exec(t)) {
        const ref = RE_REF.exec(m[1] ?? "");
        if (!ref) continue;
        const r = Number(ref[2]) - 1;
        const c = colonne(ref[1] ?? "A");
        if (r < this.haut) this.haut = r;
        if (r > this.bas) this.bas = r;
        if (c < this.gauche) this.gauche = c;
        if (c > this.droite) this.droite = c;
      }
    }
    return this.terminer();
  }

  terminer(): BilanXml {
    this.lire(this.report);
    this.report = "";
    if (this.bas >= 0) {
      this.bilan.etendue = {
        top: this.haut,
        left: this.gauche,
        bottom: this.bas,
        right: this.droite,
      };
    }
    return this.bilan;
  }

  private lire(t: string): void {
    if (t.length === 0) return;
    const b = this.bilan;
    if (!b.dtd && RE_DTD.test(t)) b.dtd = true;
    b.lignes += compter(RE_LIGNE, t);
    b.textes += compter(RE_TEXTE, t);
    b.styles += compter(RE_STYLE, t);
    if (b.dimension === null) b.dimension = RE_DIMENSION.exec(t)?.[1] ?? null;
    RE_FUSION.lastIndex = 0;
    for (let m = RE_FUSION.exec(t); m; m = RE_FUSION.exec(t)) {
      b.nbFusions++;
      if (b.fusions.length < this.maxFusionsRelevees) b.fusions.push(m[1] ?? "");
    }
    RE_CELLULE.lastIndex = 0;
    for (let m = RE_CELLULE.exec(t); m; m = RE_CELLULE.exec(t)) {
      b.cellules++;
      const ref = RE_REF.exec(m[1] ?? "");
      if (!ref) continue;
      const r = Number(ref[2]) - 1;
      const c = colonne(ref[1] ?? "A");
      if (r < this.haut) this.haut = r;
      if (r > this.bas) this.bas = r;
      if (c < this.gauche) this.gauche = c;
      if (c > this.droite) this.droite = c;
    }
  }
}

/** Zone d'une référence « A1:B2 » (ou « A1 ») ; null si elle est illisible. */
export function zoneDe(ref: string): Zone | null {
  const propre = ref.replace(/\$/g, "").trim();
  if (!/^[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?$/.test(propre)) return null;
  try {
    const z = lireZone(propre);
    return {
      top: Math.min(z.top, z.bottom),
      left: Math.min(z.left, z.right),
      bottom: Math.max(z.top, z.bottom),
      right: Math.max(z.left, z.right),
    };
  } catch {
    return null;
  }
}

export const surface = (z: Zone): number => (z.bottom - z.top + 1) * (z.right - z.left + 1);
