import { cellule, estVide, fusionDe, limites, type Cellule } from "../cellule";
import type { CellRange, SheetSnapshot } from "../snapshot";

/** Fusions d'une feuille vues par le typage : ancres, cellules couvertes, en-têtes de section. */

export interface IndexFusions {
  /** Coin haut-gauche (« ligne:colonne ») → sa zone fusionnée. */
  readonly ancres: ReadonlyMap<string, CellRange>;
  /** Cellule couverte (hors ancre) → clé de son ancre. */
  readonly couvertes: ReadonlyMap<string, string>;
}

export function indexFusions(sheet: SheetSnapshot): IndexFusions {
  const ancres = new Map<string, CellRange>();
  const couvertes = new Map<string, string>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    const cle = `${m.top}:${m.left}`;
    ancres.set(cle, m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) couvertes.set(`${r}:${c}`, cle);
    }
  }
  return { ancres, couvertes };
}

function remplie(sheet: SheetSnapshot, row: number, col: number): boolean {
  const c = cellule(sheet, row, col);
  return c.fill !== null || !estVide(c);
}

/**
 * En-tête de section : texte en gras (sans formule) dans une fusion d'une seule ligne, sur au
 * moins 3 colonnes, qui couvre toute la largeur occupée par la ligne suivante (le tableau).
 */
export function estEnTeteDeSection(sheet: SheetSnapshot, c: Cellule, zone?: CellRange): boolean {
  if (!zone || zone.top !== zone.bottom || zone.right - zone.left < 2) return false;
  if (c.formula !== null || typeof c.value !== "string" || c.value.trim() === "") return false;
  const i = c.row - sheet.origin.row;
  const j = c.col - sheet.origin.col;
  if (!sheet.bold?.[i]?.[j]) return false;
  const { lastCol } = limites(sheet);
  const suivante = zone.bottom + 1;
  let min = Infinity;
  let max = -Infinity;
  for (let col = sheet.origin.col; col <= lastCol; col++) {
    if (!remplie(sheet, suivante, col)) continue;
    const f = fusionDe(sheet, suivante, col);
    min = Math.min(min, f ? f.left : col);
    max = Math.max(max, f ? f.right : col);
  }
  return min !== Infinity && zone.left <= min && zone.right >= max;
}
