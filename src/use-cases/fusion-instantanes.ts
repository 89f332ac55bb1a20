import type { WorkbookSnapshot } from "../domain/classeur/snapshot";

/**
 * Fusionne une relecture partielle (seules `sheetIds` ont leur contenu) dans l'instantané précédent :
 * les autres feuilles gardent leur contenu connu ; structure (noms, ordre, visibilité) = la nouvelle.
 */
export function fusionnerInstantanes(
  avant: WorkbookSnapshot,
  partiel: WorkbookSnapshot,
  sheetIds: readonly string[],
): WorkbookSnapshot {
  const relues = new Set(sheetIds);
  return {
    ...partiel,
    sheets: partiel.sheets.map((s) => {
      if (relues.has(s.id)) return s;
      const ancienne = avant.sheets.find((x) => x.id === s.id);
      return ancienne
        ? {
            ...ancienne,
            name: s.name,
            position: s.position,
            visibility: s.visibility,
            protected: s.protected,
          }
        : s;
    }),
  };
}
