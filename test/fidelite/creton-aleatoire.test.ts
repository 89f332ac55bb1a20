import fc from "fast-check";
import { miseEnPage2F } from "../../scripts/fidelite/aleatoire/2f/parametres";
import { ecarts2F } from "../../scripts/fidelite/aleatoire/2f/verifier";

/**
 * Propriété : sur toute Annexe 2-F tirée au sort (grille ou format long, transposée, décalée,
 * orientations en désordre et libellés variés, identités fusionnées ou répétées, totaux de ligne,
 * d'établissement, par mode et général, par formule ou tapés), le repérage rend chaque cellule du
 * modèle à l'adresse écrite avec son établissement, son mode et son orientation ; le total faussé
 * est signalé, et rien d'autre n'est une « erreur » sur l'onglet.
 */

jest.setTimeout(120_000);

describe("2-F sur des mises en page aléatoires", () => {
  it("rend les valeurs du modèle aux cellules de la vérité terrain ; seul le total faussé est une erreur", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPage2F, async (m) => {
        expect(await ecarts2F(m)).toEqual([]);
      }),
      { numRuns: 60, seed: 2026 },
    );
  });
});
