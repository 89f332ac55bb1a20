import {
  decimalesDistinctes,
  formaterDistinct,
  nombreDeCondition,
} from "../../../src/domain/indicateurs/format";
import { evaluer, INDICATEURS } from "../../../src/domain/indicateurs";
import { champ } from "./fabrique";

/** Assez de décimales pour voir pourquoi un seuil est franchi (2,61 % contre 2,60 %). */

describe("formaterDistinct", () => {
  it.each<[number, "%" | "ans" | "nombre", number[], string]>([
    [0.0261, "%", [0.026], "2,61\u00a0%"],
    [0.0261, "%", [], "2,6\u00a0%"],
    [0.10004, "%", [0.1], "10,004\u00a0%"],
    [0.958, "%", [0.5], "95,8\u00a0%"],
    [10.04, "ans", [10], "10,04\u00a0ans"],
  ])("%d (%s) face à %j → %s", (v, u, reperes, attendu) => {
    expect(formaterDistinct(v, u, reperes)).toBe(attendu);
  });

  it("borne les décimales ajoutées", () => {
    expect(decimalesDistinctes(0.1 + 1e-11, "%", [0.1])).toBe(5);
  });

  it.each<[string, "%" | "ans", number | null]>([
    ["> 10 %", "%", 0.1],
    ["< 2 %", "%", 0.02],
    ["> 100 %", "%", 1],
    ["> 10 ans", "ans", 10],
    ["> taux autorisé (de plus de 0,005 point)", "%", null],
  ])("nombreDeCondition(%s) → %s", (c, u, n) => {
    const r = nombreDeCondition(c, u);
    if (n === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(n, 12);
  });
});

describe("explication du taux de frais de siège", () => {
  it("taux réel 2,61 % et taux autorisé 2,60 % s'écrivent différemment", () => {
    const def = INDICATEURS.find((d) => d.id === "fin.taux-frais-siege")!;
    const r = evaluer({
      definition: def,
      perimetre: { cle: "organisme", libelle: "Organisme" },
      entrees: [
        { cle: "quote-part", libelle: "quote-part imputée", champ: champ(26_100) },
        { cle: "base", libelle: "base de calcul", champ: champ(1_000_000) },
        {
          cle: "taux-autorise",
          libelle: "taux autorisé",
          contexte: true,
          unite: "%",
          champ: champ(0.026),
        },
      ],
    });
    expect(r.alertes).toHaveLength(1);
    expect(r.explication).toContain("taux autorisé = 2,60\u00a0%");
    expect(r.explication).toContain("→ 2,61\u00a0%");
  });
});
