import {
  MESSAGES_RECONNAISSANCE,
  rendreReconnaissance,
} from "../../../src/domain/classeur/reconnaissance/messages";
import {
  FORMES_ESSAYEES,
  AVERTISSEMENTS_REPERAGE,
  rendreRepere,
} from "../../../src/domain/classeur/reperage/messages-reperage";
import {
  listeDesViolations,
  MESSAGES_GARDE,
  RAISONS_NOM_FEUILLE,
  rendreGarde,
  rendreRaisonNom,
} from "../../../src/domain/plan/messages-garde";
import { MESSAGES_INDICATEURS } from "../../../src/domain/indicateurs/messages";
import { PHRASES_ZONE } from "../../../src/domain/saisie/marche";
import { verifierCatalogues } from "./catalogue-bien-forme";

/**
 * Catalogues de messages du domaine (ADR 0015) : chaque code est bien formé, chaque gabarit rendu
 * ne garde aucun `{{`, et les paramètres sont exigés par le compilateur (`tsc` sur test/).
 */

verifierCatalogues([
  ["reconnaissance", MESSAGES_RECONNAISSANCE],
  ["garde (violations)", MESSAGES_GARDE],
  ["garde (noms de feuilles)", RAISONS_NOM_FEUILLE],
  ["repérage (avertissements)", AVERTISSEMENTS_REPERAGE],
  ["indicateurs (au calcul)", MESSAGES_INDICATEURS],
  ["zones de saisie (phrases)", PHRASES_ZONE],
]);

describe("rendu de la reconnaissance", () => {
  it("met la raison d'un type en phrase, paramètres typés", () => {
    expect(
      rendreReconnaissance({
        code: "raison/nom-et-contenu",
        params: { nom: "2-D", motif: "2 d", trouves: "numerateur, denominateur" },
      }),
    ).toBe("nom « 2-D » (motif « 2 d ») et contenu (numerateur, denominateur)");
    expect(
      rendreReconnaissance({
        code: "raison/contenu-contre-nom",
        params: { trouves: "creton", evoque: "Annexe 1" },
      }),
    ).toBe("contenu (creton) ; le nom évoquait Annexe 1");
    // @ts-expect-error -- « motif » manque
    expect(() => rendreReconnaissance({ code: "raison/nom", params: { nom: "x" } })).toThrow();
    // @ts-expect-error -- code inconnu
    rendreReconnaissance({ code: "raison/autre", params: {} });
  });

  it("reste sérialisable (postMessage, JSON)", () => {
    const m = { code: "raison/rang", params: { evoque: "Axe 1-2" } } as const;
    expect(rendreReconnaissance(JSON.parse(JSON.stringify(m)) as typeof m)).toBe(
      "seul le rang de l'onglet évoque Axe 1-2",
    );
  });
});

describe("rendu de la garde", () => {
  it("met une violation en phrase, paramètres typés", () => {
    expect(
      rendreGarde({
        code: "cellule/valeur-sur-pleine",
        params: { feuille: "'Axe 2'", cellule: "B4" },
      }),
    ).toBe("La cellule 'Axe 2'!B4 n'est pas vide : elle ne sera pas écrasée.");
    const incomplet = { code: "cellule/valeur-sur-pleine", params: { feuille: "F" } } as const;
    // @ts-expect-error -- « cellule » manque
    expect(() => rendreGarde(incomplet)).toThrow();
  });

  it("la violation d'un nom refusé reprend la raison du nom, sous le même code", () => {
    const r = { code: "nom/trop-long", params: { nom: "x", max: 31 } } as const;
    expect(rendreGarde(r)).toBe(`Feuille à ajouter : ${rendreRaisonNom(r)}.`);
    for (const code of Object.keys(RAISONS_NOM_FEUILLE))
      expect(MESSAGES_GARDE).toHaveProperty([code]);
  });

  it("cite 5 violations au plus et compte les autres", () => {
    const sept = ["a", "b", "c", "d", "e", "f", "g"];
    expect(listeDesViolations(sept).split("\n")).toEqual([
      "- a",
      "- b",
      "- c",
      "- d",
      "- e",
      "- … et 2 autre(s).",
    ]);
    expect(listeDesViolations(["a"])).toBe("- a");
  });
});

describe("rendu des avertissements du repérage", () => {
  it("met un avertissement en phrase, paramètres typés", () => {
    expect(
      rendreRepere({
        code: "financier-2e/tableau-absent",
        params: { tableau: "E3", canonique: "indicateurs financiers" },
      }),
    ).toBe(
      "2-E : tableau E3 (« indicateurs financiers ») non trouvé : aucun titre de tableau reconnu.",
    );
    expect(
      rendreRepere({ code: "complementaires-2d/sans-intitule-situe", params: { cellule: "B4" } }),
    ).toBe("2-D : un bloc (B4) n'a pas d'intitulé lisible ; son taux est calculé sans seuil.");
    expect(rendreRepere({ code: "complementaires-2d/sans-indicateur", params: {} })).toContain(
      `(formes essayées : ${FORMES_ESSAYEES}).`,
    );
    const incomplet = { code: "accueil/sans-envoi", params: { onglet: "Accueil" } } as const;
    // @ts-expect-error -- « saisies » manque
    expect(() => rendreRepere(incomplet)).toThrow();
  });
});
