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
import { ErreurFichier } from "../erreurs-fichier";
import { LIMITES, nombreFr, type LimitesLecture } from "./limites";
import { lireMfc, lireValidations } from "./regles";
import { contenuCellule } from "./valeurs";

/*
 * Instantané d'un classeur ExcelJS déjà chargé (plage utilisée bornée, ADR 0007). Sans Node :
 * l'aperçu navigateur s'en sert aussi (src/apercu/ouvrir-fichier.ts) ; `lire-xlsx.ts` le réexporte.
 */

type Cellule = ExcelJS.Cell & { readonly type: number };

export const VISIBILITES: Record<string, SheetVisibility> = {
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

export function grille<T>(lignes: number, colonnes: number, v: T): T[][] {
  return Array.from({ length: lignes }, () => new Array<T>(colonnes).fill(v));
}

/** Lignes et colonnes masquées de la plage utilisée (index absolus à partir de 0). */
function masquees(
  ws: ExcelJS.Worksheet,
  origin: { row: number; col: number },
  rowCount: number,
  columnCount: number,
): { hiddenRows: number[]; hiddenColumns: number[] } {
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  for (let r = origin.row; r < origin.row + rowCount; r++) {
    if (ws.findRow(r + 1)?.hidden) hiddenRows.push(r);
  }
  const colonnes = (ws.columns ?? []) as (ExcelJS.Column | undefined)[];
  for (let c = origin.col; c < origin.col + columnCount; c++) {
    if (colonnes[c]?.hidden) hiddenColumns.push(c);
  }
  return { hiddenRows, hiddenColumns };
}

export interface Etendue {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const etendueVide = (): Etendue => ({
  top: Infinity,
  left: Infinity,
  bottom: -1,
  right: -1,
});
const surface = (e: Etendue) =>
  e.bottom < 0 ? 0 : (e.bottom - e.top + 1) * (e.right - e.left + 1);

export function etendre(e: Etendue, r: number, c: number): void {
  e.top = Math.min(e.top, r);
  e.left = Math.min(e.left, c);
  e.bottom = Math.max(e.bottom, r);
  e.right = Math.max(e.right, c);
}

/** Où lire une feuille, en bornant la plage utilisée (ADR 0007). */
export interface BornesLecture {
  readonly limites: LimitesLecture;
  /** Reçoit les corrections faites (phrases françaises). */
  readonly avertir: (texte: string) => void;
  readonly nomFichier: string;
}

const SANS_BORNES: BornesLecture = {
  limites: LIMITES,
  avertir: () => undefined,
  nomFichier: "le classeur",
};

/**
 * Plage lue : cellules à contenu ou mise en forme visible. Si elle dépasse la limite d'une feuille
 * (mise en forme appliquée à des lignes ou colonnes entières), elle est rognée aux cellules non
 * vides ; si celles-ci la dépassent encore, le classeur est refusé (`trop-volumineux`).
 */
function plageLue(ws: ExcelJS.Worksheet, b: BornesLecture): Etendue {
  const formee = etendueVide();
  const remplie = etendueVide();
  for (const [r, c, cell] of cellules(ws)) {
    if (!compte(cell)) continue;
    etendre(formee, r, c);
    if (cell.type !== 0) etendre(remplie, r, c);
  }
  return bornerPlage(ws.name, formee, remplie, b);
}

/** La plage à lire d'une feuille, d'après ses cellules mises en forme et remplies (ADR 0007). */
export function bornerPlage(
  nom: string,
  formee: Etendue,
  remplie: Etendue,
  b: BornesLecture,
): Etendue {
  const max = b.limites.surfaceFeuille;
  if (surface(formee) <= max) return formee;
  if (surface(remplie) > max) {
    throw new ErreurFichier(
      "trop-volumineux",
      b.nomFichier,
      `feuille « ${nom} » : ${nombreFr(surface(remplie))} cellules de la première à la dernière remplie, limite ${nombreFr(max)}`,
    );
  }
  b.avertir(
    `Feuille « ${nom} » : mise en forme au-delà des données (${nombreFr(surface(formee))} cellules) ignorée ; lecture limitée aux cellules remplies.`,
  );
  return remplie;
}

/** Instantané d'une feuille ExcelJS (plage utilisée dense, index absolus à partir de 0). */
export function instantaneFeuille(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  position: number,
  theme: readonly string[],
  bornes: BornesLecture = SANS_BORNES,
): SheetSnapshot {
  const { top, left, bottom, right } = plageLue(ws, bornes);
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
  const { hiddenRows, hiddenColumns } = masquees(ws, origin, rowCount, columnCount);
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
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    validations: lireValidations(wb, ws),
    conditionalFormats: lireMfc(ws, theme),
  };
}

/** Instantané d'un classeur ExcelJS déjà chargé (utilisé aussi par `XlsxGateway`). */
export function instantaneClasseur(
  wb: ExcelJS.Workbook,
  settings: Readonly<Record<string, unknown>> = {},
  bornes: BornesLecture = SANS_BORNES,
): WorkbookSnapshot {
  const xmlTheme = (wb.model as unknown as { themes?: Record<string, string> }).themes?.theme1;
  const theme = lireTheme(xmlTheme);
  let total = 0;
  const sheets = wb.worksheets.map((ws, i) => {
    const s = instantaneFeuille(wb, ws, i, theme, bornes);
    total += s.rowCount * s.columnCount;
    verifierSurfaceTotale(total, bornes);
    return s;
  });
  return { sheets, settings };
}

/** Refuse (`trop-volumineux`) un classeur dont les plages lues dépassent la limite totale. */
export function verifierSurfaceTotale(total: number, bornes: BornesLecture): void {
  if (total > bornes.limites.surfaceTotale) {
    throw new ErreurFichier(
      "trop-volumineux",
      bornes.nomFichier,
      `plus de ${nombreFr(bornes.limites.surfaceTotale)} cellules lues en tout`,
    );
  }
}
