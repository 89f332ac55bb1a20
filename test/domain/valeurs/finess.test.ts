import {
  cleFinessValide,
  controlerFiness,
  departementFiness,
  luhn,
  normaliserFiness,
} from "../../../src/domain/valeurs";
import type { CellValue } from "../../../src/domain/classeur/snapshot";

const VALIDES = [
  "010000024",
  "010780054",
  "750100125",
  "750712184",
  "590799730",
  "970100400",
  "970408589",
  "980501506",
  "980600027",
  "440000016",
  "440000024",
  "440780013",
  "490530128",
  "850000118",
];

describe("cleFinessValide (referentiels.md §4)", () => {
  it.each(VALIDES)("%s a une clé valide", (n) => {
    expect(cleFinessValide(n)).toBe(true);
  });

  it.each([
    ["010000025", "dernier chiffre modifié"],
    ["590799731", "dernier chiffre modifié"],
    ["2C0000154", "lettre autre que A ou B"],
    ["A10000024", "premier caractère non numérique"],
    ["4400A0018", "lettre en 5e position"],
    ["44000001", "8 caractères"],
    ["7501001250", "10 caractères"],
    ["", "vide"],
  ])("%s est refusé (%s)", (n) => {
    expect(cleFinessValide(n)).toBe(false);
  });

  it.each([
    ["2A0000154", true],
    ["2A0000204", true],
    ["2A0000155", false],
    ["2A0000196", true],
    ["2B0000210", true],
    ["2B0000442", true],
    ["2B0000443", false],
    ["2A0000210", false],
    ["2B0000154", false],
  ])("Corse : %s contrôlé comme « 21… » / « 22… » → %s", (n, attendu) => {
    expect(cleFinessValide(n)).toBe(attendu);
  });

  it("accepte un numéro avec séparateurs", () => {
    expect(cleFinessValide("75 010 012 5")).toBe(true);
  });

  it("luhn refuse ce qui n'est pas un chiffre", () => {
    expect(luhn("12a")).toBe(false);
    expect(luhn("0")).toBe(true);
  });
});

describe("normaliserFiness", () => {
  it.each<[CellValue | null, string]>([
    ["750100125", "750100125"],
    ["75 010 012 5", "750100125"],
    ["75\u00a0010\u00a0012\u00a05", "750100125"],
    ["750.100.125", "750100125"],
    ["750-100-125", "750100125"],
    [" 2a0000154 ", "2A0000154"],
    [10000024, "010000024"],
    ["10000024", "010000024"],
    [750100125, "750100125"],
    [44000001, "44000001"],
    [null, ""],
    ["", ""],
    [true, ""],
  ])("%p → « %s »", (v, attendu) => {
    expect(normaliserFiness(v)).toBe(attendu);
  });
});

describe("controlerFiness", () => {
  it.each<[CellValue | null, string, string, boolean]>([
    ["750100125", "valide", "750100125", false],
    ["75 010 012 5", "valide", "750100125", true],
    [10000024, "zero-perdu", "010000024", false],
    ["2A0000154", "valide", "2A0000154", false],
    ["2b 000 021 0", "valide", "2B0000210", true],
    ["2A0000155", "cle", "2A0000155", false],
    ["2B0000154", "cle", "2B0000154", false],
    ["010000025", "cle", "010000025", false],
    ["44000001", "format", "44000001", false],
    ["2C0000154", "format", "2C0000154", false],
    [12.5, "format", "12.5", false],
    ["", "vide", "", false],
    [null, "vide", "", false],
  ])("%p → %s", (v, statut, numero, separateurs) => {
    expect(controlerFiness(v)).toEqual({ statut, numero, separateurs });
  });
});

describe("departementFiness", () => {
  it.each([
    ["440000016", "44"],
    ["010000024", "01"],
    ["2A0000154", "2A"],
    ["2B0000210", "2B"],
    ["970100400", "971"],
    ["970202339", "972"],
    ["970300828", "973"],
    ["970408589", "974"],
    ["980501506", "976"],
    ["980600027", "986"],
    ["4400", ""],
    ["", ""],
  ])("%s → « %s »", (n, attendu) => {
    expect(departementFiness(n)).toBe(attendu);
  });
});
