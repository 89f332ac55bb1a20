import { lireNombre, type ValeurLue } from "../../../src/domain/valeurs";
import type { CellValue, ValueType } from "../../../src/domain/classeur/snapshot";

const lire = (value: CellValue, type: ValueType, numberFormat = "General"): ValeurLue =>
  lireNombre({ value, type, numberFormat });
const texte = (t: string) => lire(t, "String");

describe("lireNombre — valeurs natives", () => {
  it.each<[string, CellValue, ValueType, ValeurLue]>([
    ["cellule vide", "", "Empty", { kind: "vide" }],
    ['chaîne vide (formule qui renvoie "")', "", "String", { kind: "vide" }],
    ["blancs seuls", "  \u00a0", "String", { kind: "vide" }],
    ["zéro", 0, "Double", { kind: "nombre", valeur: 0, depuisTexte: false }],
    ["décimal", 12.5, "Double", { kind: "nombre", valeur: 12.5, depuisTexte: false }],
    ["négatif", -1200, "Double", { kind: "nombre", valeur: -1200, depuisTexte: false }],
    ["booléen", true, "Boolean", { kind: "booleen", valeur: true }],
    ["#DIV/0!", "#DIV/0!", "Error", { kind: "erreur", code: "#DIV/0!" }],
    ["#REF!", "#REF!", "Error", { kind: "erreur", code: "#REF!" }],
    ["#VALUE!", "#VALUE!", "Error", { kind: "erreur", code: "#VALUE!" }],
    ["#N/A", "#N/A", "Error", { kind: "erreur", code: "#N/A" }],
    ["#NAME?", "#NAME?", "Error", { kind: "erreur", code: "#NAME?" }],
    ["#VALEUR! en texte", "#VALEUR!", "String", { kind: "erreur", code: "#VALEUR!" }],
    ["#NOM? en texte", "#nom?", "String", { kind: "erreur", code: "#NOM?" }],
    ["#DIV/0! en texte", " #DIV/0! ", "String", { kind: "erreur", code: "#DIV/0!" }],
    ["nombre non fini", Infinity, "Double", { kind: "erreur", code: "#NUM!" }],
  ])("%s", (_, value, type, attendu) => {
    expect(lire(value, type)).toEqual(attendu);
  });

  it("ne change pas l'échelle selon le format (85 dans une cellule % reste 85)", () => {
    expect(lire(85, "Double", "0%")).toEqual({ kind: "nombre", valeur: 85, depuisTexte: false });
  });
});

describe("lireNombre — texte à la française (§3.3 bis)", () => {
  it.each<[string, number]>([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1\u202f234", 1234],
    ["1 234 567,89", 1234567.89],
    ["15 %", 0.15],
    ["15%", 0.15],
    ["12,5 %", 0.125],
    ["1 234,50 €", 1234.5],
    ["1234,50€", 1234.5],
    ["€ 100", 100],
    ["100 euros", 100],
    ["-1 200", -1200],
    ["\u22121 200", -1200],
    ["- 1 200", -1200],
    ["+3", 3],
    ["(1 200)", -1200],
    ["(1 200,50 €)", -1200.5],
    ["-15 %", -0.15],
    ["1.234,50", 1234.5],
    [" 42 ", 42],
    ["0", 0],
  ])("« %s » → %d", (t, n) => {
    const r = texte(t);
    expect(r.kind).toBe("nombre");
    if (r.kind === "nombre") {
      expect(r.valeur).toBeCloseTo(n, 9);
      expect(r.depuisTexte).toBe(true);
    }
  });

  it.each([
    "NC",
    "environ 12",
    "?",
    "12 5",
    "1 23",
    "12,5,3",
    ",5",
    "-(12)",
    "(-12)",
    "12 ans",
    "1e3",
    "€",
    "%",
    "N/A",
  ])("« %s » n'est pas un nombre", (t) => {
    expect(texte(t)).toEqual({ kind: "texte", texte: t });
  });
});
