import type ExcelJS from "exceljs";

/**
 * Noms définis de portée classeur qui désignent une plage, lus par ExcelJS : nom → première plage
 * (« Listes!$A$1:$A$3 »), comme `workbook.names` d'Excel les rend (type « Range »). L'aperçu les
 * passe à l'hôte simulé (option `noms`) : sans eux, la passerelle Office ne résout pas une liste
 * déroulante dont la source est un nom (« =Reponses »), que la CLI, elle, résout (regles.ts).
 */
export function nomsDefinis(wb: ExcelJS.Workbook): Record<string, string> {
  const modele = (wb.definedNames as unknown as { model?: unknown }).model;
  const noms: Record<string, string> = {};
  if (!Array.isArray(modele)) return noms;
  for (const n of modele as { name?: unknown; ranges?: unknown; localSheetId?: unknown }[]) {
    if (typeof n.name !== "string" || n.localSheetId !== undefined) continue;
    const plage = Array.isArray(n.ranges) ? n.ranges[0] : undefined;
    if (typeof plage === "string" && plage !== "") noms[n.name] = plage;
  }
  return noms;
}
