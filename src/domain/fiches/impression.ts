import type { PageLayout, PlanOperation, PrintMargins, SheetRef } from "../plan/types";

/**
 * Mise en page d'impression des feuilles générées (neuves) : A4, une page de large, centrée,
 * marges étroites ; les fiches en portrait, le suivi (large) en paysage avec ses en-têtes
 * répétés en haut de chaque page.
 */

/** Marges étroites, en points. */
export const MARGES_IMPRESSION: PrintMargins = {
  left: 28.8,
  right: 28.8,
  top: 36,
  bottom: 43.2,
  header: 21.6,
  footer: 21.6,
};

function impression(
  sheet: SheetRef,
  orientation: PageLayout["orientation"],
  printTitleRows?: PageLayout["printTitleRows"],
): PlanOperation {
  return {
    kind: "setPageLayout",
    sheet,
    layout: {
      orientation,
      fitToWidth: true,
      margins: MARGES_IMPRESSION,
      centerHorizontally: true,
      ...(printTitleRows ? { printTitleRows } : {}),
    },
  };
}

export const impressionFiche = (sheet: SheetRef): PlanOperation => impression(sheet, "portrait");

/** `enTete` : ligne des titres de colonnes, répétée sur chaque page. */
export const impressionSuivi = (sheet: SheetRef, enTete: number): PlanOperation =>
  impression(sheet, "landscape", { top: enTete, bottom: enTete });
