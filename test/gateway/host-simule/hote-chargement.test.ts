import { erreurDe, hote, type Lot } from "./fixture";

describe("hôte simulé : chargement strict", () => {
  it("lire une propriété non chargée lève PropertyNotLoaded, même après sync", async () => {
    const { Excel } = hote();
    const e = await erreurDe(
      Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Saisie").getRange("A1:B3") as unknown as {
          values: unknown;
          load(s: string): void;
        };
        r.load("formulas");
        await ctx.sync();
        return r.values;
      }),
    );
    expect(e).toMatchObject({ code: "PropertyNotLoaded", name: "RichApi.Error" });
  });

  it("les valeurs chargées ne sont lisibles qu'après sync, puis exactes", async () => {
    const { Excel } = hote();
    const res = await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("saisie").getUsedRange() as never as Record<
        string,
        unknown
      > & { load(s: string): void };
      r.load("address,values,valueTypes,formulas,rowIndex,rowCount,columnCount");
      let avant: unknown;
      try {
        avant = r.values;
      } catch (e) {
        avant = (e as { code: string }).code;
      }
      await ctx.sync();
      return {
        avant,
        address: r.address,
        values: r.values,
        types: r.valueTypes,
        formulas: r.formulas,
        dims: [r.rowIndex, r.rowCount, r.columnCount],
      };
    });
    expect(res.avant).toBe("PropertyNotLoaded");
    expect(res.address).toBe("Saisie!A1:B5");
    expect(res.dims).toEqual([0, 5, 2]);
    expect((res.values as unknown[][])[2]).toEqual(["Total", 0]);
    expect((res.types as unknown[][])[1]).toEqual(["String", "Empty"]);
    expect((res.formulas as unknown[][])[2]).toEqual(["Total", "=B2*2"]);
  });

  it("load('items/name') sur une collection ; items illisible avant", async () => {
    const { Excel } = hote();
    const noms = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.load("items/name,items/visibility,items/position");
      expect(() => ws.items).toThrow(/items/);
      await ctx.sync();
      return ws.items.map((w) => [
        (w as never as { name: string }).name,
        (w as never as { visibility: string }).visibility,
      ]);
    });
    expect(noms).toEqual([
      ["Saisie", "Visible"],
      ["Listes", "Hidden"],
      ["Protégée", "Visible"],
    ]);
  });

  it("*OrNullObject : isNullObject après sync ; getItem absent → ItemNotFound", async () => {
    const { Excel } = hote();
    const nul = await Excel.run(async (ctx) => {
      const w = ctx.workbook.worksheets.getItemOrNullObject("Absente");
      expect(() => w.isNullObject).toThrow();
      await ctx.sync();
      return w.isNullObject;
    });
    expect(nul).toBe(true);
    const e = await erreurDe(
      Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("Absente")),
    );
    expect(e).toMatchObject({ code: "ItemNotFound" });
  });

  it("getCellProperties : aucun remplissage = #FFFFFF + tintAndShade null", async () => {
    const { Excel } = hote();
    const props = await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("Saisie")
        .getRange("A2:B2")
        .getCellProperties({
          format: {
            fill: { color: true, tintAndShade: true, pattern: true },
            font: { bold: true },
          },
        });
      await ctx.sync();
      return p.value;
    });
    expect(props).toEqual([
      [
        {
          format: {
            fill: { color: "#FFFFFF", tintAndShade: null, pattern: "None" },
            font: { bold: false },
          },
        },
        {
          format: {
            fill: { color: "#DDEBF7", tintAndShade: 0, pattern: "Solid" },
            font: { bold: false },
          },
        },
      ],
    ]);
  });
});

describe("hôte simulé : codes d'erreur d'Excel", () => {
  const cas: [string, Lot, string][] = [
    [
      "nom pris (casse ignorée)",
      async (ctx) => void ctx.workbook.worksheets.add("SAISIE"),
      "ItemAlreadyExists",
    ],
    [
      "nom trop long",
      async (ctx) => void ctx.workbook.worksheets.add("x".repeat(32)),
      "InvalidArgument",
    ],
    [
      "caractère interdit",
      async (ctx) => void ctx.workbook.worksheets.add("a/b"),
      "InvalidArgument",
    ],
    [
      "apostrophe en bord",
      async (ctx) => void ctx.workbook.worksheets.add("'a"),
      "InvalidArgument",
    ],
    ["nom vide", async (ctx) => void ctx.workbook.worksheets.add(""), "InvalidArgument"],
    [
      "écriture sur feuille protégée",
      async (ctx) =>
        void ((
          ctx.workbook.worksheets.getItem("Protégée").getRange("B1") as never as { values: unknown }
        ).values = [["y"]]),
      "AccessDenied",
    ],
    [
      "forme de tableau incorrecte",
      async (ctx) =>
        void ((
          ctx.workbook.worksheets.getItem("Saisie").getRange("A1:B1") as never as {
            values: unknown;
          }
        ).values = [["y"]]),
      "InvalidArgument",
    ],
    [
      "sélection sur une feuille non active",
      async (ctx) => {
        const w = ctx.workbook.worksheets.getItem("Protégée");
        w.activate();
        w.getRange("A1").select();
      },
      "InvalidOperation",
    ],
    [
      "activer une feuille masquée",
      async (ctx) => ctx.workbook.worksheets.getItem("Listes").activate(),
      "InvalidOperation",
    ],
  ];
  it.each(cas.map(([n, l, c]) => [n, c, l] as const))("%s → %s", async (_nom, code, lot) => {
    const { Excel } = hote();
    expect(await erreurDe(Excel.run(lot))).toMatchObject({ code, name: "RichApi.Error" });
  });

  it("réponse de plus de 5 Mo → ResponsePayloadSizeLimitExceeded", async () => {
    const { Excel } = hote({ limiteOctets: 2_000 });
    const e = await erreurDe(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("Saisie")
          .getRange("A1:Z40")
          .load("values,formulas,numberFormat");
        await ctx.sync();
      }),
    );
    expect(e).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("requête trop grosse → RequestPayloadSizeLimitExceeded, rien n'est écrit", async () => {
    const { Excel, etat } = hote({ limiteOctets: 2_000 });
    const e = await erreurDe(
      Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Saisie").getRange("D1:D200") as never as {
          values: unknown;
        };
        r.values = Array.from({ length: 200 }, () => ["un texte assez long pour peser"]);
      }),
    );
    expect(e).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(etat.vue()?.columnCount).toBe(2);
  });

  it("mode édition : échec sans delayForCellEdit, succès avec", async () => {
    const { Excel, etat } = hote();
    etat.modeEdition = true;
    const lot: Lot = async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    };
    expect(await erreurDe(Excel.run(lot))).toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    await expect(Excel.run({ delayForCellEdit: true }, lot)).resolves.toBeUndefined();
  });

  it("injection d'erreur au sync n, compteurs de sync", async () => {
    const { Excel, stats, injecter } = hote();
    injecter("GeneralException", { auSync: 2 });
    const lot: Lot = async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    };
    await Excel.run(lot);
    expect(await erreurDe(Excel.run(lot))).toMatchObject({ code: "GeneralException" });
    await Excel.run(lot);
    expect(stats.syncs).toBe(3);
    expect(stats.requestBytes).toHaveLength(3);
    expect(stats.maxResponseBytes).toBeGreaterThan(0);
  });
});
