import type { CellRange, CellValue, ValueType } from "../../domain/classeur/snapshot";
import { appliquerTeinte } from "../commun/couleurs";
import type { StructureFeuille } from "./structure";

/** Un bloc de lignes d'une plage utilisée, lu en une fois. */
export interface Bloc {
  readonly sheetId: string;
  readonly row: number;
  readonly rows: number;
  readonly range: Excel.Range;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  /** Lignes du bloc (masquées ou non) ; colonnes de la plage, lues avec le premier bloc. */
  readonly lignes: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  readonly colonnes?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

export interface Lecture {
  readonly blocs: Bloc[];
  readonly validations: { sheetId: string; zone: CellRange; dv: Excel.DataValidation }[];
  readonly mfc: { sheetId: string; cf: Excel.ConditionalFormat; zones: Excel.RangeAreas }[];
}

/**
 * Propriétés par cellule : couleur + teinte (`null` = aucun remplissage) et gras. `pattern` n'est
 * pas demandé : il pèse ~17 octets par cellule (≈ 12 % de la réponse) pour un cas rarissime.
 */
const PROPRIETES = { format: { fill: { color: true, tintAndShade: true }, font: { bold: true } } };

/** Découpe une plage utilisée en blocs de lignes : `max(1, floor(budget / colonnes))` lignes. */
export function decouper(
  rows: number,
  cols: number,
  budget: number,
): { row: number; rows: number }[] {
  const pas = Math.max(1, Math.floor(budget / Math.max(1, cols)));
  const res: { row: number; rows: number }[] = [];
  for (let r = 0; r < rows; r += pas) res.push({ row: r, rows: Math.min(pas, rows - r) });
  return res;
}

/** Met en file la lecture d'un bloc (valeurs, types, formules, formats, remplissages, gras). */
export function enfilerBloc(s: StructureFeuille, row: number, rows: number): Bloc {
  const u = s.used!;
  const range = s.feuille.getRangeByIndexes(u.row + row, u.col, rows, u.cols);
  range.load("values,valueTypes,formulas,numberFormat");
  const lignes = range.getRowProperties({ rowIndex: true, rowHidden: true });
  const colonnes =
    row === 0 ? range.getColumnProperties({ columnIndex: true, columnHidden: true }) : undefined;
  return {
    sheetId: s.id,
    row,
    rows,
    range,
    props: range.getCellProperties(PROPRIETES),
    lignes,
    ...(colonnes ? { colonnes } : {}),
  };
}

/** Validations : une bande par colonne de chaque zone validée (règle uniforme par bande). */
export function enfilerValidations(s: StructureFeuille, max = 300): Lecture["validations"] {
  const res: Lecture["validations"] = [];
  for (const z of s.zonesValidation) {
    for (let c = z.left; c <= z.right && res.length < max; c++) {
      const zone = { top: z.top, bottom: z.bottom, left: c, right: c };
      const dv = s.feuille.getRangeByIndexes(z.top, c, z.bottom - z.top + 1, 1).dataValidation;
      dv.load("type,rule");
      res.push({ sheetId: s.id, zone, dv });
    }
  }
  return res;
}

/** Règles de MFC personnalisées : formule, couleur, zones. */
export function enfilerMfc(s: StructureFeuille): Lecture["mfc"] {
  if (!s.mfc) return [];
  return s.mfc.items
    .filter((cf) => cf.type === "Custom")
    .map((cf) => {
      cf.custom.rule.load("formula");
      cf.custom.format.fill.load("color");
      const zones = cf.getRanges();
      zones.load("address");
      return { sheetId: s.id, cf, zones };
    });
}

const TYPES: Record<string, ValueType> = {
  Empty: "Empty",
  String: "String",
  Double: "Double",
  Integer: "Double",
  Boolean: "Boolean",
  Error: "Error",
};

export const typeLu = (t: string): ValueType => TYPES[t] ?? "String";

/**
 * Formule d'une cellule lue, ou `null`. Un texte gardé par une apostrophe (« '=HYPERLINK(…) »)
 * se lit dans `formulas` **sans** l'apostrophe (office-js #6687) : c'est un texte, pas une
 * formule, quand `formulas` redonne exactement la valeur texte de la cellule.
 */
export function formuleLue(
  f: unknown,
  valeur: unknown,
  type: ValueType | undefined,
): string | null {
  if (typeof f !== "string" || !f.startsWith("=")) return null;
  return type === "String" && valeur === f ? null : f;
}

/** Contenu d'un bloc lu → lignes de l'instantané. */
export function lireBloc(b: Bloc) {
  const values = b.range.values as CellValue[][];
  const types = (b.range.valueTypes as string[][]).map((l) => l.map(typeLu));
  const formulas = (b.range.formulas as unknown[][]).map((l, i) =>
    l.map((f, j) => formuleLue(f, values[i]?.[j], types[i]?.[j])),
  );
  const numberFormats = (b.range.numberFormat as unknown[][]).map((l) =>
    l.map((f) => String(f ?? "General")),
  );
  const props = b.props.value;
  const fills = props.map((l) => l.map((p) => remplissage(p.format?.fill)));
  const bold = props.map((l) => l.map((p) => p.format?.font?.bold === true));
  const hiddenRows = b.lignes.value.filter((l) => l.rowHidden).map((l) => l.rowIndex as number);
  const hiddenColumns = (b.colonnes?.value ?? [])
    .filter((c) => c.columnHidden)
    .map((c) => c.columnIndex as number);
  return { values, types, formulas, numberFormats, fills, bold, hiddenRows, hiddenColumns };
}

/** `null` = aucun remplissage (`tintAndShade` null, notes §3.3) ou motif non plein. */
export function remplissage(
  f: { color?: string; tintAndShade?: number | null; pattern?: string } | undefined,
): string | null {
  if (!f || f.tintAndShade === null || f.tintAndShade === undefined || !f.color) return null;
  if (f.pattern && f.pattern !== "Solid") return null;
  const hex = f.color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? appliquerTeinte(hex, f.tintAndShade) : null;
}

/**
 * Seule la cellule haut-gauche d'une fusion porte un contenu (valeur, type, formule) : les autres
 * cellules fusionnées sont rendues vides, pour qu'une entrée fusionnée ne compte qu'une fois.
 */
export function viderFusions<V, T, F>(
  g: { values: V[][]; types: T[][]; formulas: F[][] },
  origine: { row: number; col: number },
  fusions: readonly CellRange[],
  vide: { value: V; type: T; formula: F },
): void {
  for (const m of fusions) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const i = r - origine.row;
        const j = c - origine.col;
        if (g.values[i]?.[j] === undefined) continue;
        g.values[i]![j] = vide.value;
        if (g.types[i]) g.types[i]![j] = vide.type;
        if (g.formulas[i]) g.formulas[i]![j] = vide.formula;
      }
    }
  }
}
