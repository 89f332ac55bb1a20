import fc from "fast-check";
import { miseEnPageAnnexe1 } from "../../scripts/fidelite/aleatoire/annexe1/parametres";
import { ecartsAnnexe1 } from "../../scripts/fidelite/aleatoire/annexe1/verifier";

/**
 * Propriété : sur toute Annexe 1 tirée au sort (6 à 10 colonnes dans un ordre quelconque, libellés
 * synonymes, enfance puis adultes, adultes puis enfance, ou un seul tableau à colonne « Secteur »,
 * décalage, total, ligne réservée), chaque ESMS est retrouvé dans son secteur, chaque colonne à sa
 * cellule, sans ESMS de plus ni fausse « erreur ».
 */

jest.setTimeout(120_000);

describe("Annexe 1 sur des mises en page aléatoires", () => {
  it("rend chaque ESMS, son secteur et ses colonnes aux cellules écrites", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPageAnnexe1, async (m) => {
        expect(await ecartsAnnexe1(m)).toEqual([]);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });
});
