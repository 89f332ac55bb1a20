import { cellule, type Cellule } from "../cellule";
import type { CellRange, CellValue, SheetSnapshot, ValueType } from "../snapshot";
import { classerCouleur, type ClasseCouleur, type OptionsCouleur } from "./couleur";
import { enTetesSurFond } from "./en-tetes-fond";
import { estEnTeteDeSectionEn, indexFusions } from "./fusions";

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

function typeHorsSaisie(
  value: CellValue,
  type: ValueType,
  formula: string | null,
  classe: ClasseCouleur,
  titre: boolean,
): TypeCellule {
  if (typeof value === "string" && value.trim() !== "") return titre ? "titre" : "libelle";
  if (formula !== null) return "calcul";
  // Vide au sens de `estVide` : rien, des blancs, ou une formule qui renvoie "".
  const vide = type === "Empty" || (typeof value === "string" && value.trim() === "");
  if (!vide) return classe === "calcul" ? "calcul" : "pre-rempli";
  return classe === "pre-rempli" ? "pre-rempli" : classe === "calcul" ? "calcul" : "vide";
}

/** En-tête de section possible seulement sur l'ancre d'une fusion, lue dans les tableaux de la ligne. */
function enTeteDeSection(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  value: CellValue,
  formula: string | null,
  zone: CellRange | undefined,
): boolean {
  return zone !== undefined && estEnTeteDeSectionEn(sheet, row, col, value, formula, zone);
}

/** Codes des types et des classes rangés par position (0 : cellule non typée). */
const TYPES: readonly TypeCellule[] = [
  "vide",
  "libelle",
  "titre",
  "saisie",
  "incertaine",
  "pre-rempli",
  "calcul",
  "vide",
  "masquee",
  "legende",
];
const CODE_TYPE = new Map(TYPES.map((t, i) => [t, i] as const).filter(([, i]) => i > 0));
const CLASSES: readonly ClasseCouleur[] = [
  "non",
  "saisie",
  "incertain",
  "pre-rempli",
  "calcul",
  "non",
];
const CODE_CLASSE = new Map(CLASSES.map((c, i) => [c, i] as const).filter(([, i]) => i > 0));

/** Pastilles « ligne:colonne » → positions dans la plage utilisée. */
function positionsPastilles(sheet: SheetSnapshot, pastilles?: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const k of pastilles ?? []) {
    const [r, c, ...reste] = k.split(":").map(Number);
    if (r === undefined || c === undefined || reste.length > 0 || `${r}:${c}` !== k) continue;
    const i = r - sheet.origin.row;
    const j = c - sheet.origin.col;
    if (i >= 0 && j >= 0 && i < sheet.rowCount && j < sheet.columnCount)
      out.add(i * sheet.columnCount + j);
  }
  return out;
}

export function typerFeuille(sheet: SheetSnapshot, options: OptionsTypage = {}): TypageFeuille {
  const index = indexFusions(sheet);
  const lignes = new Set(sheet.hiddenRows ?? []);
  const colonnes = new Set(sheet.hiddenColumns ?? []);
  const enTetes = enTetesSurFond(sheet, index);
  const pastilles = positionsPastilles(sheet, options.pastilles);
  const { row: r0, col: c0 } = sheet.origin;
  const nr = sheet.rowCount;
  const nc = sheet.columnCount;
  // Type et classe de chaque ancre de la plage utilisée, rangés par position (ligne par ligne).
  const types = new Uint8Array(nr * nc);
  const classes = new Uint8Array(nr * nc);
  // Position de l'ancre de chaque case de la plage (elle-même hors fusion ; -1 : ancre hors
  // plage), trouvée une fois ici : le type d'une case est lu sans chercher sa fusion.
  const ancreDe = new Int32Array(nr * nc);
  /** Position de (row, col) dans la plage utilisée, -1 hors plage (ou hors grille entière). */
  const positionDe = (row: number, col: number): number => {
    const i = row - r0;
    const j = col - c0;
    return i >= 0 && j >= 0 && i < nr && j < nc && Number.isInteger(i) && Number.isInteger(j)
      ? i * nc + j
      : -1;
  };
  const ancresSaisie: Cellule[] = [];
  // Une feuille n'a que quelques remplissages distincts : chacun est classé une fois.
  const parRemplissage = new Map<string | null, number>();
  const classeDe = (fill: string | null): number => {
    let k = parRemplissage.get(fill);
    if (k === undefined) {
      k = CODE_CLASSE.get(classerCouleur(fill, options)) ?? 0;
      parRemplissage.set(fill, k);
    }
    return k;
  };
  for (let i = 0; i < nr; i++) {
    const row = r0 + i;
    // La cellule est lue dans les tableaux de la ligne ; l'objet `Cellule` n'est construit que
    // pour une ancre de saisie ou un en-tête de section possible (une fusion).
    const valeurs = sheet.values[i];
    const genres = sheet.valueTypes[i];
    const formules = sheet.formulas[i];
    const fonds = sheet.fills[i];
    for (let j = 0; j < nc; j++) {
      const col = c0 + j;
      const p = i * nc + j;
      const couvrante = index.couvrante(row, col);
      if (couvrante) {
        ancreDe[p] = positionDe(couvrante.top, couvrante.left);
        continue;
      }
      ancreDe[p] = p;
      const value = valeurs?.[j] ?? "";
      const genre = genres?.[j] ?? "Empty";
      const formula = formules?.[j] ?? null;
      const k = classeDe(fonds?.[j] ?? null);
      classes[p] = k;
      const classe = CLASSES[k] ?? "non";
      let type: TypeCellule;
      if (lignes.has(row) || colonnes.has(col)) type = "masquee";
      else if (pastilles.has(p)) type = "legende";
      else if (classe === "saisie" || classe === "incertain") {
        if (enTeteDeSection(sheet, row, col, value, formula, index.ancre(row, col))) type = "titre";
        else if (enTetes.has(p)) type = "libelle";
        else type = classe === "saisie" ? "saisie" : "incertaine";
      } else {
        // En-tête de section possible seulement pour un texte (sa fusion n'est cherchée qu'alors).
        const texte = typeof value === "string" && value.trim() !== "";
        type = typeHorsSaisie(
          value,
          genre,
          formula,
          classe,
          texte && enTeteDeSection(sheet, row, col, value, formula, index.ancre(row, col)),
        );
      }
      types[p] = CODE_TYPE.get(type) ?? 0;
      if (type === "saisie" || type === "incertaine") ancresSaisie.push(cellule(sheet, row, col));
    }
  }
  /** Position de l'ancre de (row, col) dans la plage utilisée, -1 si elle est hors plage. */
  const positionAncre = (row: number, col: number): number => {
    const p = positionDe(row, col);
    if (p >= 0) return ancreDe[p] as number;
    const z = index.couvrante(row, col);
    return z ? positionDe(z.top, z.left) : -1;
  };
  return {
    sheetId: sheet.id,
    type: (row, col) => TYPES[types[positionAncre(row, col)] ?? 0] ?? "vide",
    couleur: (row, col) => CLASSES[classes[positionAncre(row, col)] ?? 0] ?? "non",
    fusion: (row, col) => index.ancre(row, col),
    ancresSaisie,
  };
}
