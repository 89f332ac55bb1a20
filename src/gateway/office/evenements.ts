import { lireA1 } from "../../domain/classeur/adresse";
import type { Location } from "../../domain/classeur/snapshot";
import { avecExcel, type EspaceExcel } from "./erreurs";

/** Cellule active : une sync (feuille active + adresse de la cellule active). */
export function lireSelection(excel: EspaceExcel): Promise<Location | null> {
  return avecExcel(excel, "Lecture de la sélection", async (ctx) => {
    const cellule = ctx.workbook.getActiveCell();
    const feuille = ctx.workbook.worksheets.getActiveWorksheet();
    cellule.load("address");
    feuille.load("id,name");
    await ctx.sync();
    const adresse = (cellule.address.split("!").pop() ?? "").split(":")[0] ?? "";
    try {
      const a = lireA1(adresse);
      return { sheetId: feuille.id, sheetName: feuille.name, row: a.row, col: a.col };
    } catch {
      return null;
    }
  });
}

/**
 * Abonnement aux modifications du classeur (`worksheets.onChanged`). Le complément coupe les
 * événements pendant ses propres écritures (`enableEvents = false`, voir ecriture.ts), donc seules
 * les saisies de l'utilisateur arrivent ici.
 */
export async function abonnerChangements(
  excel: EspaceExcel,
  listener: (sheetId: string) => void,
): Promise<() => Promise<void>> {
  const retrait = await avecExcel(excel, "Suivi des modifications", async (ctx) => {
    const h = ctx.workbook.worksheets.onChanged.add(async (args) => {
      listener(args.worksheetId);
      return Promise.resolve();
    });
    await ctx.sync();
    return h;
  });
  return () =>
    avecExcel(excel, "Fin du suivi des modifications", async () => {
      retrait.remove();
      await retrait.context.sync();
    });
}
