import { dansPlage, estVideEn, fusionDe, limites, type Cellule } from "../cellule";
import type { CellRange, CellValue, SheetSnapshot } from "../snapshot";

/**
 * Fusions d'une feuille vues par le typage : ancres, cellules couvertes, en-têtes de section. Une
 * fusion d'une seule cellule est ignorée ; quand des fusions se chevauchent, la dernière dans
 * l'ordre de la feuille l'emporte (pour son ancre comme pour les cellules qu'elle couvre).
 *
 * Index dense sur la plage utilisée (un rang de fusion par cellule, lu par position) et table pour
 * les rares cellules hors plage : aucune clé construite par cellule.
 */
export interface IndexFusions {
  /** Zone fusionnée dont (row, col) est l'ancre (coin haut-gauche), ou `undefined`. */
  ancre(row: number, col: number): CellRange | undefined;
  /** Fusion qui couvre (row, col) sans en être l'ancre, ou `undefined`. */
  couvrante(row: number, col: number): CellRange | undefined;
  /** Vrai si la feuille a au moins une fusion de plusieurs cellules. */
  readonly aucune: boolean;
}

const LARGEUR = 1 << 15;
/** Clé numérique d'une cellule de la grille Excel, ou -1 hors grille. */
const cleDe = (row: number, col: number) =>
  Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && col < LARGEUR
    ? row * LARGEUR + col
    : -1;

export function indexFusions(sheet: SheetSnapshot): IndexFusions {
  const { row: r0, col: c0 } = sheet.origin;
  const nr = sheet.rowCount;
  const nc = sheet.columnCount;
  const dans = (i: number, j: number) =>
    i >= 0 && j >= 0 && i < nr && j < nc && Number.isInteger(i) && Number.isInteger(j);
  /** Rang + 1 de la fusion qui couvre la cellule (hors ancre), 0 sinon. */
  const couvre = new Int32Array(nr * nc);
  const couvreHors = new Map<number, number>();
  const ancres = new Map<number, CellRange>();
  const merges = sheet.merges;
  let aucune = true;
  merges.forEach((m, rang) => {
    if (m.bottom === m.top && m.right === m.left) return;
    aucune = false;
    ancres.set(cleDe(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const i = r - r0;
        const j = c - c0;
        if (dans(i, j)) couvre[i * nc + j] = rang + 1;
        else couvreHors.set(cleDe(r, c), rang + 1);
      }
    }
  });
  ancres.delete(-1);
  couvreHors.delete(-1);
  return {
    aucune,
    ancre: (row, col) => (aucune ? undefined : ancres.get(cleDe(row, col))),
    couvrante(row, col) {
      if (aucune) return undefined;
      const i = row - r0;
      const j = col - c0;
      const rang = dans(i, j) ? couvre[i * nc + j] : couvreHors.get(cleDe(row, col));
      return rang ? merges[rang - 1] : undefined;
    },
  };
}

/** `cellule(sheet, row, col)` a un remplissage ou n'est pas vide (lu sans construire la cellule). */
function remplie(sheet: SheetSnapshot, row: number, col: number): boolean {
  if (!dansPlage(sheet, row, col)) return false;
  const fill = sheet.fills[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
  return fill !== null || !estVideEn(sheet, row, col);
}

/**
 * En-tête de section : texte en gras (sans formule) dans une fusion d'une seule ligne, sur au
 * moins 3 colonnes, qui couvre toute la largeur occupée par la ligne suivante (le tableau).
 */
export function estEnTeteDeSection(sheet: SheetSnapshot, c: Cellule, zone?: CellRange): boolean {
  return estEnTeteDeSectionEn(sheet, c.row, c.col, c.value, c.formula, zone);
}

/** `estEnTeteDeSection` d'une cellule donnée par sa position, sa valeur et sa formule. */
export function estEnTeteDeSectionEn(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  value: CellValue,
  formula: string | null,
  zone?: CellRange,
): boolean {
  if (!zone || zone.top !== zone.bottom || zone.right - zone.left < 2) return false;
  if (formula !== null || typeof value !== "string" || value.trim() === "") return false;
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  if (!sheet.bold?.[i]?.[j]) return false;
  const { lastCol } = limites(sheet);
  const suivante = zone.bottom + 1;
  let min = Infinity;
  let max = -Infinity;
  for (let c = sheet.origin.col; c <= lastCol; c++) {
    if (!remplie(sheet, suivante, c)) continue;
    const f = fusionDe(sheet, suivante, c);
    min = Math.min(min, f ? f.left : c);
    max = Math.max(max, f ? f.right : c);
  }
  return min !== Infinity && zone.left <= min && zone.right >= max;
}
