import { formaterValeur } from "../../../src/domain/indicateurs/format";
import { calculerIndicateurs } from "../../../src/domain/indicateurs/registre";
import type { ResultatIndicateur } from "../../../src/domain/indicateurs/types";
import { champ, financier, ligne2E } from "./fabrique";

const JEU_A: Record<string, number> = {
  B1: 4_100_000,
  B2: 2_300_000,
  B3: 3_730_000,
  B4: 7_500_000,
  B5: 4_800_000,
  B6: 3_120_000,
  B7: 780_000,
  B8: 610_000,
  B9: 1_520_000,
  B10: 20_000,
  B11: 900_000,
  B12: 1_100_000,
  B13: 2_030_000,
  B14: 0,
  C1: 5_400_000,
  C2: 210_000,
  C3: 3_000,
  P1: 5_485_000,
  P2: 40_000,
  P3: 5_000,
  P4: 25_000,
  P5: 2_000,
  P6: 0,
  R1: 85_000,
  R2: 190_000,
};

const JEU_B: Record<string, number> = {
  B1: 1_200_000,
  B2: 900_000,
  B3: 800_000,
  B4: 2_350_000,
  B9: 260_000,
  B10: 10_000,
  B11: 420_000,
  B12: 380_000,
  B13: 0,
  B14: 140_000,
  C1: 2_600_000,
  C2: 95_000,
  C3: 0,
  P1: 2_570_000,
  P2: 10_000,
  P3: 0,
  P4: 12_000,
  P5: 0,
  P6: 0,
  R1: -30_000,
};

function e3(donnees: Record<string, number | string | null>, exercice = "2023") {
  const lignes = Object.entries(donnees).map(([code, v]) => ligne2E(code, { [exercice]: v }));
  return financier([exercice], { "e3-financier": lignes });
}

function parId(resultats: readonly ResultatIndicateur[], id: string): ResultatIndicateur {
  const r = resultats.find((x) => x.id === id);
  if (!r) throw new Error(`absent : ${id}`);
  return r;
}

const A = calculerIndicateurs(e3(JEU_A));
const B = calculerIndicateurs(e3(JEU_B));

