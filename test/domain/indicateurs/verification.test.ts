import type { CellValue } from "../../../src/domain/classeur/snapshot";
import { estConstante, verifierFormules } from "../../../src/domain/indicateurs/verification";
import { champ, financier, ligne2E } from "./fabrique";

/**
 * E3 minimal : BFR = B11 − B12 = 600 ; la ligne calculée « bfr » porte `cache` / `formule`. Sa
 * cellule est une cellule calculée (pas une saisie), sauf `saisie`.
 */
function avecBfr(
  cache: CellValue | null,
  formule: string | null,
  b12: CellValue = 400,
  saisie = false,
) {
  const lignes = [
    ligne2E("B11", { "2023": 1_000 }),
    ligne2E("B12", { "2023": b12 }),
    ligne2E("bfr", { "2023": champ(cache, { formule, saisie }) }),
  ];
  return verifierFormules(financier(["2023"], { "e3-financier": lignes }));
}

describe("vérification des formules", () => {
  it.each([
    ["cache à jour", 600, "=C1-C2", []],
    ["écart dans la tolérance (1 €)", 600.9, "=C1-C2", []],
    ["cache périmé", 650, "=C1-C2", ["formule-perimee"]],
    ["formule en erreur alors que le calcul aboutit", "#REF!", "=#REF!-C2", ["formule-perimee"]],
    ["valeur tapée à la place de la formule", 600, null, ["formule-remplacee"]],
    ["formule constante", 600, "=600", ["formule-remplacee"]],
    ["cellule calculée vidée", null, null, ["formule-remplacee"]],
  ])("%s", (_cas, cache, formule, types) => {
    expect(avecBfr(cache, formule).map((e) => e.type)).toEqual(types);
  });

  it("une valeur tapée dans une cellule de saisie (ligne de total bleue) n'est pas une formule remplacée", () => {
    expect(avecBfr(600, null, 400, true)).toEqual([]);
    expect(avecBfr(650, null, 400, true)).toEqual([]);
  });

  it("nombre saisi en texte : signalé une fois, distinct de la formule", () => {
    const ecarts = avecBfr(1_000, "=C1-C2", "400,0");
    expect(ecarts.map((e) => e.type).sort()).toEqual(["formule-perimee", "texte-dans-nombre"]);
    const texte = ecarts.find((e) => e.type === "texte-dans-nombre");
    expect(texte?.message).toContain("« 400,0 »");
  });

  it("cache vide et calcul impossible (entrée vide) : pas d'écart", () => {
    expect(avecBfr("", "=C1-C2", "")).toEqual([]);
  });

  it("toutes les entrées vides et cache 0 (ce qu'affiche Excel) : pas d'écart", () => {
    const lignes = [
      ligne2E("B11", { "2023": null }),
      ligne2E("B12", { "2023": null }),
      ligne2E("bfr", { "2023": champ(0, { formule: "=C1-C2" }) }),
    ];
    expect(verifierFormules(financier(["2023"], { "e3-financier": lignes }))).toEqual([]);
  });

  it("une seule entrée vide et cache 0 : l'écart reste signalé", () => {
    expect(avecBfr(0, "=C1-C2", "").map((e) => e.type)).toEqual(["formule-perimee"]);
  });

  it("le message dit la valeur du classeur et le calcul attendu", () => {
    const [e] = avecBfr(650, "=C1-C2");
    expect(e?.message).toContain("650\u00a0€");
    expect(e?.message).toContain("600\u00a0€");
    expect(e?.indicateur).toBe("fin.bfr");
  });

  it.each([
    ["=12", true],
    ["=0.5", true],
    ["=1.5E+3", true],
    ["=B5/B6", false],
    ["=SUM(C5:J5)", false],
    ["=E29+E31-E32", false],
    ["=E5/E6", false],
    ["=2e3", true],
  ])("constante %s → %s", (formule, attendu) => {
    expect(estConstante(formule)).toBe(attendu);
  });
});
