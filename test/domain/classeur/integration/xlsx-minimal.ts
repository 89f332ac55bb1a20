import ExcelJS from "exceljs";
import { adresseA1, adresseZone, lireZone } from "../../../../src/domain/classeur/adresse";
import type {
  CellValue,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../../../src/domain/classeur/snapshot";

/**
 * Aller-retour xlsx minimal, pour les tests seulement (en attendant `lireClasseurXlsx` de la
 * passerelle) : valeurs, formules avec cache, remplissages RVB, fusions, listes déroulantes.
 */

export async function ecrireXlsx(
  feuilles: readonly SheetSnapshot[],
  chemin: string,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of feuilles) {
    const ws = wb.addWorksheet(s.name, {
      state: s.visibility === "Visible" ? "visible" : "hidden",
    });
    for (let i = 0; i < s.rowCount; i++) {
      for (let j = 0; j < s.columnCount; j++) {
        const c = ws.getCell(adresseA1(s.origin.row + i, s.origin.col + j));
        const v = s.values[i]?.[j];
        const f = s.formulas[i]?.[j];
        if (f) c.value = { formula: f.slice(1), result: v === "" ? undefined : (v as number) };
        else if (v !== undefined && v !== "") c.value = v;
        const fill = s.fills[i]?.[j];
        if (fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill}` } };
        const fmt = s.numberFormats[i]?.[j];
        if (fmt && fmt !== "General") c.numFmt = fmt;
      }
    }
    for (const m of s.merges) ws.mergeCells(adresseZone(m));
    for (const v of s.validations) {
      if (v.type !== "list" || !v.values) continue;
      const z = adresseZone(v.range);
      (
        ws as unknown as { dataValidations: { add(a: string, d: unknown): void } }
      ).dataValidations.add(z, {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.values.join(",")}"`],
      });
    }
  }
  await wb.xlsx.writeFile(chemin);
}

function valeur(v: ExcelJS.CellValue): { value: CellValue; formula: string | null } {
  if (v === null || v === undefined) return { value: "", formula: null };
  if (typeof v === "object" && "formula" in v) {
    const r = (v as { result?: unknown }).result;
    const value = typeof r === "number" || typeof r === "string" || typeof r === "boolean" ? r : "";
    return { value, formula: `=${(v as { formula: string }).formula}` };
  }
  if (typeof v === "object" && "richText" in v) {
    return {
      value: (v as { richText: { text: string }[] }).richText.map((t) => t.text).join(""),
      formula: null,
    };
  }
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569, formula: null };
  if (typeof v === "object")
    return { value: String((v as { text?: string }).text ?? ""), formula: null };
  return { value: v, formula: null };
}

/** Listes déroulantes en ligne (« "Oui,Non" ») : les seules utiles au repérage. */
function listes(ws: ExcelJS.Worksheet): SheetSnapshot["validations"] {
  const modele = (
    ws as unknown as {
      dataValidations: { model: Record<string, { type?: string; formulae?: string[] }> };
    }
  ).dataValidations.model;
  return Object.entries(modele).flatMap(([adr, v]) => {
    const f = v.formulae?.[0];
    if (v.type !== "list" || !f) return [];
    const values = /^"(.*)"$/.test(f) ? f.slice(1, -1).split(",") : undefined;
    return adr.split(/\s+/).map((z) => ({
      range: lireZone(z.replace(/^range:/, "")),
      type: "list" as const,
      source: f,
      ...(values ? { values } : {}),
    }));
  });
}

const typeDe = (v: CellValue): ValueType =>
  v === ""
    ? "Empty"
    : typeof v === "number"
      ? "Double"
      : typeof v === "boolean"
        ? "Boolean"
        : "String";

export async function lireXlsx(chemin: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(chemin);
  const sheets: SheetSnapshot[] = wb.worksheets.map((ws, position) => {
    const rowCount = ws.rowCount;
    const columnCount = ws.columnCount;
    const grille = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rowCount }, (_, r) =>
        Array.from({ length: columnCount }, (_, c) => f(r, c)),
      );
    const lues = grille((r, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const maitre = cell.isMerged && cell.master !== cell;
      const { value, formula } = maitre
        ? { value: "" as CellValue, formula: null }
        : valeur(cell.value);
      const fg = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      const pattern = (cell.fill as { pattern?: string } | undefined)?.pattern;
      const fill = fg && pattern === "solid" ? fg.slice(-6).toUpperCase() : null;
      return { value, formula, fill, fmt: cell.numFmt || "General" };
    });
    const merges = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []).map(
      lireZone,
    );
    return {
      id: `ws-${ws.id}`,
      name: ws.name,
      position,
      visibility: ws.state === "visible" ? "Visible" : "Hidden",
      protected: false,
      origin: { row: 0, col: 0 },
      rowCount,
      columnCount,
      values: lues.map((l) => l.map((x) => x.value)),
      valueTypes: lues.map((l) => l.map((x) => typeDe(x.value))),
      formulas: lues.map((l) => l.map((x) => x.formula)),
      numberFormats: lues.map((l) => l.map((x) => x.fmt)),
      fills: lues.map((l) => l.map((x) => x.fill)),
      merges,
      validations: listes(ws),
      conditionalFormats: [],
    };
  });
  return { sheets, settings: {} };
}
