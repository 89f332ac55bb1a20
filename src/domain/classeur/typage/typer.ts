import { cellule, estVide, limites, type Cellule } from "../cellule";
import type { CellRange, SheetSnapshot } from "../snapshot";
import { classerCouleur, type ClasseCouleur, type OptionsCouleur } from "./couleur";
import { estEnTeteDeSection, indexFusions, type IndexFusions } from "./fusions";

/**
 * Typage des cellules d'une feuille (variantes de structure §1), partagé par la complétude, le
 * surlignage, la navigation, le repérage et les contrôles : une seule règle dit ce qu'est une
 * saisie, un libellé, un pré-rempli, un calcul. Règles détaillées dans docs/couleurs.md.
 */

export type TypeCellule =
  /** Texte hors saisie : libellé, en-tête, ligne de thématique (quel que soit son fond). */
  | "libelle"
  /** En-tête de section (gras, fusion d'une ligne qui couvre le tableau), même sur fond de saisie. */
  | "titre"
  /** Remplissage de saisie : à renseigner par l'organisme gestionnaire. */
  | "saisie"
  /** Remplissage d'une couleur seulement proche des bleus de saisie. */
  | "incertaine"
  /** Valeur posée par l'ARS (ou constante hors saisie) : jamais à renseigner. */
  | "pre-rempli"
  /** Formule hors saisie. */
  | "calcul"
  | "vide"
  /** Ligne ou colonne masquée (colonne de codes, d'aide) : ni libellé ni saisie. */
  | "masquee"
  /** Pastille de légende. */
  | "legende";

export interface OptionsTypage extends OptionsCouleur {
  /** Cellules de pastille de légende de cette feuille (« ligne:colonne »). */
  readonly pastilles?: ReadonlySet<string>;
}

/** Le typage d'une feuille : le type de chaque cellule, vue par l'ancre de sa fusion. */
export interface TypageFeuille {
  readonly sheetId: string;
  type(row: number, col: number): TypeCellule;
  /** Classe de la couleur de l'ancre. */
  couleur(row: number, col: number): ClasseCouleur;
  /** Zone fusionnée dont (row, col) est l'ancre, ou `undefined`. */
  fusion(row: number, col: number): CellRange | undefined;
  /** Ancres de saisie (et incertaines) en ordre de lecture. */
  readonly ancresSaisie: readonly Cellule[];
}

const estTexte = (c: Cellule) => typeof c.value === "string" && c.value.trim() !== "";

function masquees(sheet: SheetSnapshot): { lignes: Set<number>; colonnes: Set<number> } {
  return { lignes: new Set(sheet.hiddenRows ?? []), colonnes: new Set(sheet.hiddenColumns ?? []) };
}

/**
 * En-têtes sur fond de saisie : au moins deux textes en gras, sans formule, de même remplissage,
 * qui couvrent à eux tous au moins 3 cellules d'une même ligne (en-têtes de colonnes) ou d'une même
 * colonne (en-têtes de lignes d'un tableau transposé), fusions d'une ligne ou d'une colonne
 * comprises. Un bloc fusionné sur plusieurs lignes et colonnes (encart) n'en est jamais un.
 */
function enTetesSurFond(sheet: SheetSnapshot, index: IndexFusions): Set<string> {
  const parLigne = new Map<string, { cles: string[]; n: number }>();
  const parColonne = new Map<string, { cles: string[]; n: number }>();
  const noter = (
    m: Map<string, { cles: string[]; n: number }>,
    k: string,
    cle: string,
    n: number,
  ) => {
    const e = m.get(k) ?? { cles: [], n: 0 };
    e.cles.push(cle);
    e.n += n;
    m.set(k, e);
  };
  const { lastRow, lastCol } = limites(sheet);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      const cle = `${row}:${col}`;
      if (index.couvertes.has(cle)) continue;
      const c = cellule(sheet, row, col);
      const gras = sheet.bold?.[row - sheet.origin.row]?.[col - sheet.origin.col] === true;
      if (!gras || !estTexte(c) || c.formula !== null || !c.fill) continue;
      const z = index.ancres.get(cle) ?? { top: row, left: col, bottom: row, right: col };
      // Un bloc fusionné sur plusieurs lignes et colonnes est un encart, pas un en-tête.
      if (z.bottom > z.top && z.right > z.left) continue;
      noter(parLigne, `${row}|${c.fill}`, cle, z.right - z.left + 1);
      noter(parColonne, `${col}|${c.fill}`, cle, z.bottom - z.top + 1);
    }
  }
  const out = new Set<string>();
  for (const m of [parLigne, parColonne]) {
    for (const e of m.values())
      if (e.n >= 3 && e.cles.length >= 2) e.cles.forEach((k) => out.add(k));
  }
  return out;
}

function typeHorsSaisie(c: Cellule, classe: ClasseCouleur, titre: boolean): TypeCellule {
  if (estTexte(c)) return titre ? "titre" : "libelle";
  if (c.formula !== null) return "calcul";
  if (!estVide(c)) return classe === "calcul" ? "calcul" : "pre-rempli";
  return classe === "pre-rempli" ? "pre-rempli" : classe === "calcul" ? "calcul" : "vide";
}

export function typerFeuille(sheet: SheetSnapshot, options: OptionsTypage = {}): TypageFeuille {
  const index = indexFusions(sheet);
  const { ancres, couvertes } = index;
  const { lignes, colonnes } = masquees(sheet);
  const enTetes = enTetesSurFond(sheet, index);
  const types = new Map<string, TypeCellule>();
  const classes = new Map<string, ClasseCouleur>();
  const ancresSaisie: Cellule[] = [];
  // Une feuille n'a que quelques remplissages distincts : chacun est classé une fois.
  const parRemplissage = new Map<string | null, ClasseCouleur>();
  const classeDe = (fill: string | null): ClasseCouleur => {
    let k = parRemplissage.get(fill);
    if (k === undefined) {
      k = classerCouleur(fill, options);
      parRemplissage.set(fill, k);
    }
    return k;
  };
  const { lastRow, lastCol } = limites(sheet);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      const cle = `${row}:${col}`;
      if (couvertes.has(cle)) continue;
      const c = cellule(sheet, row, col);
      const zone = ancres.get(cle);
      const classe = classeDe(c.fill);
      classes.set(cle, classe);
      let type: TypeCellule;
      if (lignes.has(row) || colonnes.has(col)) type = "masquee";
      else if (options.pastilles?.has(cle)) type = "legende";
      else if (classe === "saisie" || classe === "incertain") {
        if (estEnTeteDeSection(sheet, c, zone)) type = "titre";
        else if (enTetes.has(cle)) type = "libelle";
        else type = classe === "saisie" ? "saisie" : "incertaine";
      } else {
        type = typeHorsSaisie(c, classe, estEnTeteDeSection(sheet, c, zone));
      }
      types.set(cle, type);
      if (type === "saisie" || type === "incertaine") ancresSaisie.push(c);
    }
  }
  const ancreDe = (row: number, col: number): string => {
    const cle = `${row}:${col}`;
    return couvertes.get(cle) ?? cle;
  };
  return {
    sheetId: sheet.id,
    type: (row, col) => types.get(ancreDe(row, col)) ?? "vide",
    couleur: (row, col) => classes.get(ancreDe(row, col)) ?? "non",
    fusion: (row, col) => ancres.get(`${row}:${col}`),
    ancresSaisie,
  };
}
