import ExcelJS from "exceljs";

const PLEIN = (fgColor: {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: fgColor as ExcelJS.Color,
});

/** Petit classeur de démonstration couvrant tout ce que l'instantané doit rendre. */
export async function classeurDemo(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Saisie");
  ws.getCell("B2").value = "Libellé";
  ws.getCell("B2").font = { bold: true };
  ws.getCell("C2").value = 12.5;
  ws.getCell("C2").numFmt = "0.00";
  ws.getCell("C3").value = { formula: "C2*2", result: 25 } as ExcelJS.CellFormulaValue;
  ws.getCell("C4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
  ws.getCell("C5").value = { formula: "C2+1" } as ExcelJS.CellFormulaValue;
  ws.getCell("B3").value = true;
  ws.getCell("B4").value = new Date(Date.UTC(2025, 7, 19));
  ws.getCell("B5").value = { richText: [{ text: "Rich " }, { text: "text" }] };
  ws.getCell("D2").fill = PLEIN({ argb: "FFDDEBF7" });
  ws.getCell("D3").fill = PLEIN({ theme: 4, tint: 0.8 });
  ws.getCell("D4").fill = PLEIN({ indexed: 41 });
  ws.getCell("D5").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF0000FF" } };
  ws.getCell("E7").fill = PLEIN({ argb: "FF99CCFF" }); // bleue et vide : compte dans la plage
  ws.mergeCells("B6:C6");
  ws.getCell("B8").fill = PLEIN({ argb: "FFBDD7EE" }); // zone de saisie bleue fusionnée, vide
  ws.mergeCells("B8:C8");
  ws.getCell("B6").value = "Fusion";
  ws.getColumn("E").hidden = true; // colonne masquée (dans la plage utilisée)
  ws.getRow(4).hidden = true; // ligne masquée
  validations(ws).add("C2:C3", { type: "list", allowBlank: true, formulae: ['"Oui,Non"'] });
  validations(ws).add("D2", { type: "list", allowBlank: true, formulae: ["Listes!$A$1:$A$3"] });
  ws.addConditionalFormatting({
    ref: "C2:C5",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ['AND(LEN(C2)=0,N("DIAG-CPOM")=0)'],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } },
      },
    ],
  });
  const listes = wb.addWorksheet("Listes", { state: "hidden" });
  ["Oui", "Non", "Sans objet"].forEach((v, i) => (listes.getCell(i + 1, 1).value = v));
  wb.addWorksheet("Cachee", { state: "veryHidden" });
  const protegee = wb.addWorksheet("Protegee");
  protegee.getCell("A1").value = "x";
  await protegee.protect("", {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `dataValidations` existe dans ExcelJS mais pas dans ses typages. */
export function validations(ws: ExcelJS.Worksheet): {
  add(adresse: string, v: ExcelJS.DataValidation): void;
} {
  return (ws as unknown as { dataValidations: ReturnType<typeof validations> }).dataValidations;
}
