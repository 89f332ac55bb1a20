import { nomDeFeuilleLibre, validerNomDeFeuille } from "../../../src/domain/plan";

describe("validerNomDeFeuille", () => {
  it.each(["Fiche objectif 1.1", "Annexe 2-E", "x".repeat(31), "L'accueil", "Suivi (2)"])(
    "« %s » est valide",
    (nom) => {
      expect(validerNomDeFeuille(nom)).toBeNull();
    },
  );

  it.each([
    ["", "vide"],
    ["   ", "vide"],
    ["x".repeat(32), "31 caractères"],
    ["a:b", "caractère interdit"],
    ["a\\b", "caractère interdit"],
    ["a/b", "caractère interdit"],
    ["a?b", "caractère interdit"],
    ["a*b", "caractère interdit"],
    ["a[b]", "caractère interdit"],
    ["'Accueil", "apostrophe"],
    ["Accueil'", "apostrophe"],
    ["History", "réservé"],
    ["HISTORY", "réservé"],
  ])("« %s » est refusé (%s)", (nom, raison) => {
    expect(validerNomDeFeuille(nom)).toContain(raison);
  });
});

describe("nomDeFeuilleLibre", () => {
  it.each<[string, string[], string]>([
    ["Fiche objectif 1.1", [], "Fiche objectif 1.1"],
    ["Fiche objectif 1.1", ["Fiche objectif 1.1"], "Fiche objectif 1.1 (2)"],
    [
      "Fiche objectif 1.1",
      ["fiche OBJECTIF 1.1", "Fiche objectif 1.1 (2)"],
      "Fiche objectif 1.1 (3)",
    ],
    ["Fiche objectif : accès / parcours", [], "Fiche objectif accès parcours"],
    ["'Suivi'", [], "Suivi"],
    ["History", [], "Feuille"],
    ["[]", [], "Feuille"],
    ["Fiche objectif 3.2 — efficience des organisations", [], "Fiche objectif 3.2 — efficience"],
    [
      "Fiche objectif 3.2 — efficience des organisations",
      ["Fiche objectif 3.2 — efficience"],
      "Fiche objectif 3.2 — effici (2)",
    ],
  ])("« %s » parmi %p → « %s »", (souhaite, existants, attendu) => {
    const nom = nomDeFeuilleLibre(souhaite, existants);
    expect(nom).toBe(attendu);
    expect(validerNomDeFeuille(nom)).toBeNull();
  });
});
