import type { CellValue } from "../../../src/domain/classeur/snapshot";
import {
  CATEGORIES_FINESS,
  categorieDeclareeOuDevinee,
  devinerCategorie,
  reconnaitreCategorie,
} from "../../../src/domain/valeurs";
import { cleCategorie } from "../../../src/domain/valeurs/categorie";

describe("référentiel des catégories FINESS", () => {
  it("codes uniques, sur 3 chiffres, champs renseignés", () => {
    const codes = CATEGORIES_FINESS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CATEGORIES_FINESS) {
      expect(c.code).toMatch(/^\d{3}$/);
      expect(c.agregat).toMatch(/^4\d{3}$/);
      expect(c.libelle.length).toBeGreaterThan(3);
      expect(c.libelle.length).toBeLessThanOrEqual(60);
      expect(c.court.length).toBeGreaterThan(1);
    }
  });

  it("secteur donné par l'agrégat : 41xx enfance, 43xx adultes", () => {
    for (const c of CATEGORIES_FINESS) {
      if (c.agregat.startsWith("41")) expect(c.secteur).toBe("enfance");
      if (c.agregat.startsWith("43")) expect(c.secteur).toBe("adultes");
    }
  });
});

describe("cleCategorie", () => {
  it.each([
    [
      "Etablissement et Service d'Aide par le Travail (E.S.A.T.)",
      "etablissement service aide travail esat",
    ],
    [
      "Service de Soins Infirmiers A Domicile (S.S.I.A.D)",
      "service soins infirmiers domicile ssiad",
    ],
    ["Foyer d'hébergement pour adultes handicapés", "foyer hebergement adultes handicapes"],
    ["Etab.Acc.Médicalisé", "etab acc medicalise"],
    ["183 - IME", "183 ime"],
  ])("%s → « %s »", (texte, cle) => {
    expect(cleCategorie(texte)).toBe(cle);
  });
});

describe("reconnaitreCategorie (colonne « catégorie »)", () => {
  it.each<[CellValue | null, string | undefined]>([
    [183, "183"],
    ["183", "183"],
    ["IME (183)", "183"],
    ["255 - Maison d'accueil spécialisée", "255"],
    ["MAS 437", "437"],
    ["Établissement et Service d'Aide par le Travail (E.S.A.T.)", "246"],
    ["ETABLISSEMENT ET SERVICE D'AIDE PAR LE TRAVAIL", "246"],
    ["établissement et service d'aide par le travail", "246"],
    ["E.S.A.T.", "246"],
    ["Esat", "246"],
    ["Centre d'aide par le travail", "246"],
    ["MAS", "255"],
    ["M.A.S.", "255"],
    ["MAS – autisme", "255"],
    ["FAM", "437"],
    ["FAM (20 places)", "437"],
    ["Foyer de vie", "382"],
    ["Foyer d'hébergement", "252"],
    ["Foyer d'hébergement pour enfants", "396"],
    ["Foyer Hébergement Enfants et Adolescents Handicapés", "396"],
    ["Centre d'accueil familial spécialisé", "238"],
    ["CAFS", "238"],
    ["CTRE ACC. FAM. SPÉC.", undefined],
    ["Institut pour déficients visuels", "194"],
    ["Institut des jeunes sourds", "195"],
    ["Entreprise adaptée", "247"],
    ["EA", "247"],
    ["Établissement d'accueil médicalisé", "448"],
    ["Établissement d'accueil non médicalisé", "449"],
    ["EAM", "448"],
    ["EANM", "449"],
    ["UEROS", "464"],
    ["Centre ressources autisme", "461"],
    ["SSIAD", "354"],
    ["EHPAD", "500"],
    ["Résidence", undefined],
    ["", undefined],
    [null, undefined],
    [true, undefined],
    [999, undefined],
  ])("%p → %s", (valeur, code) => {
    expect(reconnaitreCategorie(valeur)?.code).toBe(code);
  });
});

describe("devinerCategorie (nom, dernier recours)", () => {
  it.each<[string, string | undefined]>([
    ["EHPAD LE MAS DES MIMOSAS", "500"],
    ["CTRE ACC. FAM. SPÉC.", undefined],
    ["MAS LES PINS", undefined],
    ["FAM LE MAS LEOCADIA", undefined],
    ["MAS ADEP", undefined],
    ["IME LOU MAS MAILLON", "183"],
    ["SESSAD de l'IME Les Chênes", "182"],
    ["ESAT LE MAS DE ROMAN", "246"],
    ["Maison d'accueil spécialisée Les Pins", "255"],
    ["Foyer d'accueil médicalisé du Lac", "437"],
    ["FOYER DE VIE LE MAS PARACOL", "382"],
    ["FOYER HEBERGEMENT ENFANTS ET ADOLESCENTS", "396"],
    ["MAS pour adultes polyhandicapés", undefined],
    ["Les Grands Chênes", undefined],
  ])("%s → %s", (nom, code) => {
    expect(devinerCategorie(nom)?.code).toBe(code);
  });

  it.each<[CellValue, string, string]>([
    ["MAS", "IME Les Chênes", "255"],
    [437, "ESAT du Lac", "437"],
    ["Catégorie inconnue", "ITEP du Lac", "186"],
    ["", "EHPAD Le Mas", "500"],
  ])("catégorie %p et nom « %s » → %s (le nom ne l'emporte jamais)", (cat, nom, code) => {
    expect(categorieDeclareeOuDevinee(cat, nom)?.code).toBe(code);
  });
});
