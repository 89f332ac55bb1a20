import type ExcelJS from "exceljs";
import { lireZone } from "../../domain/classeur/adresse";
import type {
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  ValueType,
  WorkbookSnapshot,
} from "../../domain/classeur/snapshot";
import { lireTheme, resoudreRemplissage } from "../commun/couleurs";
import { ouvrirClasseur, type SourceClasseur } from "./ouvrir";
import { lireMfc, lireValidations } from "./regles";
import { contenuCellule } from "./valeurs";

type Cellule = ExcelJS.Cell & { readonly type: number };

const VISIBILITES: Record<string, SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Une cellule compte dans la plage utilisée si elle a un contenu ou une mise en forme visible. */
function compte(c: Cellule): boolean {
  if (c.type !== 0) return true; // ValueType.Null = 0
  const s = c.style as Partial<ExcelJS.Style> | undefined;
  if (!s) return false;
  const f = s.fill as { type?: string; pattern?: string } | undefined;
  if (f && (f.type === "gradient" || (f.pattern && f.pattern !== "none"))) return true;
  const b = s.border;
  if (b && Object.values(b).some((x) => (x as { style?: string } | undefined)?.style)) return true;
  if (s.numFmt && s.numFmt !== "General") return true;
  if (s.font?.bold) return true;
  return s.protection?.locked === false;
}

/** Parcourt les cellules existantes d'une feuille sans en créer (findRow / findCell). */
function* cellules(ws: ExcelJS.Worksheet): Generator<[number, number, Cellule]> {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r) as
      (ExcelJS.Row & { findCell(c: number): Cellule | undefined }) | undefined;
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) yield [r - 1, c - 1, cell];
    }
  }
}

function grille<T>(lignes: number, colonnes: number, v: T): T[][] {
  return Array.from({ length: lignes }, () => new Array<T>(colonnes).fill(v));
}

/** Instantané d'une feuille ExcelJS (plage utilisée dense, index absolus à partir de 0). */
export function instantaneFeuille(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  position: number,
  theme: readonly string[],
): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, c, cell] of cellules(ws)) {
    if (!compte(cell)) continue;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  const vide = bottom < 0;
  const origin = vide ? { row: 0, col: 0 } : { row: top, col: left };
  const rowCount = vide ? 0 : bottom - top + 1;
  const columnCount = vide ? 0 : right - left + 1;
  const values = grille<CellValue>(rowCount, columnCount, "");
  const valueTypes = grille<ValueType>(rowCount, columnCount, "Empty");
  const formulas = grille<string | null>(rowCount, columnCount, null);
  const numberFormats = grille(rowCount, columnCount, "General");
  const fills = grille<string | null>(rowCount, columnCount, null);
  const bold = grille(rowCount, columnCount, false);
  if (!vide) {
    for (const [r, c, cell] of cellules(ws)) {
      if (r < top || r > bottom || c < left || c > right) continue;
      const i = r - top;
      const j = c - left;
      const contenu = contenuCellule(cell);
      values[i]![j] = contenu.value;
      valueTypes[i]![j] = contenu.type;
      formulas[i]![j] = contenu.formula;
      numberFormats[i]![j] = cell.numFmt || "General";
      fills[i]![j] = resoudreRemplissage(cell.fill, theme);
      bold[i]![j] = cell.font?.bold === true;
    }
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) =>
    lireZone(m.replace(/\$/g, "")),
  );
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null })
    .sheetProtection;
  return {
    id: String(ws.id),
    name: ws.name,
    position,
    visibility: VISIBILITES[ws.state] ?? "Visible",
    // ExcelJS ne reconnaît que sheet="1" ; LibreOffice écrit sheet="true" (lu `undefined`).
    // L'élément n'est écrit que pour une feuille protégée : sa présence suffit.
    protected: !!protection && protection.sheet !== false,
    origin,
    rowCount,
    columnCount,
    values,
    valueTypes,
    formulas,
    numberFormats,
    fills,
    bold,
    merges,
    validations: lireValidations(wb, ws),
    conditionalFormats: lireMfc(ws, theme),
  };
}

/** Instantané d'un classeur ExcelJS déjà chargé (utilisé aussi par `XlsxGateway`). */
export function instantaneClasseur(
  wb: ExcelJS.Workbook,
  settings: Readonly<Record<string, unknown>> = {},
): WorkbookSnapshot {
  const xmlTheme = (wb.model as unknown as { themes?: Record<string, string> }).themes?.theme1;
  const theme = lireTheme(xmlTheme);
  return {
    sheets: wb.worksheets.map((ws, i) => instantaneFeuille(wb, ws, i, theme)),
    settings,
  };
}

/**
 * Lit un classeur .xlsx / .xlsm (chemin ou octets) en instantané complet. Erreurs : `GatewayError`
 * « Unreadable » au message français (vide, chiffré, .xls, autre format, fichier endommagé).
 */
export async function lireClasseurXlsx(source: SourceClasseur): Promise<WorkbookSnapshot> {
  return instantaneClasseur(await ouvrirClasseur(source));
}