describe("famille fin (2-E, tableau E3)", () => {
  it.each([
    ["E18", A, "fin.fri", 330_000, "330\u202f000\u00a0€"],
    ["E19", A, "fin.fre", 1_500_000, "1\u202f500\u202f000\u00a0€"],
    ["E19", A, "fin.frng", 1_830_000, "1\u202f830\u202f000\u00a0€"],
    ["E20", A, "fin.bfr", -200_000, "-200\u202f000\u00a0€"],
    ["E20", A, "fin.tresorerie", 2_030_000, "2\u202f030\u202f000\u00a0€"],
    ["E20", A, "fin.tresorerie-bilan", 2_030_000, "2\u202f030\u202f000\u00a0€"],
    ["E21", A, "fin.charges-courantes", 5_187_000, "5\u202f187\u202f000\u00a0€"],
    ["E21", A, "fin.frng-jours", (1_830_000 * 365) / 5_187_000, "128,8\u00a0j"],
    ["E21", A, "fin.tresorerie-jours", (2_030_000 * 365) / 5_187_000, "142,8\u00a0j"],
    ["E21", A, "fin.bfr-jours", (-200_000 * 365) / 5_187_000, "-14,1\u00a0j"],
    ["E22", A, "fin.caf", 226_000, "226\u202f000\u00a0€"],
    ["E22", A, "fin.produits-courants", 5_413_000, "5\u202f413\u202f000\u00a0€"],
    ["E22", A, "fin.taux-caf", 226_000 / 5_413_000, "4,2\u00a0%"],
    ["E23", A, "fin.vetuste-constructions", 0.65, "65,0\u00a0%"],
    ["E23", A, "fin.vetuste-equipements", 610_000 / 780_000, "78,2\u00a0%"],
    ["E24", A, "fin.taux-endettement", 2_300_000 / 5_620_000, "40,9\u00a0%"],
    ["E25", A, "fin.independance-financiere", 2_300_000 / 4_100_000, "56,1\u00a0%"],
    ["E26", A, "fin.duree-dette", 2_300_000 / 226_000, "10,2\u00a0ans"],
    ["E27", A, "fin.encours-produits", 2_300_000 / 5_485_000, "41,9\u00a0%"],
    ["E27", A, "fin.caf-nette", 36_000, "36\u202f000\u00a0€"],
    ["E28", B, "fin.fri", -350_000, "-350\u202f000\u00a0€"],
    ["E28", B, "fin.fre", 250_000, "250\u202f000\u00a0€"],
    ["E28", B, "fin.frng", -100_000, "-100\u202f000\u00a0€"],
    ["E29", B, "fin.bfr", 40_000, "40\u202f000\u00a0€"],
    ["E29", B, "fin.tresorerie", -140_000, "-140\u202f000\u00a0€"],
    ["E29", B, "fin.tresorerie-bilan", -140_000, "-140\u202f000\u00a0€"],
    ["E29", B, "fin.tresorerie-jours", (-140_000 * 365) / 2_505_000, "-20,4\u00a0j"],
    ["E30", B, "fin.caf", 43_000, "43\u202f000\u00a0€"],
    ["E30", B, "fin.taux-caf", 43_000 / 2_548_000, "1,7\u00a0%"],
    ["E31", B, "fin.duree-dette", 900_000 / 43_000, "20,9\u00a0ans"],
    ["E31", B, "fin.independance-financiere", 0.75, "75,0\u00a0%"],
    ["E31", B, "fin.taux-endettement", 900_000 / 1_460_000, "61,6\u00a0%"],
    ["E32", B, "fin.taux-resultat", -30_000 / 2_570_000, "-1,2\u00a0%"],
  ])("%s : %s = attendu", (_ex, jeu, id, attendu, affiche) => {
    const r = parId(jeu, id);
    expect(r.valeur).toBeCloseTo(attendu, 6);
    expect(Math.abs((r.valeur ?? NaN) - attendu)).toBeLessThan(
      1e-9 * Math.max(1, Math.abs(attendu)),
    );
    expect(formaterValeur(r.valeur, r.unite)).toBe(affiche);
    expect(r.perimetre.exercice).toBe("2023");
  });

  it.each([
    [A, "fin.independance-financiere", ["alerte"]],
    [A, "fin.duree-dette", ["alerte"]],
    [A, "fin.encours-produits", ["info"]],
    [A, "fin.taux-caf", []],
    [A, "fin.vetuste-equipements", []],
    [B, "fin.frng", ["alerte"]],
    [B, "fin.taux-caf", ["alerte"]],
    [B, "fin.tresorerie-jours", ["alerte"]],
    [B, "fin.taux-resultat", []],
    [B, "fin.taux-endettement", ["alerte"]],
  ])("seuils : %#  %s", (jeu, id, gravites) => {
    expect(parId(jeu, id).alertes.map((a) => a.gravite)).toEqual(gravites);
  });

  it("E33 : trésorerie tendue, 15,0 jours → alerte < 30 j", () => {
    const r = parId(
      calculerIndicateurs(
        e3({
          B1: 150_000,
          B3: 0,
          B4: 0,
          B9: 0,
          B10: 0,
          B11: 60_000,
          B12: 0,
          C1: 2_190_000,
          C2: 0,
          C3: 0,
        }),
      ),
      "fin.tresorerie-jours",
    );
    expect(r.valeur).toBeCloseTo(15, 9);
    expect(r.alertes).toHaveLength(1);
  });

  it.each([
    ["CAF nulle", -141_000],
    ["CAF négative", -200_000],
  ])("durée de la dette non calculable : %s", (_cas, r1) => {
    const r = parId(calculerIndicateurs(e3({ ...JEU_A, R1: r1 })), "fin.duree-dette");
    expect(r.valeur).toBeNull();
    expect(r.raison).toBe("non-applicable");
  });

  it.each([
    ["B5 vide", { ...JEU_A, B5: null }, "fin.vetuste-constructions", "donnee-manquante"],
    ["B5 nul", { ...JEU_A, B5: 0 }, "fin.vetuste-constructions", "denominateur-nul"],
    ["B2 « NC »", { ...JEU_A, B2: "NC" }, "fin.taux-endettement", "texte-non-numerique"],
    ["B11 #REF!", { ...JEU_A, B11: "#REF!" }, "fin.bfr", "valeur-erreur"],
  ])("%s → null", (_cas, donnees, id, raison) => {
    const r = parId(calculerIndicateurs(e3(donnees)), id);
    expect(r.valeur).toBeNull();
    expect(r.raison).toBe(raison);
  });

  it("lit un montant saisi en texte à la française et l'indique dans l'explication", () => {
    const r = parId(
      calculerIndicateurs(e3({ ...JEU_A, B12: "1\u202f100\u202f000,00 €" })),
      "fin.bfr",
    );
    expect(r.valeur).toBe(-200_000);
    expect(r.entrees.find((e) => e.cle === "B12")?.depuisTexte).toBe(true);
    expect(r.explication).toContain("lu dans le texte");
  });

  it("calcule chaque exercice séparément", () => {
    const lignes = ["B11", "B12"].map((c) =>
      ligne2E(c, { "2021": c === "B11" ? 10 : 4, "2022": c === "B11" ? 20 : 5 }),
    );
    const r = calculerIndicateurs(financier(["2021", "2022"], { "e3-financier": lignes }))
      .filter((x) => x.id === "fin.bfr")
      .map((x) => [x.perimetre.exercice, x.valeur]);
    expect(r).toEqual([
      ["2021", 6],
      ["2022", 15],
    ]);
  });
});

