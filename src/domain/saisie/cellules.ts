import { cellule, estVide, fusionDe, limites, type Cellule } from "../classeur/cellule";
import type { CellRange, Location, SheetSnapshot } from "../classeur/snapshot";
import { classerCouleur, type OptionsCouleur } from "./couleur";

/**
 * Cellules de saisie d'une feuille : remplissage bleu (§3.1), une fois par zone fusionnée
 * (sa cellule haut-gauche), en ordre de lecture, sans les en-têtes de section.
 */

export interface CelluleDeSaisie {
  readonly location: Location;
  /** Zone fusionnée dont la cellule est le coin haut-gauche, s'il y en a une. */
  readonly zone?: CellRange;
  readonly classe: "saisie" | "incertain";
  readonly cellule: Cellule;
  /** Pas de valeur, blancs seuls, ou formule qui renvoie "". */
  readonly vide: boolean;
  readonly formule: boolean;
}

export interface OptionsSaisie extends OptionsCouleur {
  /** Inclure aussi les couleurs « incertain » (classe `incertain`). Par défaut : non. */
  readonly incertains?: boolean;
  /** Cellules à ignorer (ex. les pastilles de légende de l'Accueil). */
  readonly ignorer?: readonly Pick<Location, "sheetId" | "row" | "col">[];
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

/** Coins haut-gauche des fusions (clé « ligne:colonne ») et autres cellules couvertes. */
function indexFusions(sheet: SheetSnapshot): {
  ancres: Map<string, CellRange>;
  couvertes: Set<string>;
} {
  const ancres = new Map<string, CellRange>();
  const couvertes = new Set<string>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    ancres.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) couvertes.add(`${r}:${c}`);
    }
  }
  return { ancres, couvertes };
}

export function cellulesDeSaisie(
  sheet: SheetSnapshot,
  options: OptionsSaisie = {},
): CelluleDeSaisie[] {
  const ignorees = new Set(
    (options.ignorer ?? []).filter((l) => l.sheetId === sheet.id).map((l) => `${l.row}:${l.col}`),
  );
  const { ancres, couvertes } = indexFusions(sheet);
  const resultat: CelluleDeSaisie[] = [];
  const { lastRow, lastCol } = limites(sheet);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      const cle = `${row}:${col}`;
      if (couvertes.has(cle) || ignorees.has(cle)) continue;
      const zone = ancres.get(cle);
      const c = cellule(sheet, row, col);
      const classe = classerCouleur(c.fill, options);
      if (classe === "non" || (classe === "incertain" && !options.incertains)) continue;
      if (estEnTeteDeSection(sheet, c, zone)) continue;
      resultat.push({
        location: { sheetId: sheet.id, sheetName: sheet.name, row, col },
        ...(zone ? { zone } : {}),
        classe,
        cellule: c,
        vide: estVide(c),
        formule: c.formula !== null,
      });
    }
  }
  return resultat;
}
