import { citerFeuille } from "../../../src/domain/classeur/adresse";
import { citer } from "../../../src/gateway/host-simule/adresses";

describe("citerFeuille — une seule règle de citation des noms de feuilles", () => {
  it.each([
    ["Accueil", "Accueil"],
    ["Annexe_1", "Annexe_1"],
    ["2-E Financier", "'2-E Financier'"],
    ["Feuille d'accueil", "'Feuille d''accueil'"],
    ["E3", "'E3'"],
    ["AB12", "'AB12'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["c", "'c'"],
    ["ABCD1", "ABCD1"],
    ["Axe 2", "'Axe 2'"],
  ])("%s → %s", (nom, attendu) => {
    expect(citerFeuille(nom)).toBe(attendu);
    expect(citer(nom)).toBe(attendu);
  });
});
