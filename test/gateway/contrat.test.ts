import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { estFormuleMarquee } from "../../src/domain/plan/marqueur";
import type { WritePlan } from "../../src/domain/plan/types";
import { installerHote } from "../../src/gateway/host-simule";
import { OfficeGateway } from "../../src/gateway/office/office-gateway";
import type { EspaceExcel } from "../../src/gateway/office/erreurs";
import { GatewayError, type WorkbookGateway } from "../../src/gateway/port";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { XlsxGateway } from "../../src/gateway/xlsx/xlsx-gateway";
import { classeurDemo } from "./xlsx/demo";
import { sansGarde } from "./outils/sans-garde";

/**
 * Suite de contrat : les deux passerelles (fichier ExcelJS, et Office.js sur l'hôte simulé)
 * partent du même classeur, appliquent le même plan et doivent relire le même instantané.
 */

let octets: Buffer;
beforeAll(async () => {
  octets = await classeurDemo();
});

const fabriques: [string, () => Promise<WorkbookGateway>][] = [
  ["fichier (ExcelJS)", async () => XlsxGateway.ouvrir(octets)],
  [
    "Office.js (hôte simulé)",
    async () =>
      new OfficeGateway(
        installerHote(await lireClasseurXlsx(octets)).Excel as unknown as EspaceExcel,
      ),
  ],
];

/** Ce que le contrat compare (ordre des règles sans importance). */
function resume(s: SheetSnapshot) {
  const tri = <T>(xs: readonly T[]) => [...xs].map((x) => JSON.stringify(x)).sort();
  return {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    origin: s.origin,
    dims: [s.rowCount, s.columnCount],
    values: s.values,
    valueTypes: s.valueTypes,
    formulas: s.formulas,
    numberFormats: s.numberFormats,
    fills: s.fills,
    bold: s.bold,
    merges: tri(s.merges),
    hiddenRows: s.hiddenRows,
    hiddenColumns: s.hiddenColumns,
    validations: tri(s.validations),
    conditionalFormats: tri(s.conditionalFormats),
  };
}
const resumeClasseur = (w: WorkbookSnapshot) => ({
  sheets: w.sheets.map(resume),
  settings: w.settings,
});

const MARQUEUR = "DIAG-CPOM";
const idDe = (w: WorkbookSnapshot, nom: string) => w.sheets.find((s) => s.name === nom)!.id;

function plan(w: WorkbookSnapshot): WritePlan {
  const saisie = { sheetId: idDe(w, "Saisie") };
  const fiche = { newSheet: "Fiche 1" };
  return {
    titre: "Plan de contrat",
    operations: [
      { kind: "removeMarkedConditionalFormats", sheet: saisie, marker: MARQUEUR },
      { kind: "addSheet", name: "Fiche 1" },
      { kind: "addSheet", name: "Saisie" },
      {
        kind: "setValues",
        sheet: fiche,
        row: 0,
        col: 0,
        values: [
          ["Objectif", "Cible", "Oui"],
          ["12", 3, null],
        ],
      },
      { kind: "setFormulas", sheet: fiche, row: 2, col: 1, formulas: [["=B2*2"]] },
      {
        kind: "setFormat",
        sheet: fiche,
        range: { top: 0, left: 0, bottom: 0, right: 2 },
        format: { fill: "BDD7EE", bold: true },
      },
      {
        kind: "setFormat",
        sheet: fiche,
        range: { top: 1, left: 1, bottom: 1, right: 1 },
        format: { numberFormat: "0.0" },
      },
      { kind: "merge", sheet: fiche, range: { top: 4, left: 0, bottom: 4, right: 2 } },
      { kind: "setValues", sheet: fiche, row: 4, col: 0, values: [["Fusion"]] },
      {
        kind: "addListValidation",
        sheet: fiche,
        range: { top: 1, left: 2, bottom: 3, right: 2 },
        source: "Oui,Non",
      },
      {
        kind: "addListValidation",
        sheet: fiche,
        range: { top: 1, left: 0, bottom: 1, right: 0 },
        source: "=Listes!$A$1:$A$3",
      },
      {
        kind: "addConditionalFormat",
        sheet: saisie,
        range: { top: 6, left: 4, bottom: 6, right: 4 },
        formula: `=AND(LEN(TRIM(E7))=0,N("${MARQUEUR}")=0)`,
        fill: "FFFF00",
      },
      { kind: "setValues", sheet: saisie, row: 2, col: 3, values: [["ajout"]] },
      { kind: "setColumnWidth", sheet: fiche, col: 0, widthPt: 120 },
      { kind: "setSetting", key: "corrections", value: { onglet: "axe-2" } },
      { kind: "select", sheet: fiche, ranges: [{ top: 1, left: 1, bottom: 1, right: 1 }] },
    ],
  };
}

