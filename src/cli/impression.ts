import type ExcelJS from "exceljs";

/**
 * Mise en page d'impression du classeur créé par `fiches` (le plan d'écriture ne la décrit pas) :
 * A4, une page de large, marges étroites, centré ; paysage quand la feuille est plus large qu'une
 * page A4 en portrait ne le permet à 70 % (le tableau de suivi) ; pied de page « feuille — page ».
 */

/** Largeur imprimable d'un A4 portrait avec les marges ci-dessous, en points. */
const LARGEUR_PORTRAIT_PT = 595 - 2 * 0.4 * 72;

/** Largeur d'une colonne ExcelJS (en caractères) convertie en points (inverse de la passerelle). */
const enPoints = (largeur: number | undefined) => (((largeur ?? 8.43) * 7 + 5) * 3) / 4;

function largeurPt(ws: ExcelJS.Worksheet): number {
  let total = 0;
  for (let c = 1; c <= ws.columnCount; c++) total += enPoints(ws.getColumn(c).width);
  return total;
}

export function preparerImpression(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible") continue;
    const paysage = largeurPt(ws) > LARGEUR_PORTRAIT_PT / 0.7;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: paysage ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { ...ws.headerFooter, oddFooter: "&L&8&A&R&8Page &P / &N" };
  }
}
