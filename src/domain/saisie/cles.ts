import type { Location } from "../classeur/snapshot";

/**
 * Clés des cellules d'une complétude : un nombre (rang de la feuille, ligne, colonne) plutôt
 * qu'une chaîne « feuille:ligne:colonne » construite à chaque recherche — des milliers de cellules
 * sont cherchées plusieurs fois (état, cases cochées, zones, ESMS). Une position hors des bornes
 * d'Excel garde une clé texte (jamais confondue avec une clé nombre).
 */

const COLONNES = 2 ** 15;
const LIGNES = 2 ** 21;

export type CleCellule = number | string;

export class ClesCellules {
  private readonly rangs = new Map<string, number>();

  cle(l: Pick<Location, "sheetId" | "row" | "col">): CleCellule {
    const { row, col } = l;
    const grille =
      Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && row < LIGNES;
    if (!grille || col >= COLONNES) return `${l.sheetId}:${row}:${col}`;
    let rang = this.rangs.get(l.sheetId);
    if (rang === undefined) this.rangs.set(l.sheetId, (rang = this.rangs.size));
    return (rang * LIGNES + row) * COLONNES + col;
  }
}
