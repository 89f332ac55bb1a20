import type ExcelJS from "exceljs";
import { adresseA1, adresseZone } from "../../domain/classeur/adresse";
import type { CellRange } from "../../domain/classeur/snapshot";
import type { CellFormat, PageLayout, WriteValue } from "../../domain/plan/types";
import { estFormule, valeurSaisie } from "../commun/valeur-saisie";
import { GatewayError } from "../port";

/** Feuille protégée (même règle que la lecture : l'élément n'existe que si elle l'est). */
export function estProtegee(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return !!p && p.sheet !== false;
}

/** Refuse d'écrire sur une feuille protégée (cellules verrouillées), comme Excel (AccessDenied). */
export function verifierEcriture(ws: ExcelJS.Worksheet, z: CellRange, formats: boolean): void {
  if (!estProtegee(ws)) return;
  let verrouillee = formats;
  for (let r = z.top; r <= z.bottom && !verrouillee; r++) {
    for (let c = z.left; c <= z.right && !verrouillee; c++) {
      verrouillee = ws.findCell(r + 1, c + 1)?.protection?.locked !== false;
    }
  }
  if (verrouillee) {
    throw new GatewayError(
      "AccessDenied",
      `La feuille « ${ws.name} » est protégée : l'opération n'est pas possible.`,
    );
  }
}

/** Écrit une entrée de `values` / `formulas` comme Excel : `null` intact, « = » formule. */
export function ecrireCellule(cell: ExcelJS.Cell, v: WriteValue | undefined): void {
  if (v === null || v === undefined) return;
  if (estFormule(v)) {
    cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
    return;
  }
  const s = valeurSaisie(v, cell.numFmt || "General");
  if (s.type === "Empty") cell.value = null;
  else if (s.type === "Error") cell.value = { error: s.value } as ExcelJS.CellErrorValue;
  else cell.value = s.value;
}

export function pourZone(z: CellRange, f: (r: number, c: number) => void): void {
  for (let r = z.top; r <= z.bottom; r++) for (let c = z.left; c <= z.right; c++) f(r, c);
}

const ALIGN_V: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};
const ALIGN_H: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

/** Applique un format du plan à chaque cellule de la zone. */
export function appliquerFormat(ws: ExcelJS.Worksheet, z: CellRange, f: CellFormat): void {
  pourZone(z, (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f.fill}` } };
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    if (f.fontColor) font.color = { argb: `FF${f.fontColor}` };
    if (f.fontSize) font.size = f.fontSize;
    cell.font = font;
    const al: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (f.wrapText !== undefined) al.wrapText = f.wrapText;
    if (f.horizontalAlignment) al.horizontal = ALIGN_H[f.horizontalAlignment];
    if (f.verticalAlignment) al.vertical = ALIGN_V[f.verticalAlignment];
    cell.alignment = al;
    if (f.numberFormat) cell.numFmt = f.numberFormat;
    if (f.borders) {
      const b: Partial<ExcelJS.Border> = { style: f.borders };
      cell.border = { top: b, bottom: b, left: b, right: b };
    }
    if (f.locked !== undefined) cell.protection = { ...cell.protection, locked: f.locked };
  });
}

/** Liste déroulante : source en ligne (« A,B ») ou plage (« =Listes!$A$1:$A$3 »). */
export function ajouterListe(ws: ExcelJS.Worksheet, z: CellRange, source: string): void {
  const formule = source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
  (
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(adresseZone(z), {
    type: "list",
    allowBlank: true,
    showErrorMessage: true,
    formulae: [formule],
  });
}

type Mfc = {
  ref: string;
  rules: { type: string; formulae?: string[]; priority?: number; style?: unknown }[];
};
const mfcDe = (ws: ExcelJS.Worksheet) => ws as unknown as { conditionalFormattings: Mfc[] };

export function ajouterMfc(
  ws: ExcelJS.Worksheet,
  z: CellRange,
  formule: string,
  fill: string,
): void {
  const priorite = mfcDe(ws).conditionalFormattings.reduce((n, m) => n + m.rules.length, 0) + 1;
  ws.addConditionalFormatting({
    ref: adresseZone(z),
    rules: [
      {
        type: "expression",
        priority: priorite,
        formulae: [formule.replace(/^=/, "")],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${fill}` } } },
      },
    ],
  });
}

/** Retire les règles dont la formule contient le marqueur, et elles seules. */
export function retirerMfc(ws: ExcelJS.Worksheet, marqueur: string): void {
  const m = mfcDe(ws);
  m.conditionalFormattings = m.conditionalFormattings
    .map((cf) => ({
      ...cf,
      rules: cf.rules.filter((r) => !(r.formulae ?? []).some((f) => String(f).includes(marqueur))),
    }))
    .filter((cf) => cf.rules.length > 0);
}

/** Mise en page d'impression : A4 (9), marges converties des points en pouces. */
export function appliquerMiseEnPage(ws: ExcelJS.Worksheet, m: PageLayout): void {
  const pouces = (pt: number) => pt / 72;
  const t = m.printTitleRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: m.orientation,
    ...(m.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(m.centerHorizontally !== undefined ? { horizontalCentered: m.centerHorizontally } : {}),
    ...(m.margins
      ? {
          margins: {
            left: pouces(m.margins.left),
            right: pouces(m.margins.right),
            top: pouces(m.margins.top),
            bottom: pouces(m.margins.bottom),
            header: pouces(m.margins.header),
            footer: pouces(m.margins.footer),
          },
        }
      : {}),
    ...(t ? { printTitlesRow: `${t.top + 1}:${t.bottom + 1}` } : {}),
  };
}

export const celluleA1 = (r: number, c: number) => adresseA1(r, c);
