import { avecExcel, type EspaceExcel } from "./erreurs";

/**
 * Lecture d'une partie XML personnalisée du classeur ouvert (`workbook.customXmlParts`,
 * ExcelApi 1.5) par son espace de noms : l'empreinte des valeurs pré-renseignées (ADR 0012).
 * `null` si la partie est absente ou si l'hôte ne connaît pas les parties personnalisées.
 */
export function lirePartieXmlOffice(excel: EspaceExcel, ns: string): Promise<string | null> {
  return avecExcel(excel, "Lecture de l'empreinte", async (ctx) => {
    const parties = (ctx.workbook as { customXmlParts?: Excel.CustomXmlPartCollection })
      .customXmlParts;
    if (!parties || typeof parties.getByNamespace !== "function") return null;
    const partie = parties.getByNamespace(ns).getOnlyItemOrNullObject();
    await ctx.sync();
    if (partie.isNullObject) return null;
    const xml = partie.getXml();
    await ctx.sync();
    return xml.value;
  });
}
