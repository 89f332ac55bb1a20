import { chauffer, instantaneDeChauffe } from "../../../src/taskpane/analyse/chauffe";
import { analyserSommaire } from "../../../src/use-cases/analyser-sommaire";

/**
 * Chauffe du fil d'analyse (issue 20, ADR 0022) : le classeur miniature fait passer le sommaire
 * par les chemins d'un vrai diagnostic (chaque feuille reconnue, des cellules à renseigner
 * repérées), et la chauffe ne laisse rien paraître (erreur avalée, aucun résultat rendu).
 */
describe("chauffe du fil d'analyse", () => {
  it("chaque feuille du classeur miniature est reconnue, sauf la feuille de listes", () => {
    const s = analyserSommaire(instantaneDeChauffe());
    const inconnues = s.onglets.filter((o) => o.type === "inconnu").map((o) => o.sheetId);
    expect(inconnues).toEqual([s.onglets[s.onglets.length - 1]!.sheetId]);
    expect(s.onglets).toHaveLength(14);
    expect(s.completude.global.total).toBeGreaterThan(50);
    expect(s.completude.global.remplies).toBeGreaterThan(0);
    expect(s.completude.global.remplies).toBeLessThan(s.completude.global.total);
  });

  it("chaque appel construit un instantané neuf (rien n'est mémorisé d'un appel à l'autre)", () => {
    expect(instantaneDeChauffe()).not.toBe(instantaneDeChauffe());
    expect(instantaneDeChauffe()).toEqual(instantaneDeChauffe());
  });

  it("une erreur du calcul est avalée ; la chauffe rend seulement sa durée", () => {
    const ms = chauffer(() => {
      throw new Error("panne");
    });
    expect(typeof ms).toBe("number");
    expect(ms).toBeGreaterThanOrEqual(0);
    let recu: unknown = null;
    expect(chauffer((s) => (recu = s))).toBeGreaterThanOrEqual(0);
    expect(recu).toEqual(instantaneDeChauffe());
  });
});
