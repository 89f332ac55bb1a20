import { lireA1, lireZone } from "../../../src/domain/classeur/adresse";
import { cellule } from "../../../src/domain/classeur/cellule";
import type { Champ } from "../../../src/domain/classeur/modele";
import type {
  CellValue,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../../src/domain/classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../../../src/domain/classeur/types-onglet";

/**
 * Petit constructeur d'instantanés pour les tests de saisie, complétude et garde :
 * `feuille("Axe 1-1", { B3: bleu("Oui"), C3: { v: 12, gras: true } }, { fusions: ["B5:D5"] })`.
 */

export const BLEU = "DDEBF7";
const ERREURS = ["#DIV/0!", "#REF!", "#VALUE!", "#VALEUR!", "#N/A", "#NAME?", "#NOM?", "#NUM!"];

export type Valeur = CellValue | null;
export interface CelluleFab {
  readonly v?: Valeur;
  readonly formule?: string;
  readonly format?: string;
  readonly fill?: string | null;
  readonly gras?: boolean;
  /** Force le type (ex. "String" pour une formule qui renvoie ""). */
  readonly type?: ValueType;
}

export function typeDe(v: Valeur): ValueType {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return ERREURS.includes(v) ? "Error" : "String";
}

/** Cellule bleue (saisie), avec une valeur éventuelle. */
export function bleu(v: Valeur = null, autres: Omit<CelluleFab, "v" | "fill"> = {}): CelluleFab {
  return { v, fill: BLEU, ...autres };
}

export interface OptionsFeuille {
  readonly id?: string;
  readonly visibility?: SheetSnapshot["visibility"];
  readonly fusions?: readonly string[];
  readonly jusqua?: string;
}

export function feuille(
  nom: string,
  cellules: Record<string, CelluleFab | Valeur>,
  o: OptionsFeuille = {},
): SheetSnapshot {
  const entrees = Object.entries(cellules).map(([a1, c]) => {
    const d: CelluleFab = c !== null && typeof c === "object" ? c : { v: c };
    return { ...lireA1(a1), ...d };
  });
  const fin = o.jusqua ? lireA1(o.jusqua) : { row: 0, col: 0 };
  const rowCount = Math.max(fin.row, ...entrees.map((e) => e.row)) + 1;
  const columnCount = Math.max(fin.col, ...entrees.map((e) => e.col)) + 1;
  const grille = <T>(v: T): T[][] =>
    Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => v));
  const values = grille<CellValue>("");
  const valueTypes = grille<ValueType>("Empty");
  const formulas = grille<string | null>(null);
  const numberFormats = grille("General");
  const fills = grille<string | null>(null);
  const bold = grille(false);
  for (const e of entrees) {
    const r = e.row;
    const c = e.col;
    (values[r] as CellValue[])[c] = e.v ?? "";
    (valueTypes[r] as ValueType[])[c] = e.type ?? typeDe(e.v ?? null);
    (formulas[r] as (string | null)[])[c] = e.formule ?? null;
    (numberFormats[r] as string[])[c] = e.format ?? "General";
    (fills[r] as (string | null)[])[c] = e.fill ?? null;
    (bold[r] as boolean[])[c] = e.gras ?? false;
  }
  return {
    id: o.id ?? `id-${nom}`,
    name: nom,
    position: 0,
    visibility: o.visibility ?? "Visible",
    protected: false,
    origin: { row: 0, col: 0 },
    rowCount,
    columnCount,
    values,
    valueTypes,
    formulas,
    numberFormats,
    fills,
    bold,
    merges: (o.fusions ?? []).map(lireZone),
    validations: [],
    conditionalFormats: [],
  };
}

export function classeur(...feuilles: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets: feuilles.map((f, i) => ({ ...f, position: i })), settings: {} };
}

export function onglet(sheet: SheetSnapshot, type: TypeOnglet): OngletReconnu {
  return {
    sheetId: sheet.id,
    nom: sheet.name,
    position: sheet.position,
    visible: sheet.visibility === "Visible",
    type,
    confiance: 1,
    origine: "nom+contenu",
  };
}

/** Un champ repéré sur la cellule `a1` de la feuille. */
export function champ(sheet: SheetSnapshot, a1: string, cle = a1): Champ {
  const { row, col } = lireA1(a1);
  const c = cellule(sheet, row, col);
  return {
    cle,
    libelle: cle,
    location: { sheetId: sheet.id, sheetName: sheet.name, row, col },
    cellule: c,
    saisie: c.fill !== null,
    confiance: 1,
  };
}
