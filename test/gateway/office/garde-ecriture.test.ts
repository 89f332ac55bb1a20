import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { formuleMarquee } from "../../../src/domain/plan/marqueur";
import type { PlanGarde } from "../../../src/domain/plan/garde";
import type { PlanOperation } from "../../../src/domain/plan/types";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";
import { sansGarde } from "../outils/sans-garde";

/** ADR 0009 : garde au moment d'écrire, MFC reconnues exactement, textes écrits comme textes. */

function preparer(snap?: WorkbookSnapshot) {
  const s =
    snap ??
    classeurDe([
      feuilleDe(
        "Suivi",
        [
          ["Clé", "Valeur"],
          ["a", 1],
          [null, null],
        ],
        { id: "s1" },
      ),
      feuilleDe("Autre", [["x"]], { id: "s2" }),
    ]);
  const h = installerHote(s);
  return { ...h, g: new OfficeGateway(h.Excel as unknown as EspaceExcel) };
}

const plan = (...operations: PlanOperation[]): PlanGarde =>
  sansGarde({ titre: "Essai", operations });
const ligne: PlanOperation = {
  kind: "setValues",
  sheet: { sheetId: "s1" },
  row: 2,
  col: 0,
  values: [["b", 2]],
};

describe("garde « rien de perdu » au moment d'écrire (course avec une saisie)", () => {
  it("une saisie faite entre l'analyse et l'écriture : plan abandonné, rien d'écrasé ni d'écrit", async () => {
    const { g, etat, pendantSync, stats } = preparer();
    await g.readSnapshot(); // l'analyse
    // L'utilisateur tape en B3 juste avant le clic : la saisie arrive avant le lot d'écriture.
    pendantSync(() => etat.saisir("s1", 2, 1, "saisi à l'instant"));
    const avant = stats.syncs;
    const e = await g
      .apply(plan({ kind: "addSheet", name: "Nouvelle" }, ligne))
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "NothingLost" });
    expect((e as Error).message).toMatch(/annulée : le classeur a changé depuis l'analyse/);
    expect((e as Error).message).toMatch(/'?Suivi'?!B3 n'est pas vide/);
    expect((e as Error).message).toMatch(/Actualiser/);
    expect(stats.syncs - avant).toBe(1); // relecture seule : aucune écriture envoyée
    const v = etat.vue("s1");
    expect(v?.values[2]).toEqual(["", "saisi à l'instant"]);
    expect(etat.feuilles().map((f) => f.name)).toEqual(["Suivi", "Autre"]);
  });

  it("sans saisie concurrente : écrit, en 2 sync", async () => {
    const { g, etat, stats } = preparer();
    await g.readSnapshot();
    const avant = stats.syncs;
    await g.apply(plan(ligne));
    expect(stats.syncs - avant).toBe(2);
    expect(etat.vue("s1")?.values[2]).toEqual(["b", 2]);
  });

  it.each<[string, PlanOperation[], number]>([
    ["valeurs sur une feuille existante", [ligne], 2],
    [
      "ajout de feuille et écritures dessus",
      [
        { kind: "addSheet", name: "F" },
        { kind: "setValues", sheet: { newSheet: "F" }, row: 0, col: 0, values: [["t"]] },
      ],
      2,
    ],
    ["ajout de feuille + ligne existante", [{ kind: "addSheet", name: "F" }, ligne], 2],
    [
      "surlignage (retrait + ajout)",
      [
        { kind: "removeMarkedConditionalFormats", sheet: { sheetId: "s1" }, marker: "DIAG-CPOM" },
        {
          kind: "addConditionalFormat",
          sheet: { sheetId: "s1" },
          range: { top: 2, left: 1, bottom: 2, right: 1 },
          formula: formuleMarquee("B3"),
          fill: "FFE699",
        },
      ],
      2,
    ],
    ["paramètre seul", [{ kind: "setSetting", key: "k", value: 1 }], 1],
    [
      "ajout de feuille + sélection",
      [
        { kind: "addSheet", name: "F" },
        {
          kind: "select",
          sheet: { newSheet: "F" },
          ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
        },
      ],
      4,
    ],
  ])("nombre de sync : %s", async (_n, ops, attendu) => {
    const { g, stats } = preparer();
    await g.readSnapshot();
    const avant = stats.syncs;
    await g.apply(plan(...ops));
    expect(stats.syncs - avant).toBe(attendu);
  });
});

