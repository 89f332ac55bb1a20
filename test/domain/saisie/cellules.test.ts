import { cellulesDeSaisie } from "../../../src/domain/saisie/cellules";
import { adresseA1 } from "../../../src/domain/classeur/adresse";
import { BLEU, bleu, feuille } from "./fabrique";

const adresses = (f: ReturnType<typeof feuille>, o = {}) =>
  cellulesDeSaisie(f, o).map((c) => adresseA1(c.location.row, c.location.col));

describe("cellulesDeSaisie", () => {
  it("rend les cellules bleues en ordre de lecture (ligne puis colonne)", () => {
    const f = feuille("Axe", {
      C2: bleu(),
      A3: bleu("x"),
      B1: bleu(1),
      A1: "Libellé",
      D4: { v: "gris", fill: "D9D9D9" },
    });
    expect(adresses(f)).toEqual(["B1", "C2", "A3"]);
  });

  it("compte une zone fusionnée une seule fois, par sa cellule haut-gauche", () => {
    const f = feuille(
      "Axe",
      { B2: bleu("texte"), C2: bleu(), B3: bleu(), C3: bleu(), E2: bleu() },
      { fusions: ["B2:C3"] },
    );
    const cs = cellulesDeSaisie(f);
    expect(cs.map((c) => adresseA1(c.location.row, c.location.col))).toEqual(["B2", "E2"]);
    expect(cs[0]?.zone).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(cs[1]?.zone).toBeUndefined();
  });

  it.each([
    ["sans valeur", bleu(), true, false],
    ["blancs seuls", bleu("   "), true, false],
    ["insécable seule", bleu("\u00a0"), true, false],
    [
      "formule qui renvoie une chaîne vide",
      bleu("", { formule: '=IF(A1="","",1)', type: "String" }),
      true,
      true,
    ],
    ["nombre zéro", bleu(0), false, false],
    ["texte", bleu("Oui"), false, false],
    ["booléen FAUX", bleu(false), false, false],
    ["formule qui renvoie un nombre", bleu(3, { formule: "=1+2" }), false, true],
  ])("%s : vide %s, formule %s", (_, c, vide, formule) => {
    const [cs] = cellulesDeSaisie(feuille("F", { B2: c }));
    expect(cs?.vide).toBe(vide);
    expect(cs?.formule).toBe(formule);
  });

  it("exclut un en-tête de section (gras, fusionné sur toute la largeur du tableau)", () => {
    const f = feuille(
      "2-E",
      {
        B2: bleu("E1 — Résultats", { gras: true }),
        B3: "Libellé",
        C3: bleu(),
        D3: bleu(),
      },
      { fusions: ["B2:D2"] },
    );
    expect(adresses(f)).toEqual(["C3", "D3"]);
  });

  it.each([
    ["non gras", { gras: false }, ["B2:D2"]],
    ["fusion trop étroite pour le tableau", { gras: true }, ["B2:C2"]],
    ["non fusionnée", { gras: true }, []],
  ])("garde une cellule bleue à texte %s", (_, style, fusions) => {
    const f = feuille(
      "2-E",
      { B2: bleu("Réponse de l'OG", style), B3: "Libellé", C3: bleu(), D3: bleu() },
      { fusions },
    );
    expect(adresses(f)).toContain("B2");
  });

  it("garde un encart fusionné sur plusieurs lignes même en gras", () => {
    const f = feuille(
      "Axe",
      { B2: bleu("Points forts : …", { gras: true }), B5: "x", D5: "y" },
      { fusions: ["B2:D4"] },
    );
    expect(adresses(f)).toEqual(["B2"]);
  });

  it("n'inclut les couleurs incertaines que sur demande, avec leur classe", () => {
    const f = feuille("F", { B2: { fill: "D6DCE4" }, C2: bleu() });
    expect(adresses(f)).toEqual(["C2"]);
    const cs = cellulesDeSaisie(f, { incertains: true });
    expect(cs.map((c) => c.classe)).toEqual(["incertain", "saisie"]);
  });

  it("suit l'étalon et la couleur exclue, et ignore les cellules demandées", () => {
    const f = feuille("F", { B2: { fill: "FFF2CC" }, C2: bleu(), D2: bleu() });
    expect(adresses(f, { etalon: "FFF2CC", exclue: BLEU })).toEqual(["B2"]);
    expect(adresses(f, { ignorer: [{ sheetId: f.id, row: 1, col: 2 }] })).toEqual(["D2"]);
  });

  it("tient compte de l'origine de la plage utilisée", () => {
    const base = feuille("F", { A1: bleu("x") });
    const decalee = { ...base, origin: { row: 4, col: 2 } };
    expect(adresses(decalee)).toEqual(["C5"]);
  });
});
