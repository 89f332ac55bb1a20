import { cellule, limites } from "../classeur/cellule";
import type { Location, SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";

/**
 * Étalonnage des couleurs sur la légende du classeur (§3.1) : une cellule colorée près d'un texte
 * « cellules à renseigner » donne l'étalon de saisie ; près de « pré-renseigné par l'ARS », la
 * couleur à exclure. Cherché sur l'Accueil d'abord, puis dans toutes les feuilles (sans connaître
 * le type des onglets).
 */

export interface Etalonnage {
  /** Couleur « RRGGBB » de la légende de saisie, ou `null` si aucune légende n'est trouvée. */
  readonly etalon: string | null;
  /** Couleur de la légende « pré-renseigné par l'ARS », ou `null`. */
  readonly exclue: string | null;
  /** Les pastilles de légende (parfois la cellule du texte même) : à ne pas compter comme saisies. */
  readonly pastilles: readonly Location[];
}

/** Motifs (texte normalisé) d'une légende de saisie. */
export const MOTIFS_SAISIE: readonly RegExp[] = [
  /\b(cellules?|cases?|zones?|champs?) (bleues? )?(a|a faire) (renseigner|completer|remplir|saisir)\b/,
  /\bzones? (de|a) saisie\b/,
  /\bcellules? de saisie\b/,
  /\ba (renseigner|completer|remplir|saisir) par l (organisme gestionnaire|og)\b/,
  /\bsaisies? (par )?(de )?l (organisme gestionnaire|og)\b/,
];

/** Motifs d'une légende « pré-rempli par l'ARS » (testés avant les motifs de saisie). */
export const MOTIFS_EXCLUS: readonly RegExp[] = [
  /\bpre ?(renseigne|rempli)e?s?\b/,
  /\b(renseigne|rempli|complete)e?s? par l ars\b/,
];

const BLANC = "FFFFFF";

/** Couleur de la pastille près du texte (r, c) : la cellule même, puis ±3 colonnes, puis ±1 ligne. */
function pastille(
  sheet: SheetSnapshot,
  row: number,
  col: number,
): { fill: string; row: number; col: number } | null {
  const candidats: [number, number][] = [[row, col]];
  for (const dr of [0, -1, 1]) {
    for (let d = 1; d <= 3; d++) candidats.push([row + dr, col - d], [row + dr, col + d]);
    if (dr !== 0) candidats.push([row + dr, col]);
  }
  for (const [r, c] of candidats) {
    if (r < 0 || c < 0) continue;
    const fill = cellule(sheet, r, c).fill;
    if (fill && fill.toUpperCase() !== BLANC) return { fill: fill.toUpperCase(), row: r, col: c };
  }
  return null;
}

function ordreDeRecherche(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  const accueil = (s: SheetSnapshot) => (normaliserTexte(s.name).includes("accueil") ? 0 : 1);
  return [...snapshot.sheets].sort((a, b) => accueil(a) - accueil(b) || a.position - b.position);
}

export function etalonnage(snapshot: WorkbookSnapshot): Etalonnage {
  let etalon: string | null = null;
  let exclue: string | null = null;
  const pastilles: Location[] = [];
  for (const sheet of ordreDeRecherche(snapshot)) {
    const { lastRow, lastCol } = limites(sheet);
    for (let row = sheet.origin.row; row <= lastRow; row++) {
      for (let col = sheet.origin.col; col <= lastCol; col++) {
        const v = cellule(sheet, row, col).value;
        if (typeof v !== "string" || v.length > 200) continue;
        const t = normaliserTexte(v);
        const estExclu = MOTIFS_EXCLUS.some((m) => m.test(t));
        const estSaisie = !estExclu && MOTIFS_SAISIE.some((m) => m.test(t));
        if ((!estExclu || exclue) && (!estSaisie || etalon)) continue;
        const p = pastille(sheet, row, col);
        if (!p) continue;
        if (estExclu) exclue = p.fill;
        else etalon = p.fill;
        pastilles.push({ sheetId: sheet.id, sheetName: sheet.name, row: p.row, col: p.col });
      }
    }
    if (etalon) break;
  }
  return { etalon, exclue, pastilles };
}