describe("famille fin (2-E, tableaux E1 et E2)", () => {
  const ex = ["2021", "2022", "2023"];
  const cumul = ["2021", "2022", "2023", "cumul 3 ans"];
  const e1 = [
    ligne2E("ars", {
      "2021": 10_000,
      "2022": -5_000,
      "2023": 20_000,
      "cumul 3 ans": champ(25_000, { formule: "=SUM(C1:E1)" }),
    }),
    ligne2E("cd", { "2021": null, "2022": 3_000, "2023": null, "cumul 3 ans": null }),
    ligne2E("total", { "2021": 10_000, "2022": -2_000, "2023": 20_000, "cumul 3 ans": 28_000 }),
  ];
  const R = calculerIndicateurs(financier(ex, { "e1-resultats": e1 }, cumul));

  it.each([
    ["ars", 25_000],
    ["cd", 3_000],
    ["total", 28_000],
  ])("résultat cumulé de %s", (autorite, attendu) => {
    const r = R.find((x) => x.id === "fin.resultat-cumule" && x.perimetre.cle === autorite);
    expect(r?.valeur).toBe(attendu);
  });

  it.each([
    ["2021", 10_000],
    ["2022", -2_000],
  ])("résultat total %s = somme des autorités", (exercice, attendu) => {
    const r = R.find((x) => x.id === "fin.resultat-total" && x.perimetre.exercice === exercice);
    expect(r?.valeur).toBe(attendu);
    expect(r?.formule).toMatch(/^=SUM\([A-Z]+\d+,[A-Z]+\d+\)$/);
  });

  it("réserves : total d'une ligne sur les autorités", () => {
    const e2 = [ligne2E("reserve-compensation", { ars: 100, cd: 50, conjointe: null, total: 150 })];
    const [r] = calculerIndicateurs(
      financier(ex, { "e2-reserves": e2 }, ["ars", "cd", "conjointe", "total"]),
    );
    expect(r?.id).toBe("fin.reserves-total");
    expect(r?.valeur).toBe(150);
    expect(r?.explication).toContain("1 cellule(s) vide(s) ignorée(s)");
  });
});
