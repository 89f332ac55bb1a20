import { comptesGravites } from "../../src/cli/sortie-texte";
import { MESSAGES_ANALYSER, rendreAnalyser } from "../../src/cli/messages-analyser";
import { erreurArguments, MESSAGES_ARGUMENTS } from "../../src/cli/messages-arguments";
import { MESSAGES_LOT, rendreLot } from "../../src/cli/lot/messages-lot";
import { MESSAGES_RELECTURE, rendreRelecture } from "../../src/cli/relecture/messages-relecture";
import { verifierCatalogues } from "../domain/erreurs/catalogue-bien-forme";

/**
 * Catalogues de la ligne de commande (ADR 0015) : chaque code est bien formé, chaque gabarit rendu
 * ne garde aucun `{{`, et les paramètres sont exigés par le compilateur (`tsc` sur test/).
 */

verifierCatalogues([
  ["arguments", MESSAGES_ARGUMENTS],
  ["analyser (sortie texte)", MESSAGES_ANALYSER],
  ["lot (fil tombé)", MESSAGES_LOT],
  ["relire et preparer", MESSAGES_RELECTURE],
]);

describe("rendus de la ligne de commande", () => {
  it("une erreur d'arguments garde son code, ses paramètres et son message rendu", () => {
    expect(
      erreurArguments({ code: "option/inconnue", params: { commande: "relire", option: "--x" } }),
    ).toEqual({
      kind: "erreur",
      code: "option/inconnue",
      params: { commande: "relire", option: "--x" },
      message: "Option inconnue pour relire : --x",
    });
    // @ts-expect-error -- « option » manque
    expect(() => erreurArguments({ code: "option/inconnue", params: { commande: "x" } })).toThrow();
  });

  it("accorde les comptes (pluriel au-delà de 1, nombres écrits à la française)", () => {
    expect(comptesGravites({ erreurs: 0, alertes: 1, infos: 1234 })).toBe(
      "0 erreur, 1 alerte, 1\u202f234 infos",
    );
    expect(comptesGravites({ erreurs: 2, alertes: 0, infos: 0 }, "alerte")).toBe(
      "2 erreurs, 0 alerte (--gravite alerte)",
    );
    expect(
      rendreAnalyser({
        code: "bilan/lot-illisibles",
        params: { fichiers: "3", n: 3, illisibles: "1", i: 1, comptes: "…" },
      }),
    ).toBe("Bilan : 3 fichiers, dont 1 illisible ; ….\n");
  });

  it("met en phrase les précisions du lot et les refus de sortie", () => {
    expect(rendreLot({ code: "echec/memoire", params: { memoire: 1024 } })).toBe("limite 1024 Mo");
    expect(
      rendreRelecture({
        code: "sortie/dossier",
        params: { sortie: "x/bilan.html", option: "--rapport" },
      }),
    ).toBe(
      "Le dossier de « x/bilan.html » n'existe pas : créez-le, ou indiquez un autre chemin avec --rapport.",
    );
  });
});
