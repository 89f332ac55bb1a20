import type { CellValue } from "../../../src/domain/classeur/snapshot";
import { installerHote } from "../../../src/gateway/host-simule";
import { analyser } from "../../../src/gateway/host-simule/calcul/analyse";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";

/**
 * Moteur de calcul de l'hôte simulé : chaque fonction dont se servent les exemples et les
 * feuilles générées (SUM, IF, IFERROR, OR, AND, AVERAGE, COUNTIF, ROUND, SUMIF, INDEX/MATCH,
 * ISNUMBER, N, LEN, TRIM), les références entre feuilles, les noms définis, les erreurs d'Excel.
 */

/** Données : A1:A5 = 10, vide, « x », 20, vide ; B1:F1 = 1, 2, vide, 4, vide ; Autre!B2 = 7. */
function hoteAvec(formule: string) {
  const donnees = feuilleDe(
    "Données",
    [[10, 1, 2, null, 4, null, formule], [null], ["x"], [20], [null], ["=G1"], ['=IF(A1>5,"",1)']],
    { id: "d" },
  );
  const autre = feuilleDe("Autre feuille", [[null], [null, 7]], { id: "a" });
  return installerHote(classeurDe([donnees, autre]), {
    noms: { Taux: "'Autre feuille'!$B$2", Serie: "Données!$A$1:$A$5" },
  });
}

function calculer(formule: string): CellValue {
  const h = hoteAvec(formule);
  h.etat.recalculer();
  return h.etat.vue("d")?.values[0]?.[6] ?? "absent";
}

describe("moteur de calcul de l'hôte simulé", () => {
  it.each<[string, CellValue]>([
    ["=SUM(A1:A5)", 30],
    ["=SUM(A1,A3,5)", 15],
    ["=A1+A2", 10],
    ['=A1&A2&"!"', "10!"],
    ['=A2=""', true],
    ["=A2=0", true],
    ["=A7=0", false],
    ['=A7=""', true],
    ["=A1/A2", "#DIV/0!"],
    ["=A3*2", "#VALUE!"],
    ["=A7+1", "#VALUE!"],
    ["=-2^2", 4],
    ["=2+3*4^2/8", 8],
    ["=50%", 0.5],
    ['=IF(A2="","vide",A2)', "vide"],
    ["=IF(A1>5,A1)", 10],
    ["=IF(A1<5,A1)", false],
    ["=IF(A3,1,2)", "#VALUE!"],
    ['=IFERROR(A1/A2,"")', ""],
    ["=IFERROR(A1,0)", 10],
    ['=OR(A2="",A1="")', true],
    ["=AND(A1>5,A4>15)", true],
    ["=AND(A1:A5)", true],
    ["=OR(A2:A3)", "#VALUE!"],
    ["=AVERAGE(A1:A5)", 15],
    ['=COUNTIF(A1:A5,">5")', 2],
    ['=COUNTIF(A1:A5,"x")', 1],
    ["=ROUND(2/3,2)", 0.67],
    ["=ROUND(1234.5,-2)", 1200],
    ['=SUMIF(A1:A5,">15")', 20],
    ["=INDEX(B1:F1,MATCH(9.99E+307,B1:F1))", 4],
    ['=IFERROR(INDEX(A2:A2,MATCH(9.99E+307,A2:A2)),"")', ""],
    ['=MATCH("x",A1:A5,0)', 3],
    ["=INDEX(A1:A5,4)", 20],
    ["=INDEX(A1:B5,1,2)", 1],
    ["=ISNUMBER(A1)", true],
    ["=ISNUMBER(A3)", false],
    ["=N(A3)", 0],
    ['=LEN(TRIM("  a  b "))', 3],
    ["='Autre feuille'!B2*2", 14],
    ["=SUM('Autre feuille'!A1:B2)", 7],
    ["=Inconnue!A1", "#REF!"],
    ["=Taux+1", 8],
    ["=SUM(Serie)", 30],
    ["=NomInconnu", "#NAME?"],
    ["=FONCTIONINCONNUE(1)", "#NAME?"],
    ["=SUM(A:A)", 30],
    ["=TRUE", true],
    ["=#N/A", "#N/A"],
    ["=IFERROR(#N/A,1)", 1],
    ['="a""b"', 'a"b'],
    ["=0.1+0.2=0.3", false],
  ])("%s → %p", (formule, attendu) => {
    expect(calculer(formule)).toEqual(attendu);
  });

  it("référence circulaire : 0, sans boucle infinie", () => {
    const h = hoteAvec("=A6+1");
    h.etat.recalculer();
    expect(h.etat.vue("d")?.values[0]?.[6]).toBe(1);
  });

  it.each(["=SUM(", "=1+", '="abc', "=(1", "=1)", "=A1 A2 ,"])(
    "formule mal formée %s : non analysée",
    (f) => {
      expect(analyser(f)).toBeUndefined();
    },
  );

  it("une écriture par l'API recalcule au sync ; la lecture du même lot voit la nouvelle valeur", async () => {
    const h = hoteAvec("=SUM(A1:A5)");
    const lus = await h.Excel.run(async (ctx) => {
      const f = ctx.workbook.worksheets.getItem("Données");
      (f.getRange("A2") as never as { values: unknown }).values = [[5]];
      const g = f.getRange("G1:G1") as never as {
        values: unknown;
        valueTypes: unknown;
        load(p: string): void;
      };
      g.load("values,valueTypes");
      await ctx.sync();
      return { values: g.values, types: g.valueTypes };
    });
    expect(lus).toEqual({ values: [[35]], types: [["Double"]] });
  });

  it("suspendApiCalculationUntilNextSync : recalcul à la fin du lot seulement", async () => {
    const h = hoteAvec("=SUM(A1:A5)");
    h.etat.recalculer();
    const lus = await h.Excel.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      const f = ctx.workbook.worksheets.getItem("Données");
      (f.getRange("A2") as never as { values: unknown }).values = [[5]];
      const g = f.getRange("G1") as never as { values: unknown; load(p: string): void };
      g.load("values");
      await ctx.sync();
      const apres = f.getRange("G1") as never as { values: unknown; load(p: string): void };
      apres.load("values");
      await ctx.sync();
      return [g.values, apres.values];
    });
    expect(lus).toEqual([[[30]], [[35]]]);
  });

  it("une formule écrite prend sa valeur (plus de cellule vide en attendant Excel)", async () => {
    const h = hoteAvec("=1");
    await h.Excel.run(async (ctx) => {
      const f = ctx.workbook.worksheets.getItem("Autre feuille");
      (f.getRange("C1:D1") as never as { formulas: unknown }).formulas = [
        ['=IF(Données!A1="","",Données!A1)', "=C1*2"],
      ];
      await ctx.sync();
    });
    const v = h.etat.vue("a");
    expect(v?.origin.col).toBe(1);
    expect(v?.values[0]?.slice(1)).toEqual([10, 20]);
  });

  it("une saisie dans l'aperçu recalcule les totaux", () => {
    const h = hoteAvec("=SUM(A1:A5)");
    h.etat.saisir("d", 1, 0, 7);
    expect(h.etat.vue("d")?.values[0]?.[6]).toBe(37);
    expect(h.etat.vue("d")?.values[5]?.[0]).toBe(37);
  });
});
