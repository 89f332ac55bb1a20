import { erreurDe, hote } from "./fixture";

type Zoom = { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
/** `pageLayout` vu avec les propriétés que le complément écrit (le type simulé les définit). */
interface Mise {
  orientation: string;
  paperSize: string;
  zoom: Zoom;
  leftMargin: number;
  centerHorizontally: boolean;
  load(p: string): Mise;
  setPrintTitleRows(a: string): void;
  getPrintTitleRowsOrNullObject(): {
    isNullObject: boolean;
    address: string;
    load(p: string): unknown;
  };
}

describe("hôte simulé : worksheet.pageLayout", () => {
  it("une propriété non chargée ne se lit pas (PropertyNotLoaded)", async () => {
    const { Excel } = hote();
    const e = await erreurDe(
      Excel.run(async (ctx) => {
        const p = ctx.workbook.worksheets.getItem("Saisie").pageLayout as unknown as Mise;
        await ctx.sync();
        return p.orientation;
      }),
    );
    expect(e?.code).toBe("PropertyNotLoaded");
  });

  it("valeurs par défaut, puis écritures stockées et relues après load + sync", async () => {
    const { Excel } = hote();
    const lire = () =>
      Excel.run(async (ctx) => {
        const p = ctx.workbook.worksheets.getItem("Saisie").pageLayout as unknown as Mise;
        p.load("orientation,paperSize,zoom,leftMargin,centerHorizontally");
        const titres = p.getPrintTitleRowsOrNullObject();
        titres.load("address");
        await ctx.sync();
        return {
          orientation: p.orientation,
          paperSize: p.paperSize,
          zoom: p.zoom,
          leftMargin: p.leftMargin,
          centre: p.centerHorizontally,
          titres: titres.isNullObject ? null : titres.address,
        };
      });
    expect(await lire()).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      leftMargin: 50.4,
      centre: false,
      titres: null,
    });
    await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Saisie").pageLayout as unknown as Mise;
      p.orientation = "Landscape";
      p.paperSize = "A4";
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.leftMargin = 28.8;
      p.centerHorizontally = true;
      p.setPrintTitleRows("$4:$4");
      await ctx.sync();
    });
    expect(await lire()).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 28.8,
      centre: true,
      titres: "Saisie!4:4",
    });
  });

  it.each<[string, (p: Mise) => void]>([
    ["orientation inconnue", (p) => void (p.orientation = "Diagonal")],
    ["papier inconnu", (p) => void (p.paperSize = "A0")],
    ["échelle hors de 10–400", (p) => void (p.zoom = { scale: 5 })],
    ["échelle et pages à la fois", (p) => void (p.zoom = { scale: 50, horizontalFitToPages: 1 })],
    ["nombre de pages négatif", (p) => void (p.zoom = { horizontalFitToPages: -1 })],
    ["marge négative", (p) => void (p.leftMargin = -1)],
    ["titres qui ne sont pas des lignes entières", (p) => p.setPrintTitleRows("A1:B2")],
  ])("refuse %s (InvalidArgument)", async (_n, ecrire) => {
    const { Excel } = hote();
    const e = await erreurDe(
      Excel.run(async (ctx) => {
        ecrire(ctx.workbook.worksheets.getItem("Saisie").pageLayout as unknown as Mise);
        await ctx.sync();
      }),
    );
    expect(e?.code).toBe("InvalidArgument");
  });
});