describe.each(fabriques)("contrat de passerelle — %s", (_nom, fabrique) => {
  it("lit le classeur de départ comme le lecteur de fichier", async () => {
    const g = await fabrique();
    expect(resumeClasseur(await g.readSnapshot())).toEqual(
      resumeClasseur(await lireClasseurXlsx(octets)),
    );
  });

  it("lit les lignes et colonnes masquées", async () => {
    const s = (await (await fabrique()).readSnapshot()).sheets.find((x) => x.name === "Saisie")!;
    expect([s.hiddenRows, s.hiddenColumns]).toEqual([[3], [4]]);
  });

  it("applique un plan puis relit ce qui a été écrit", async () => {
    const g = await fabrique();
    const avant = await g.readSnapshot();
    const res = await g.apply(sansGarde(plan(avant)));
    expect(res.sheetNames).toEqual({ "Fiche 1": "Fiche 1", Saisie: "Saisie (2)" });
    const apres = await g.readSnapshot();
    expect(apres.sheets.map((s) => s.name)).toEqual([
      "Saisie",
      "Listes",
      "Cachee",
      "Protegee",
      "Fiche 1",
      "Saisie (2)",
    ]);
    expect(apres.settings).toEqual({ corrections: { onglet: "axe-2" } });
    const fiche = resume(apres.sheets[4]!);
    expect(fiche.values).toEqual([
      ["Objectif", "Cible", "Oui"],
      [12, 3, ""],
      // Excel (l'hôte simulé) calcule =B2*2 ; ExcelJS écrit la formule sans valeur en cache.
      ["", _nom.startsWith("Office.js") ? 6 : "", ""],
      ["", "", ""],
      ["Fusion", "", ""],
    ]);
    expect(fiche.formulas[2]).toEqual([null, "=B2*2", null]);
    expect(fiche.fills[0]).toEqual(["BDD7EE", "BDD7EE", "BDD7EE"]);
    expect(fiche.bold?.[0]).toEqual([true, true, true]);
    expect(fiche.numberFormats[1]).toEqual(["General", "0.0", "General"]);
    expect(fiche.merges).toEqual([JSON.stringify({ top: 4, left: 0, bottom: 4, right: 2 })]);
    expect(apres.sheets[4]!.validations).toEqual(
      expect.arrayContaining([
        {
          range: { top: 1, left: 2, bottom: 3, right: 2 },
          type: "list",
          source: "Oui,Non",
          values: ["Oui", "Non"],
        },
        {
          range: { top: 1, left: 0, bottom: 1, right: 0 },
          type: "list",
          source: "=Listes!$A$1:$A$3",
          values: ["Oui", "Non", "Sans objet"],
        },
      ]),
    );
    const saisie = apres.sheets[0]!;
    expect(saisie.values[1]![2]).toBe("ajout");
    // Nos règles : formule exactement de surlignage (ADR 0009) ; la règle du classeur de départ
    // (`LEN(C2)`, sans TRIM) n'en est pas une pour l'adaptateur Office.
    expect(saisie.conditionalFormats.filter((c) => estFormuleMarquee(c.formula))).toEqual([
      {
        range: { top: 6, left: 4, bottom: 6, right: 4 },
        type: "Custom",
        formula: '=AND(LEN(TRIM(E7))=0,N("DIAG-CPOM")=0)',
        fillColor: "FFFF00",
      },
    ]);
    expect(saisie.conditionalFormats.length).toBeLessThanOrEqual(2);
  });

  it("retire seulement les MFC marquées", async () => {
    const g = await fabrique();
    const id = idDe(await g.readSnapshot(), "Saisie");
    const sheet = { sheetId: id };
    const range = { top: 1, left: 1, bottom: 2, right: 1 };
    await g.apply(
      sansGarde({
        titre: "Règle de l'utilisateur",
        operations: [
          { kind: "addConditionalFormat", sheet, range, formula: "=B2>10", fill: "FF0000" },
        ],
      }),
    );
    await g.apply(
      sansGarde({
        titre: "Retrait",
        operations: [{ kind: "removeMarkedConditionalFormats", sheet, marker: MARQUEUR }],
      }),
    );
    const restes = (await g.readSnapshot()).sheets[0]!.conditionalFormats;
    expect(restes).toContainEqual({
      range,
      type: "Custom",
      formula: "=B2>10",
      fillColor: "FF0000",
    });
    expect(restes.filter((c) => estFormuleMarquee(c.formula))).toEqual([]);
  });

  it.each([
    [
      "feuille protégée",
      "AccessDenied",
      (w: WorkbookSnapshot) => ({
        kind: "setValues" as const,
        sheet: { sheetId: idDe(w, "Protegee") },
        row: 0,
        col: 1,
        values: [["x"]],
      }),
      /protégée/,
    ],
    [
      "feuille disparue",
      "ItemNotFound",
      () => ({
        kind: "setValues" as const,
        sheet: { sheetId: "inconnue" },
        row: 0,
        col: 0,
        values: [["x"]],
      }),
      /renommé ou supprimé/,
    ],
    [
      "nom invalide",
      "InvalidArgument",
      () => ({ kind: "addSheet" as const, name: "a/b" }),
      /refusée/,
    ],
  ])("erreur traduite en français : %s → %s", async (_n, code, op, message) => {
    const g = await fabrique();
    const w = await g.readSnapshot();
    const e = await g
      .apply(sansGarde({ titre: "Essai", operations: [op(w)] }))
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GatewayError);
    expect(e).toMatchObject({ code });
    expect((e as Error).message).toMatch(message);
  });
});

