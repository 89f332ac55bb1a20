import type { CellValue, WorkbookSnapshot } from "../src/domain/classeur/snapshot";
import type { ExcelSimule } from "../src/gateway/host-simule";

/**
 * Lecteur naïf, la référence à battre : un `sync` pour la liste des feuilles, un par plage
 * utilisée, puis un par cellule (valeur, type, formule, format, couleur) — ce que fait un
 * complément écrit sans penser aux allers-retours (notes Office.js §2, #215).
 */
export async function lireNaif(Excel: ExcelSimule): Promise<WorkbookSnapshot> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets;
    ws.load("items/id,items/name");
    await ctx.sync();
    const sheets = [];
    for (const [position, w] of ws.items.entries()) {
      const f = w as unknown as {
        id: string;
        name: string;
        getUsedRangeOrNullObject(): R;
        getCell(r: number, c: number): R;
      };
      const used = f.getUsedRangeOrNullObject();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      const values: CellValue[][] = [];
      const fills: (string | null)[][] = [];
      if (!used.isNullObject) {
        for (let i = 0; i < used.rowCount; i++) {
          values.push([]);
          fills.push([]);
          for (let j = 0; j < used.columnCount; j++) {
            const c = f.getCell(used.rowIndex + i, used.columnIndex + j);
            c.load("values,valueTypes,formulas,numberFormat");
            c.format.fill.load("color");
            await ctx.sync();
            values[i]!.push(c.values[0]![0]!);
            fills[i]!.push(c.format.fill.color === "#FFFFFF" ? null : c.format.fill.color.slice(1));
          }
        }
      }
      sheets.push({ id: f.id, name: f.name, position, values, fills });
    }
    return { sheets, settings: {} } as unknown as WorkbookSnapshot;
  });
}

interface R {
  isNullObject: boolean;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: CellValue[][];
  format: { fill: { color: string; load(s: string): void } };
  load(s: string): void;
}
