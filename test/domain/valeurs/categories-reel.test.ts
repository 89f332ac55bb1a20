import {
  CATEGORIES_FINESS,
  categorieParCode,
  devinerCategorie,
  reconnaitreCategorie,
} from "../../../src/domain/valeurs";
import { estPh, lireEchantillon } from "../../fixtures/finess/echantillon";

/**
 * Référentiel des catégories sur l'échantillon réel (test/fixtures/finess, Licence Ouverte 2.0) :
 * les 32 catégories PH par leur code et par leur libellé officiel, avec le bon secteur ; le nom ne
 * fait deviner ni un EHPAD ni un CAFS dans un autre secteur.
 */

const lignes = lireEchantillon();
const officielles = [...new Map(lignes.map((l) => [l.categorie, l])).values()];
const ph = officielles.filter(estPh);
const secteurAttendu = (agregat: string) =>
  agregat.startsWith("41") ? "enfance" : agregat.startsWith("43") ? "adultes" : undefined;

describe("catégories FINESS sur données réelles", () => {
  it("l'échantillon couvre les 32 catégories PH ouvertes et 5 catégories voisines", () => {
    expect(ph.length).toBe(32);
    expect(officielles.length).toBe(37);
    expect(CATEGORIES_FINESS.map((c) => c.code).sort()).toEqual(
      officielles.map((l) => l.categorie).sort(),
    );
  });

  it.each(ph.map((l) => [l.categorie, l] as const))(
    "catégorie PH %s : code, libellé officiel, agrégat et secteur",
    (code, l) => {
      const parCode = categorieParCode(code);
      expect(parCode?.libelle).toBe(l.libelle);
      expect(parCode?.agregat).toBe(l.agregat);
      expect(parCode?.secteur).toBe(secteurAttendu(l.agregat));
      expect(reconnaitreCategorie(code)?.code).toBe(code);
      expect(reconnaitreCategorie(Number(code))?.code).toBe(code);
      expect(reconnaitreCategorie(l.libelle)?.code).toBe(code);
      expect(reconnaitreCategorie(l.libelle.toUpperCase())?.code).toBe(code);
    },
  );

  it.each([
    ["464", "adultes"],
    ["461", "a-affecter"],
    ["354", "a-affecter"],
    ["209", "a-affecter"],
    ["500", "hors-ph"],
  ])("catégorie voisine %s : secteur %s, libellé officiel reconnu", (code, secteur) => {
    const l = officielles.find((x) => x.categorie === code);
    expect(categorieParCode(code)?.secteur).toBe(secteur);
    expect(reconnaitreCategorie(l?.libelle)?.code).toBe(code);
  });

  it("chaque ligne réelle est reconnue par son code et par son libellé", () => {
    const ratees = lignes.filter(
      (l) =>
        reconnaitreCategorie(l.categorie)?.code !== l.categorie ||
        reconnaitreCategorie(l.libelle)?.code !== l.categorie,
    );
    expect(ratees).toEqual([]);
  });

  it("d'après le nom : aucun EHPAD dans le champ PH, aucun CAFS chez les adultes", () => {
    const ehpad = lignes.filter((l) => l.categorie === "500");
    const cafs = lignes.filter((l) => l.categorie === "238");
    expect(ehpad.length).toBeGreaterThan(500);
    expect(cafs.length).toBeGreaterThan(50);
    const secteur = (nom: string) => devinerCategorie(nom)?.secteur;
    expect(ehpad.filter((l) => ![undefined, "hors-ph"].includes(secteur(l.nom)))).toEqual([]);
    expect(cafs.filter((l) => ![undefined, "enfance"].includes(secteur(l.nom)))).toEqual([]);
  });

  it("d'après le nom : le secteur deviné est juste pour plus de 99 % des noms reconnus (mesuré : 99,6 %)", () => {
    const devinees = lignes.filter(estPh).filter((l) => devinerCategorie(l.nom));
    const justes = devinees.filter(
      (l) => devinerCategorie(l.nom)?.secteur === secteurAttendu(l.agregat),
    );
    expect(devinees.length).toBeGreaterThan(1000);
    expect(justes.length / devinees.length).toBeGreaterThan(0.99);
  });
});
