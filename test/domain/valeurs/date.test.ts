import { lireDate, serieExcel, type DateLue } from "../../../src/domain/valeurs";
import type { CellValue, ValueType } from "../../../src/domain/classeur/snapshot";

const date = (
  annee: number,
  mois: number,
  jour: number,
  serie: number,
  depuisTexte: boolean,
): DateLue => ({
  kind: "date",
  annee,
  mois,
  jour,
  serie,
  depuisTexte,
});

describe("lireDate", () => {
  it.each<[string, CellValue, ValueType, DateLue]>([
    ["série 45363 (12/03/2024)", 45363, "Double", date(2024, 3, 12, 45363, false)],
    ["série avec heure", 45363.75, "Double", date(2024, 3, 12, 45363, false)],
    ["série 1 (01/01/1900)", 1, "Double", date(1900, 1, 1, 1, false)],
    ["série 59 (28/02/1900)", 59, "Double", date(1900, 2, 28, 59, false)],
    ["série 61 (01/03/1900)", 61, "Double", date(1900, 3, 1, 61, false)],
    ["série 44927 (01/01/2023)", 44927, "Double", date(2023, 1, 1, 44927, false)],
    ["texte 12/03/2024", "12/03/2024", "String", date(2024, 3, 12, 45363, true)],
    ["texte 1/3/2024", "1/3/2024", "String", date(2024, 3, 1, 45352, true)],
    ["texte 12-03-2024", "12-03-2024", "String", date(2024, 3, 12, 45363, true)],
    ["texte 12.03.2024", " 12.03.2024 ", "String", date(2024, 3, 12, 45363, true)],
    ["texte ISO", "2024-03-12", "String", date(2024, 3, 12, 45363, true)],
    ["29/02/2024 (bissextile)", "29/02/2024", "String", date(2024, 2, 29, 45351, true)],
    ["vide", "", "Empty", { kind: "vide" }],
    ["blancs", "  ", "String", { kind: "vide" }],
    ["erreur", "#REF!", "Error", { kind: "erreur", code: "#REF!" }],
    ["erreur en texte", "#N/A", "String", { kind: "erreur", code: "#N/A" }],
    ["31/02/2024", "31/02/2024", "String", { kind: "invalide", brute: "31/02/2024" }],
    ["29/02/2023", "29/02/2023", "String", { kind: "invalide", brute: "29/02/2023" }],
    ["12/13/2024", "12/13/2024", "String", { kind: "invalide", brute: "12/13/2024" }],
    ["année à 2 chiffres", "12/03/24", "String", { kind: "invalide", brute: "12/03/24" }],
    ["texte libre", "mars 2024", "String", { kind: "invalide", brute: "mars 2024" }],
    ["série 0", 0, "Double", { kind: "invalide", brute: 0 }],
    ["série négative", -5, "Double", { kind: "invalide", brute: -5 }],
    ["29/02/1900 fictif", 60, "Double", { kind: "invalide", brute: 60 }],
    ["booléen", true, "Boolean", { kind: "invalide", brute: true }],
  ])("%s", (_, value, type, attendu) => {
    expect(lireDate({ value, type })).toEqual(attendu);
  });

  it.each([
    [2024, 3, 12, 45363],
    [1900, 3, 1, 61],
    [9999, 12, 31, 2958465],
  ])("serieExcel(%d, %d, %d) = %d", (a, m, j, s) => {
    expect(serieExcel(a, m, j)).toBe(s);
  });
});
