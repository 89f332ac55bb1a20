import { hote } from "./fixture";

describe("hôte simulé : écritures, règles, paramètres, état", () => {
  it("écrit valeurs et formules, convertit « 12 », ajoute une feuille, navigue", async () => {
    const { Excel, etat } = hote();
    await Excel.run(async (ctx) => {
      const w = ctx.workbook.worksheets.getItem("Saisie");
      (w.getRange("B2") as never as { values: unknown }).values = [["12"]];
      const n = ctx.workbook.worksheets.add("Nouvelle");
      (n.getRange("A1:B1") as never as { formulas: unknown }).formulas = [["x", "=A1"]];
      await ctx.sync();
      n.activate();
      await ctx.sync();
      n.getRange("B1").select();
    });
    const v = etat.vue();
    expect(v?.name).toBe("Nouvelle");
    expect(v?.formulas[0]).toEqual([null, "=A1"]);
    expect(v?.selection).toEqual([{ top: 0, left: 1, bottom: 0, right: 1 }]);
    expect(etat.vue("s1")?.values[1]?.[1]).toBe(12);
  });

  it("MFC personnalisée : ajout, lecture de la formule, effet dans l'aperçu, suppression", async () => {
    const { Excel, etat } = hote();
    const formule = '=AND(LEN(TRIM(B2))=0,N("DIAG-CPOM")=0)';
    await Excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem("Saisie")
        .getRange("B2")
        .conditionalFormats.add("Custom");
      (cf.custom.rule as never as { formula: string }).formula = formule;
      (cf.custom.format.fill as never as { color: string }).color = "#FFFF00";
    });
    expect(etat.vue()?.fills[1]?.[1]).toBe("FFFF00");
    const lues = await Excel.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("Saisie").getRange().conditionalFormats;
      cfs.load("items/type,items/custom/rule/formula");
      await ctx.sync();
      const f = cfs.items.map((c) => (c.custom.rule as never as { formula: string }).formula);
      cfs.items.forEach((c) => c.delete());
      return f;
    });
    expect(lues).toEqual([formule]);
    expect(etat.vue()?.fills[1]?.[1]).toBe("DDEBF7");
  });

  it("paramètres du classeur et événements désactivés autour de nos écritures", async () => {
    const { Excel } = hote();
    const recus: string[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("Saisie")
        .onChanged.add(async (a) => void recus.push(a.address));
      await ctx.sync();
      (
        ctx.workbook.worksheets.getItem("Saisie").getRange("B2") as never as { values: unknown }
      ).values = 5;
      await ctx.sync();
      (ctx.runtime as never as { enableEvents: boolean }).enableEvents = false;
      (
        ctx.workbook.worksheets.getItem("Saisie").getRange("B2") as never as { values: unknown }
      ).values = 6;
      ctx.workbook.settings.add("corrections", { s1: "axe-2" });
      await ctx.sync();
      (ctx.runtime as never as { enableEvents: boolean }).enableEvents = true;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(recus).toEqual(["B2"]);
    const valeur = await Excel.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject("corrections");
      s.load("value");
      await ctx.sync();
      return (s as never as { value: unknown }).value;
    });
    expect(valeur).toEqual({ s1: "axe-2" });
  });
});
