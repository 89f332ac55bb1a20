import type { Location } from "../classeur/snapshot";

/**
 * Rang des cellules d'une complétude : pour une position, le rang dans la liste des cellules de
 * saisie de la (dernière) cellule qui l'occupe. Des milliers de positions sont cherchées plusieurs
 * fois (état, cases cochées, zones, ESMS) : chaque feuille a sa grille dense (`Int32Array`) sur les
 * bornes de ses cellules, lue par position, sans clé construite ni table de hachage. Une grille
 * trop grande (cellules très éparses) laisse la place à une table par clé numérique.
 */

type Position = Pick<Location, "sheetId" | "row" | "col">;

const AIRE_MAX = 1 << 22;

interface Grille {
  readonly r0: number;
  readonly c0: number;
  readonly nr: number;
  readonly nc: number;
  /** Rang + 1 de la cellule, 0 : aucune. */
  readonly rangs?: Int32Array;
  readonly table?: Map<number, number>;
}

const entier = (x: number) => Number.isInteger(x) && x >= 0;

export class RangsCellules {
  private readonly grilles = new Map<string, Grille>();
  /** Positions hors grille (ligne ou colonne non entière ou négative), par clé texte. */
  private readonly hors = new Map<string, number>();

  constructor(cellules: readonly { readonly location: Position }[]) {
    const bornes = new Map<string, { r0: number; r1: number; c0: number; c1: number }>();
    for (const { location: l } of cellules) {
      if (!entier(l.row) || !entier(l.col)) continue;
      const b = bornes.get(l.sheetId);
      if (!b) bornes.set(l.sheetId, { r0: l.row, r1: l.row, c0: l.col, c1: l.col });
      else {
        if (l.row < b.r0) b.r0 = l.row;
        if (l.row > b.r1) b.r1 = l.row;
        if (l.col < b.c0) b.c0 = l.col;
        if (l.col > b.c1) b.c1 = l.col;
      }
    }
    for (const [id, b] of bornes) {
      const nr = b.r1 - b.r0 + 1;
      const nc = b.c1 - b.c0 + 1;
      this.grilles.set(
        id,
        nr * nc <= AIRE_MAX
          ? { r0: b.r0, c0: b.c0, nr, nc, rangs: new Int32Array(nr * nc) }
          : { r0: b.r0, c0: b.c0, nr, nc, table: new Map() },
      );
    }
    cellules.forEach(({ location: l }, i) => {
      const g = this.grilles.get(l.sheetId);
      const p = g ? position(g, l) : -1;
      if (p < 0 || !g) {
        this.hors.set(`${l.sheetId}:${l.row}:${l.col}`, i);
        return;
      }
      if (g.rangs) g.rangs[p] = i + 1;
      else g.table?.set(p, i + 1);
    });
  }

  /** Rang de la (dernière) cellule à cette position, -1 si aucune. */
  rang(l: Position): number {
    const g = this.grilles.get(l.sheetId);
    const p = g ? position(g, l) : -1;
    if (p < 0 || !g)
      return this.hors.size === 0 ? -1 : (this.hors.get(`${l.sheetId}:${l.row}:${l.col}`) ?? -1);
    const x = g.rangs ? (g.rangs[p] ?? 0) : (g.table?.get(p) ?? 0);
    return x - 1;
  }
}

function position(g: Grille, l: Position): number {
  const i = l.row - g.r0;
  const j = l.col - g.c0;
  return i >= 0 && j >= 0 && i < g.nr && j < g.nc && Number.isInteger(i) && Number.isInteger(j)
    ? i * g.nc + j
    : -1;
}
