import { interpoler, type Catalogue } from "../../../src/domain/erreurs";
import {
  MESSAGES_RECONNAISSANCE,
  rendreReconnaissance,
} from "../../../src/domain/classeur/reconnaissance/messages";

/**
 * Catalogues de messages du domaine (ADR 0015) : chaque code est bien formé, chaque gabarit rendu
 * ne garde aucun `{{`, et les paramètres sont exigés par le compilateur (`tsc` sur test/).
 */

describe.each<[string, Catalogue]>([["reconnaissance", MESSAGES_RECONNAISSANCE]])(
  "catalogue %s",
  (_zone, catalogue) => {
    it.each(Object.keys(catalogue))("« %s » : code stable, texte français bien formé", (code) => {
      expect(code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      const texte = catalogue[code] ?? "";
      expect(texte.trim()).not.toBe("");
      const params = Object.fromEntries(
        [...texte.matchAll(/\{\{([a-zA-Z0-9]+)/g)].map((m) => [m[1] ?? "", 2]),
      );
      expect(interpoler(texte, params)).not.toMatch(/\{\{|\}\}/);
    });
  },
);

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
