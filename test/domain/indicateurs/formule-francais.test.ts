import { champ } from "./fabrique";
import { evaluer, formuleAvecAdresses, INDICATEURS } from "../../../src/domain/indicateurs";
import {
  formuleEnFrancais,
  regrouperCellules,
} from "../../../src/domain/indicateurs/formule-francais";
import type { Instance } from "../../../src/domain/indicateurs/types";

/** Formule équivalente affichée : noms français, « ; », plages courtes ; dénominateur hors somme. */

describe("formuleEnFrancais", () => {
  it.each([
    ["=SUM(C7,D7,E7,F7,G7,H7,I7,J7)", "=SOMME(C7:J7)"],
    ["=SUM(C7,D7,E7,F7,C8,D8,E8,F8,C9,D9,E9,F9)", "=SOMME(C7:F9)"],
    ["=SUM(C7,G7,C8,G8,C9,G9)", "=SOMME(C7:C9;G7:G9)"],
    [
      "=SUM('2-F Creton'!C7,'2-F Creton'!D7)/'Annexe 1'!E20",
      "=SOMME('2-F Creton'!C7:D7)/'Annexe 1'!E20",
    ],
    ['=IF(OR(C6="",C5=""),"",IF(C6=0,"",C5/C6))', '=SI(OU(C6="";C5="");"";SI(C6=0;"";C5/C6))'],
    ["=IFERROR(AVERAGE(B2:B5),0.5)", "=SIERREUR(MOYENNE(B2:B5);0,5)"],
    ["=SUM(D6,E6,F6)", "=SOMME(D6:F6)"],
    ["=SUM(B2,B4)", "=SOMME(B2;B4)"],
    ["=E104/D104-1", "=E104/D104-1"],
    ['=IF(A1="a,b",1,2)', '=SI(A1="a,b";1;2)'],
    ["=SUM(C89:C99)", "=SOMME(C89:C99)"],
  ])("%s → %s", (anglais, francais) => {
    expect(formuleEnFrancais(anglais)).toBe(francais);
  });

  it("99 cellules d'une colonne deviennent une seule plage", () => {
    const liste = Array.from({ length: 99 }, (_, i) => `B${i + 5}`).join(",");
    expect(formuleEnFrancais(`=SUM(${liste})`)).toBe("=SOMME(B5:B103)");
  });

  it.each([
    [[{ row: 0, col: 0 }], ["A1"]],
    [
      [
        { row: 0, col: 0 },
        { row: 2, col: 0 },
      ],
      ["A1", "A3"],
    ],
    [
      [
        { row: 0, col: 0 },
        { row: 0, col: 1 },
        { row: 1, col: 0 },
      ],
      ["A1:A2", "B1"],
    ],
  ])("regrouperCellules %j → %j (ensemble exact)", (cellules, plages) => {
    expect(regrouperCellules(cellules)).toEqual(plages);
  });
});

describe("2-F : le dénominateur reste hors de la somme", () => {
  const def = INDICATEURS.find((d) => d.id === "creton.taux-capacite")!;
  const instance: Instance = {
    definition: def,
    perimetre: { cle: "440000123", libelle: "IME" },
    entrees: [
      { cle: "7:internat.esat", libelle: "a", champ: champ(1, { row: 6, col: 2, feuille: "2-F" }) },
      { cle: "7:internat.mas", libelle: "b", champ: champ(0, { row: 6, col: 3, feuille: "2-F" }) },
      {
        cle: "capacite",
        libelle: "capacité",
        facultative: false,
        champ: champ(24, { row: 19, col: 4, feuille: "Annexe 1" }),
      },
    ],
  };

  it("=SUM(C7,D7)/E20, pas =SUM(C7,D7,E20)/E20", () => {
    expect(formuleAvecAdresses(instance)).toBe("=SUM('2-F'!C7,'2-F'!D7)/'Annexe 1'!E20");
    expect(formuleEnFrancais(formuleAvecAdresses(instance) ?? "")).toBe(
      "=SOMME('2-F'!C7:D7)/'Annexe 1'!E20",
    );
  });

  it("la formule affichée donne la valeur calculée (1/24 ≈ 4,2 %, pas 104 %)", () => {
    expect(evaluer(instance).valeur).toBeCloseTo(1 / 24, 9);
  });
});
