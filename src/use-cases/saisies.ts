import type { Location, WorkbookSnapshot } from "../domain/classeur/snapshot";
import { cellulesDeSaisie, etalonnage, type Completude } from "../domain/saisie";

/** Toutes les cellules de saisie (remplies ou non) des onglets comptés par la complétude. */
export function toutesLesSaisies(snapshot: WorkbookSnapshot, c: Completude): Location[] {
  const et = etalonnage(snapshot);
  const options = { etalon: et.etalon, exclue: et.exclue, ignorer: et.pastilles };
  return c.parOnglet.flatMap((o) => {
    const sheet = snapshot.sheets.find((s) => s.id === o.sheetId);
    return sheet ? cellulesDeSaisie(sheet, options).map((x) => x.location) : [];
  });
}

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