describe("mises en forme conditionnelles : seules les nôtres, reconnues exactement", () => {
  it.each([
    '=ISNUMBER(SEARCH("DIAG-CPOM",A1))',
    '=AND(LEN(B3)=0,N("DIAG-CPOM")=0)',
    '=AND(LEN(TRIM(B3))=0,N("DIAG-CPOM")=0,B1>2)',
    '=N("DIAG-CPOM")=0',
  ])("une règle de l'utilisateur qui contient le marqueur est gardée : %s", async (formula) => {
    const { g } = preparer();
    const s1 = { sheetId: "s1" };
    const range = { top: 0, left: 0, bottom: 2, right: 1 };
    await g.apply(
      plan({ kind: "addConditionalFormat", sheet: s1, range, formula, fill: "FF0000" }),
    );
    await g.apply(
      plan({
        kind: "addConditionalFormat",
        sheet: s1,
        range,
        formula: formuleMarquee("A1"),
        fill: "FFE699",
      }),
    );
    await g.apply(plan({ kind: "removeMarkedConditionalFormats", sheet: s1, marker: "DIAG-CPOM" }));
    const cfs = (await g.readSnapshot()).sheets[0]!.conditionalFormats;
    expect(cfs).toEqual([{ range, type: "Custom", formula, fillColor: "FF0000" }]);
  });
});

describe("textes écrits comme textes, jamais comme formules", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://exemple.invalid","clic")', '=HYPERLINK("http://exemple.invalid","clic")'],
    ["+SUM(A1:A2)", "+SUM(A1:A2)"],
    ["-A1", "-A1"],
    ["@A1", "@A1"],
    ["'déjà cité", "'déjà cité"],
    ["ESMS Les Tilleuls", "ESMS Les Tilleuls"],
  ])("« %s » relu comme texte", async (ecrit, relu) => {
    const { g } = preparer();
    await g.apply(
      plan(
        { kind: "addSheet", name: "Listes" },
        { kind: "setValues", sheet: { newSheet: "Listes" }, row: 0, col: 0, values: [[ecrit]] },
      ),
    );
    const f = (await g.readSnapshot()).sheets.find((s) => s.name === "Listes")!;
    expect(f.values[0]![0]).toBe(relu);
    expect(f.valueTypes[0]![0]).toBe("String");
    expect(f.formulas[0]![0]).toBeNull();
  });

  it("les nombres, y compris en texte « 12 », restent des nombres ; les formules du plan restent des formules", async () => {
    const { g } = preparer();
    const neuve = { newSheet: "F" };
    await g.apply(
      plan(
        { kind: "addSheet", name: "F" },
        { kind: "setValues", sheet: neuve, row: 0, col: 0, values: [["12", -3, "+5"]] },
        { kind: "setFormulas", sheet: neuve, row: 1, col: 0, formulas: [["=A1*2"]] },
      ),
    );
    const f = (await g.readSnapshot()).sheets.find((s) => s.name === "F")!;
    expect(f.values[0]).toEqual([12, -3, 5]);
    expect(f.formulas[1]![0]).toBe("=A1*2");
  });
});

describe("cellules fusionnées : seule la haut-gauche porte la valeur", () => {
  it("un instantané qui recopie la valeur dans chaque cellule fusionnée est relu une seule fois", async () => {
    const base = feuilleDe(
      "Saisie",
      [
        [10, 10],
        [10, 10],
        ["Total", null],
      ],
      {
        id: "m1",
        fusions: ["A1:B2"],
      },
    );
    const { g, etat } = preparer(classeurDe([base]));
    const f = (await g.readSnapshot()).sheets[0]!;
    expect(f.values.slice(0, 2)).toEqual([
      [10, ""],
      ["", ""],
    ]);
    expect(f.valueTypes.slice(0, 2)).toEqual([
      ["Double", "Empty"],
      ["Empty", "Empty"],
    ]);
    const somme = f.values.flat().filter((v): v is number => typeof v === "number");
    expect(somme.reduce((a, b) => a + b, 0)).toBe(10);
    expect(etat.vue("m1")?.values[1]).toEqual(["", ""]);
  });

  it("une écriture dans une cellule fusionnée non maîtresse est ignorée, comme dans Excel", async () => {
    const base = feuilleDe("Saisie", [[null, null]], { id: "m1", fusions: ["A1:B1"] });
    const { g } = preparer(classeurDe([base]));
    await g.apply(
      plan({ kind: "setValues", sheet: { sheetId: "m1" }, row: 0, col: 0, values: [[5, 7]] }),
    );
    expect((await g.readSnapshot()).sheets[0]!.values[0]).toEqual([5, ""]);
  });
});
