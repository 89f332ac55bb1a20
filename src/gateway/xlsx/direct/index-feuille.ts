import { contenu, type CelluleLue } from "./cellule";
import type { FeuilleLue } from "./feuille";

/** Index des cellules d'une feuille et des fusions, pour retrouver une cellule par position. */
export class IndexFeuille {
  private readonly lignes = new Map<number, FeuilleLue["lignes"][number]>();
  private parAdresse: Map<string, CelluleLue> | undefined;

  constructor(readonly f: FeuilleLue) {
    for (const l of f.lignes) this.lignes.set(l.index, l);
  }

  ligne(i: number) {
    return this.lignes.get(i);
  }

  /** La cellule ExcelJS (i, j) : « fusion » si elle est esclave d'une fusion. */
  cellule(i: number, j: number): CelluleLue | "fusion" | undefined {
    for (const z of this.f.fusions) {
      if (i >= z.top && i <= z.bottom && j >= z.left && j <= z.right) {
        if (i !== z.top || j !== z.left) return "fusion";
      }
    }
    const cells = this.lignes.get(i)?.cellules;
    if (!cells) return undefined;
    let a = 0;
    let b = cells.length - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      const c = cells[m] as CelluleLue;
      if (c.col === j) return c;
      if (c.col < j) a = m + 1;
      else b = m - 1;
    }
    return undefined;
  }

  /** La maîtresse d'une formule partagée, si c'est bien une cellule à formule. */
  trouver = (adresse: string): CelluleLue | undefined => {
    if (!this.parAdresse) {
      this.parAdresse = new Map();
      for (const l of this.f.lignes) for (const c of l.cellules) this.parAdresse.set(c.adresse, c);
    }
    const c = this.parAdresse.get(adresse);
    return c && this.cellule(c.ligne, c.col) === c ? c : undefined;
  };

  valeur = (i: number, j: number): unknown => {
    const c = this.cellule(i, j);
    return c && c !== "fusion" ? contenu(c, this.trouver).value : "";
  };
}
