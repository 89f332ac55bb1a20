import { etalonnage } from "../../../../src/domain/classeur/typage/etalonnage";
import { classeur, feuille } from "../../saisie/fabrique";

describe("etalonnage", () => {
  it.each([
    ["Cellules à renseigner", "B3", "C3", "FFF2CC"],
    ["Zones de saisie", "C3", "B3", "CCFFFF"],
    ["À compléter par l'organisme gestionnaire", "B3", "B4", "BDD7EE"],
    ["  cellules bleues à compléter :", "D3", "B3", "9BC2E6"],
    ["Cellule à renseigner par l'OG", "B3", "B3", "DCE6F2"],
  ])("« %s » en %s, pastille en %s → %s", (texte, ouTexte, ouPastille, couleur) => {
    const accueil = feuille("Accueil", {
      A1: "Diagnostic",
      [ouTexte]: texte,
      [ouPastille]: { v: ouPastille === ouTexte ? texte : null, fill: couleur },
    });
    const r = etalonnage(classeur(accueil));
    expect(r.etalon).toBe(couleur);
    expect(r.exclue).toBeNull();
    expect(r.pastilles).toHaveLength(1);
  });

  it("repère aussi la légende « pré-renseigné par l'ARS » comme couleur exclue", () => {
    const accueil = feuille("Accueil", {
      B3: { fill: "DDEBF7" },
      C3: "Cellules à renseigner",
      B4: { fill: "F2F2F2" },
      C4: "Données pré-renseignées par l'ARS",
    });
    const r = etalonnage(classeur(accueil));
    expect(r).toMatchObject({ etalon: "DDEBF7", exclue: "F2F2F2" });
    expect(r.pastilles.map((p) => [p.row, p.col])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it("ignore une pastille blanche et cherche plus loin", () => {
    const accueil = feuille("Accueil", {
      B3: { fill: "FFFFFF" },
      C3: "Zones de saisie",
      E3: { fill: "DDEBF7" },
    });
    expect(etalonnage(classeur(accueil)).etalon).toBe("DDEBF7");
  });

  it("cherche dans toutes les feuilles quand l'Accueil n'a pas de légende", () => {
    const r = etalonnage(
      classeur(
        feuille("Accueil", { A1: "Bienvenue" }),
        feuille("Mode d'emploi", { B2: { fill: "B4C6E7" }, C2: "Zones à saisir" }),
      ),
    );
    expect(r.etalon).toBe("B4C6E7");
  });

  it("préfère l'onglet Accueil à une feuille placée avant lui", () => {
    const r = etalonnage(
      classeur(
        feuille("Notes", { B2: { fill: "FFFF99" }, C2: "Cellules à renseigner" }),
        feuille("ACCUEIL", { B2: { fill: "DDEBF7" }, C2: "Cellules à renseigner" }),
      ),
    );
    expect(r.etalon).toBe("DDEBF7");
  });

  it.each([
    ["pas de texte de légende", { B2: { fill: "DDEBF7" }, C2: "Objectifs du CPOM" }],
    ["texte sans pastille colorée", { C2: "Cellules à renseigner" }],
  ])("rend null sans légende (%s)", (_, cellules) => {
    expect(etalonnage(classeur(feuille("Accueil", cellules)))).toEqual({
      etalon: null,
      exclue: null,
      calcul: null,
      pastilles: [],
      legende: [],
    });
  });
});
