import { cellule, estVide, limites, type Cellule } from "../cellule";
import type { CellRange, SheetSnapshot } from "../snapshot";
import { classerCouleur, type ClasseCouleur, type OptionsCouleur } from "./couleur";
import { estEnTeteDeSection, indexFusions } from "./fusions";

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
 * Ligne d'en-têtes sur fond de saisie : au moins 3 textes en gras, sans formule, sur une même
 * ligne et de même remplissage (ex. en-têtes bleu moyen d'un tableau d'ESMS).
 */
function lignesEnTete(sheet: SheetSnapshot, ancre: (r: number, c: number) => boolean): Set<string> {
  const out = new Set<string>();
  const { lastRow, lastCol } = limites(sheet);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    const parFond = new Map<string, string[]>();
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      if (!ancre(row, col)) continue;
      const c = cellule(sheet, row, col);
      const gras = sheet.bold?.[row - sheet.origin.row]?.[col - sheet.origin.col] === true;
      if (!gras || !estTexte(c) || c.formula !== null || !c.fill) continue;
      const liste = parFond.get(c.fill) ?? [];
      liste.push(`${row}:${col}`);
      parFond.set(c.fill, liste);
    }
    for (const liste of parFond.values()) if (liste.length >= 3) liste.forEach((k) => out.add(k));
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
  const { ancres, couvertes } = indexFusions(sheet);
  const { lignes, colonnes } = masquees(sheet);
  const estAncre = (r: number, c: number) => !couvertes.has(`${r}:${c}`);
  const enTetes = lignesEnTete(sheet, estAncre);
  const types = new Map<string, TypeCellule>();
  const classes = new Map<string, ClasseCouleur>();
  const ancresSaisie: Cellule[] = [];
  const { lastRow, lastCol } = limites(sheet);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      const cle = `${row}:${col}`;
      if (couvertes.has(cle)) continue;
      const c = cellule(sheet, row, col);
      const zone = ancres.get(cle);
      const classe = classerCouleur(c.fill, options);
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
