import { CATALOGUE_ONGLETS } from "../../../src/domain/classeur/catalogue/catalogue";
import {
  ANNEXES_DU_MODELE,
  titreCourt,
  TYPES_A_SAISIR,
  TYPES_ANNEXES,
  TYPES_ATTENDUS,
  TYPES_AXES,
  TYPES_GENERES,
  TYPES_MODELE,
} from "../../../src/domain/classeur/catalogue/listes";
import { TYPES_ONGLET } from "../../../src/domain/classeur/types-onglet";

/** Les listes tirées du catalogue sont celles que les contrôles écrivaient à la main. */
describe("listes de types d'onglets tirées du catalogue", () => {
  it("chaque type (hors inconnu) a une entrée, dans l'ordre des types", () => {
    expect(CATALOGUE_ONGLETS.map((e) => e.type)).toEqual(
      TYPES_ONGLET.filter((t) => t !== "inconnu"),
    );
  });

  it("les 9 onglets à saisir", () => {
    expect(TYPES_A_SAISIR).toEqual([
      "annexe-1",
      "axe-1-1",
      "axe-1-2",
      "axe-1-3",
      "axe-2",
      "axe-3",
      "complementaires-2d",
      "financier-2e",
      "creton-2f",
    ]);
  });

  it("annexes, modèle, attendus, axes, feuilles générées", () => {
    expect(TYPES_ANNEXES).toEqual(
      TYPES_ONGLET.filter(
        (t) => !["accueil", "fiche-objectif", "suivi-objectifs", "inconnu"].includes(t),
      ),
    );
    expect(TYPES_MODELE).toEqual([...TYPES_ANNEXES, "accueil"]);
    expect(TYPES_ATTENDUS).toEqual(TYPES_A_SAISIR.filter((t) => t !== "creton-2f"));
    expect(TYPES_AXES).toEqual(["axe-1-1", "axe-1-2", "axe-1-3", "axe-2", "axe-3"]);
    expect(TYPES_GENERES).toEqual(["fiche-objectif", "suivi-objectifs"]);
    expect(ANNEXES_DU_MODELE).toEqual(["1", "2-A", "2-B", "2-C", "2-D", "2-E", "2-F", "2-G"]);
  });

  it("titres courts des messages", () => {
    expect(titreCourt("axe-1-1")).toBe("Axe 1-1 (ESMS enfance)");
    expect(titreCourt("departementaux-2g")).toBe("2-G (indicateurs départementaux)");
    expect(titreCourt("inconnu")).toBe("inconnu");
  });
});
