import type ExcelJS from "exceljs";

/**
 * Complément d'impression du classeur créé par `fiches`. Le plan d'écriture porte déjà la mise en
 * page (A4, une page de large, orientation, marges, en-têtes répétés du suivi : `setPageLayout`) ;
 * il reste le pied de page « feuille — page n / N », que le plan ne décrit pas.
 */
export function preparerImpression(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible") continue;
    ws.headerFooter = { ...ws.headerFooter, oddFooter: "&L&8&A&R&8Page &P / &N" };
  }
}
