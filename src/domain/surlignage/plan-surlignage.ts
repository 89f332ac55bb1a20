import { adresseA1 } from "../classeur/adresse";
import type { CellRange, Location, WorkbookSnapshot } from "../classeur/snapshot";
import { estFormuleMarquee, formuleMarquee, MARQUEUR } from "../plan/marqueur";
import type { PlanOperation, WritePlan } from "../plan/types";

/** Marqueur porté par la formule de chacune de nos mises en forme conditionnelles. */
export const MARQUEUR_SURLIGNAGE = MARQUEUR;

/** Jaune doux, lisible sur le bleu de saisie et distinct de lui. */
export const COULEUR_SURLIGNAGE = "FFE699";

/**
 * Regroupe des cellules (même feuille) en rectangles : d'abord les suites contiguës d'une ligne,
 * puis les suites identiques de lignes consécutives. Moins de zones = moins de règles à poser.
 */
export function regrouperEnZones(cellules: readonly { row: number; col: number }[]): CellRange[] {
  const parLigne = new Map<number, number[]>();
  for (const c of cellules) {
    const cols = parLigne.get(c.row) ?? [];
    cols.push(c.col);
    parLigne.set(c.row, cols);
  }
  const segments: CellRange[] = [];
  for (const [row, cols] of [...parLigne.entries()].sort((a, b) => a[0] - b[0])) {
    const tries = [...new Set(cols)].sort((a, b) => a - b);
    let debut = tries[0];
    let prec = debut;
    for (const col of tries.slice(1).concat([Number.NaN])) {
      if (debut === undefined || prec === undefined) break;
      if (col === prec + 1) {
        prec = col;
        continue;
      }
      segments.push({ top: row, bottom: row, left: debut, right: prec });
      debut = col;
      prec = col;
    }
  }
  const zones: CellRange[] = [];
  for (const s of segments) {
    const suite = zones.find(
      (z) => z.bottom === s.top - 1 && z.left === s.left && z.right === s.right,
    );
    if (suite) zones[zones.indexOf(suite)] = { ...suite, bottom: s.top };
    else zones.push(s);
  }
  return zones;
}

/** Formule de la règle : vraie quand la cellule haut-gauche (relative) est vide. */
export function formuleSurlignage(zone: CellRange): string {
  return formuleMarquee(adresseA1(zone.top, zone.left));
}

/**
 * Plan « Surligner les cellules à compléter » : une mise en forme conditionnelle marquée par zone de
 * cellules de saisie (toutes, pas seulement les vides : la règle est une formule, le surlignage
 * disparaît dès qu'une cellule est remplie et revient si on la vide). Aucun format existant n'est
 * touché. Les feuilles protégées sont laissées de côté et rendues à l'appelant.
 */
export function planSurlignage(
  snapshot: WorkbookSnapshot,
  saisies: readonly Location[],
): { plan: WritePlan; feuillesProtegees: string[] } {
  const operations: PlanOperation[] = [];
  const feuillesProtegees: string[] = [];
  for (const sheet of snapshot.sheets) {
    const cellules = saisies.filter((s) => s.sheetId === sheet.id);
    if (cellules.length === 0) continue;
    if (sheet.protected) {
      feuillesProtegees.push(sheet.name);
      continue;
    }
    const ref = { sheetId: sheet.id };
    operations.push({
      kind: "removeMarkedConditionalFormats",
      sheet: ref,
      marker: MARQUEUR_SURLIGNAGE,
    });
    for (const range of regrouperEnZones(cellules)) {
      operations.push({
        kind: "addConditionalFormat",
        sheet: ref,
        range,
        formula: formuleSurlignage(range),
        fill: COULEUR_SURLIGNAGE,
      });
    }
  }
  return { plan: { titre: "Surligner les cellules à compléter", operations }, feuillesProtegees };
}

/**
 * Plan « Retirer le surlignage » : retire nos règles (formule exactement de surlignage,
 * `estFormuleMarquee`), et elles seules, sur chaque feuille.
 */
export function planRetraitSurlignage(snapshot: WorkbookSnapshot): WritePlan {
  const operations: PlanOperation[] = snapshot.sheets
    .filter((s) => s.conditionalFormats.some((cf) => estFormuleMarquee(cf.formula)))
    .map((s) => ({
      kind: "removeMarkedConditionalFormats" as const,
      sheet: { sheetId: s.id },
      marker: MARQUEUR_SURLIGNAGE,
    }));
  return { titre: "Retirer le surlignage", operations };
}

/** Vrai si le classeur porte déjà notre surlignage. */
export function estSurligne(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) =>
    s.conditionalFormats.some((cf) => estFormuleMarquee(cf.formula)),
  );
}
