import { interpoler, rendreConstat, typographier } from "../../../src/domain/controles";
import type { Constat } from "../../../src/domain/controles";

describe("rendu français des constats", () => {
  it.each([
    ["Pourquoi ?", "Pourquoi\u00a0?"],
    ["Attention : vide ; ok !", "Attention\u00a0: vide\u00a0; ok\u00a0!"],
    ["« Non »", "«\u00a0Non\u00a0»"],
    ["plage B2:D5 et https://x.fr", "plage B2:D5 et https://x.fr"],
    ["deux  espaces", "deux espaces"],
  ])("typographie %s", (entree, sortie) => {
    expect(typographier(entree)).toBe(sortie);
  });

  it("interpole nombres (fr-FR) et textes ; un paramètre absent devient « — »", () => {
    expect(interpoler("{{a}} / {{b}} / {{ c }} / {{d}}", { a: 1234, b: 0.5, c: "x" })).toBe(
      "1\u202f234 / 0,5 / x / —",
    );
  });

  it("rend un constat du registre avec pourquoi et correction", () => {
    const constat: Constat = {
      controle: "finess/cle",
      gravite: "erreur",
      locations: [{ sheetId: "a", sheetName: "Annexe 1", row: 20, col: 0 }],
      messageId: "cle",
      data: { valeur: "590799731" },
    };
    const rendu = rendreConstat(constat);
    expect(rendu.message).toBe(
      "La clé du numéro FINESS 590799731 est incorrecte\u00a0: vérifiez une faute de frappe.",
    );
    expect(rendu.correction).toContain("arrêté d'autorisation");
    expect(rendu.pourquoi.length).toBeGreaterThan(10);
  });
});

describe("accord en nombre", () => {
  it.each([
    [0, "0 cellule à compléter"],
    [1, "1 cellule à compléter"],
    [2, "2 cellules à compléter"],
    [1234, "1 234 cellules à compléter"],
  ])("n = %s → « %s »", (n, attendu) => {
    expect(
      interpoler("{{n}} {{n|cellule|cellules}} à compléter", { n }).replace(/\u202f|\u00a0/g, " "),
    ).toBe(attendu);
  });
  it("paramètre absent : pluriel, jamais d'accolades", () => {
    expect(interpoler("{{n|cellule|cellules}}", {})).toBe("cellules");
  });
});
