import fc from "fast-check";
import { miseEnPageAxe } from "../../scripts/fidelite/aleatoire/axes/parametres";
import { ecartsAxe } from "../../scripts/fidelite/aleatoire/axes/verifier";

/**
 * Propriété : sur tout onglet d'axe tiré au sort (codes masqués, liste dans une fusion, source en
 * ligne en minuscules, par plage ou par nom défini, cases « ☐ item » liées, encarts à gauche,
 * côte à côte ou une fois en bas, libellés numérotés ou sans ligature, indicateur mobilisable),
 * chaque thématique rend ses listes (typées « liste »), ses autres réponses, ses groupes de cases
 * (une question « case » par groupe), ses encarts et ses indicateurs mobilisables aux cellules
 * écrites ; aucune « erreur » sur l'onglet.
 */

jest.setTimeout(120_000);

describe("axes sur des mises en page aléatoires", () => {
  it("rend listes, réponses, cases, encarts et indicateurs mobilisables de chaque thématique", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPageAxe, async (m) => {
        expect(await ecartsAxe(m)).toEqual([]);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });
});