/** Mise en page d'impression relue, dans la forme du plan (marges en points, lignes dès 0). */
type MiseEnPageLue = {
  papier: string;
  orientation: string;
  largeur: number | undefined;
  hauteur: number | undefined;
  gauche: number | undefined;
  centre: boolean | undefined;
  titres: string | null;
};
type Fabrique = () => Promise<{
  g: WorkbookGateway;
  lire: (nom: string) => Promise<MiseEnPageLue>;
}>;

const miseEnPage: [string, Fabrique][] = [
  [
    "fichier (ExcelJS, après enregistrement)",
    async () => {
      const g = await XlsxGateway.ouvrir(octets);
      return {
        g,
        lire: async (nom) => {
          const relu = new ExcelJS.Workbook();
          await relu.xlsx.load(await g.workbook.xlsx.writeBuffer());
          const p = relu.getWorksheet(nom)!.pageSetup;
          return {
            papier: p.paperSize === 9 ? "A4" : String(p.paperSize),
            orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
            largeur: p.fitToPage ? p.fitToWidth : undefined,
            hauteur: p.fitToPage ? p.fitToHeight : undefined,
            gauche: p.margins ? Math.round(p.margins.left * 72 * 10) / 10 : undefined,
            centre: p.horizontalCentered,
            titres: p.printTitlesRow ?? null,
          };
        },
      };
    },
  ],
  [
    "Office.js (hôte simulé)",
    async () => {
      const { Excel } = installerHote(await lireClasseurXlsx(octets));
      return {
        g: new OfficeGateway(Excel as unknown as EspaceExcel),
        lire: (nom) =>
          Excel.run(async (ctx) => {
            const p = ctx.workbook.worksheets.getItem(nom)
              .pageLayout as unknown as Excel.PageLayout;
            p.load("paperSize,orientation,zoom,leftMargin,centerHorizontally");
            const t = p.getPrintTitleRowsOrNullObject();
            t.load("address");
            await ctx.sync();
            return {
              papier: p.paperSize,
              orientation: p.orientation,
              largeur: p.zoom.horizontalFitToPages,
              hauteur: p.zoom.verticalFitToPages,
              gauche: p.leftMargin,
              centre: p.centerHorizontally,
              titres: t.isNullObject ? null : t.address.replace(/^.*!/, ""),
            };
          }),
      };
    },
  ],
];

describe.each(miseEnPage)("contrat de passerelle, mise en page d'impression — %s", (_n, fab) => {
  it("applique setPageLayout sur une feuille neuve et la relit", async () => {
    const { g, lire } = await fab();
    const marges = { left: 28.8, right: 28.8, top: 36, bottom: 43.2, header: 21.6, footer: 21.6 };
    await g.apply(
      sansGarde({
        titre: "Impression",
        operations: [
          { kind: "addSheet", name: "Suivi" },
          { kind: "addSheet", name: "Fiche" },
          { kind: "setValues", sheet: { newSheet: "Suivi" }, row: 0, col: 0, values: [["x"]] },
          {
            kind: "setPageLayout",
            sheet: { newSheet: "Suivi" },
            layout: {
              orientation: "landscape",
              fitToWidth: true,
              margins: marges,
              centerHorizontally: true,
              printTitleRows: { top: 3, bottom: 3 },
            },
          },
          {
            kind: "setPageLayout",
            sheet: { newSheet: "Fiche" },
            layout: { orientation: "portrait", fitToWidth: true },
          },
        ],
      }),
    );
    expect(await lire("Suivi")).toEqual({
      papier: "A4",
      orientation: "Landscape",
      largeur: 1,
      hauteur: 0,
      gauche: 28.8,
      centre: true,
      titres: "4:4",
    });
    expect(await lire("Fiche")).toMatchObject({
      papier: "A4",
      orientation: "Portrait",
      largeur: 1,
      hauteur: 0,
      titres: null,
    });
  });
});
