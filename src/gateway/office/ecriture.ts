import { adresseZone } from "../../domain/classeur/adresse";
import type { CellRange } from "../../domain/classeur/snapshot";
import type {
  CellFormat,
  PageLayout,
  PlanOperation,
  SheetRef,
  WritePlan,
} from "../../domain/plan/types";
import { estFormuleMarquee } from "../../domain/plan/marqueur";
import { nomLibre } from "../commun/nom-feuille";
import { valeurLitterale } from "../commun/texte-litteral";
import type { ApplyResult } from "../port";
import { enfilerRelectures, verifierRelectures } from "./verification";

const BORDURES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

const plage = (f: Excel.Worksheet, z: CellRange) =>
  f.getRangeByIndexes(z.top, z.left, z.bottom - z.top + 1, z.right - z.left + 1);

/** Rectangle complété par `null` (une ligne courte laisse les cellules intactes). */
function rectangle<T>(g: readonly (readonly (T | null)[])[]): (T | null)[][] {
  const l = Math.max(1, ...g.map((x) => x.length));
  return g.map((x) => [...x, ...new Array<null>(l - x.length).fill(null)]);
}

function appliquerFormat(r: Excel.Range, z: CellRange, f: CellFormat): void {
  if (f.fill) r.format.fill.color = `#${f.fill}`;
  if (f.bold !== undefined) r.format.font.bold = f.bold;
  if (f.italic !== undefined) r.format.font.italic = f.italic;
  if (f.fontColor) r.format.font.color = `#${f.fontColor}`;
  if (f.fontSize) r.format.font.size = f.fontSize;
  if (f.wrapText !== undefined) r.format.wrapText = f.wrapText;
  if (f.horizontalAlignment) r.format.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment) r.format.verticalAlignment = f.verticalAlignment;
  if (f.numberFormat) {
    const ligne = new Array<string>(z.right - z.left + 1).fill(f.numberFormat);
    r.numberFormat = Array.from({ length: z.bottom - z.top + 1 }, () => ligne);
  }
  if (f.borders) {
    for (const cote of BORDURES) {
      if (
        (cote === "InsideHorizontal" && z.top === z.bottom) ||
        (cote === "InsideVertical" && z.left === z.right)
      )
        continue;
      const b = r.format.borders.getItem(cote);
      b.style = "Continuous";
      b.weight = f.borders === "thin" ? "Thin" : "Medium";
    }
  }
  if (f.locked !== undefined) r.format.protection.locked = f.locked;
}

/** Mise en page d'impression (ExcelApi 1.9) ; marges en points comme dans le plan. */
function appliquerMiseEnPage(f: Excel.Worksheet, m: PageLayout): void {
  const p = f.pageLayout;
  p.paperSize = "A4";
  p.orientation = m.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 page de haut : hauteur libre (« ajuster toutes les colonnes à une page »).
  if (m.fitToWidth) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (m.margins) {
    p.leftMargin = m.margins.left;
    p.rightMargin = m.margins.right;
    p.topMargin = m.margins.top;
    p.bottomMargin = m.margins.bottom;
    p.headerMargin = m.margins.header;
    p.footerMargin = m.margins.footer;
  }
  if (m.centerHorizontally !== undefined) p.centerHorizontally = m.centerHorizontally;
  if (m.printTitleRows)
    p.setPrintTitleRows(`$${m.printTitleRows.top + 1}:$${m.printTitleRows.bottom + 1}`);
}

/**
 * Exécute un plan en un lot. Sync préalable seulement si nécessaire (noms des feuilles pour un
 * ajout, formules des MFC à retirer, cellules visées sur les feuilles existantes — garde au moment
 * d'écrire, ADR 0009) ; sync finale ; sélection après activation (notes §8). Au plus 2 sync hors
 * sélection.
 */
export async function appliquerPlan(
  ctx: Excel.RequestContext,
  plan: WritePlan,
): Promise<ApplyResult> {
  const ops = plan.operations;
  const feuilles = ctx.workbook.worksheets;
  const ajouts = ops.some((o) => o.kind === "addSheet");
  const nouvelles = new Map<string, Excel.Worksheet>();
  // Sur une feuille ajoutée par le plan, il n'y a rien à retirer (et elle n'existe pas encore).
  const aRetirer = ops.filter(
    (o): o is Extract<PlanOperation, { kind: "removeMarkedConditionalFormats" }> =>
      o.kind === "removeMarkedConditionalFormats" && "sheetId" in o.sheet,
  );
  const mfcLues = aRetirer.map((o) => {
    const cfs = refFeuille(o.sheet).getRange().conditionalFormats;
    cfs.load("items/type,items/customOrNullObject/rule/formula");
    return { o, cfs };
  });
  if (ajouts) feuilles.load("items/name");
  const relectures = enfilerRelectures(feuilles, plan);
  if (ajouts || aRetirer.length || relectures.length) await ctx.sync();
  verifierRelectures(plan, relectures);

  const pris = new Set(ajouts ? feuilles.items.map((f) => f.name.toLowerCase()) : []);
  const sheetNames: Record<string, string> = {};
  function refFeuille(s: SheetRef): Excel.Worksheet {
    if ("sheetId" in s) return feuilles.getItem(s.sheetId);
    const f = nouvelles.get(s.newSheet);
    if (!f)
      throw new Error(
        `Plan incohérent : la feuille « ${s.newSheet} » n'est pas ajoutée avant usage.`,
      );
    return f;
  }

  ctx.runtime.enableEvents = false;
  ctx.application.suspendApiCalculationUntilNextSync();
  ctx.application.suspendScreenUpdatingUntilNextSync();
  for (const { cfs } of mfcLues) {
    for (const cf of cfs.items) {
      // Formule exacte de surlignage seulement : une règle de l'utilisateur qui contient le
      // texte du marqueur n'est jamais touchée (ADR 0009).
      const formule = cf.type === "Custom" ? cf.customOrNullObject.rule.formula : null;
      if (estFormuleMarquee(formule)) cf.delete();
    }
  }
  let selection: Extract<PlanOperation, { kind: "select" }> | undefined;
  for (const o of ops) {
    switch (o.kind) {
      case "addSheet": {
        const nom = nomLibre(o.name, pris);
        pris.add(nom.toLowerCase());
        sheetNames[o.name] = nom;
        const f = feuilles.add(nom);
        if (o.visibility === "Hidden") f.visibility = "Hidden";
        if (o.tabColor) f.tabColor = `#${o.tabColor}`;
        nouvelles.set(o.name, f);
        break;
      }
      case "setValues":
        if (o.values.length)
          plage(refFeuille(o.sheet), zoneDe(o.row, o.col, o.values)).values = rectangle(
            o.values.map((l) => l.map(valeurLitterale)),
          ) as never;
        break;
      case "setFormulas":
        if (o.formulas.length)
          plage(refFeuille(o.sheet), zoneDe(o.row, o.col, o.formulas)).formulas = rectangle(
            o.formulas,
          ) as never;
        break;
      case "setFormat":
        appliquerFormat(plage(refFeuille(o.sheet), o.range), o.range, o.format);
        break;
      case "merge":
        plage(refFeuille(o.sheet), o.range).merge(false);
        break;
      case "setColumnWidth":
        refFeuille(o.sheet).getRangeByIndexes(0, o.col, 1, 1).format.columnWidth = o.widthPt;
        break;
      case "setRowHeight":
        refFeuille(o.sheet).getRangeByIndexes(o.row, 0, 1, 1).format.rowHeight = o.heightPt;
        break;
      case "addListValidation":
        plage(refFeuille(o.sheet), o.range).dataValidation.rule = {
          list: { inCellDropDown: true, source: o.source },
        };
        break;
      case "addConditionalFormat": {
        const cf = plage(refFeuille(o.sheet), o.range).conditionalFormats.add(
          "Custom" as Excel.ConditionalFormatType.custom,
        );
        cf.custom.rule.formula = o.formula;
        cf.custom.format.fill.color = `#${o.fill}`;
        break;
      }
      case "setPageLayout":
        appliquerMiseEnPage(refFeuille(o.sheet), o.layout);
        break;
      case "removeMarkedConditionalFormats":
        break;
      case "setSetting":
        ctx.workbook.settings.add(o.key, o.value as never);
        break;
      case "select":
        selection = o;
        break;
    }
  }
  ctx.runtime.enableEvents = true;
  await ctx.sync();
  if (selection && selection.ranges.length) {
    const f = refFeuille(selection.sheet);
    f.activate();
    await ctx.sync();
    const adresses = selection.ranges.map((z) => adresseZone(z)).join(",");
    if (selection.ranges.length === 1) plage(f, selection.ranges[0]!).select();
    else f.getRanges(adresses).select();
    await ctx.sync();
  }
  return { sheetNames };
}

function zoneDe(row: number, col: number, g: readonly (readonly unknown[])[]): CellRange {
  const l = Math.max(1, ...g.map((x) => x.length));
  return { top: row, left: col, bottom: row + g.length - 1, right: col + l - 1 };
}
