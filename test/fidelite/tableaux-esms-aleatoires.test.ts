import fc from "fast-check";
import { ongletEsms } from "../../scripts/fidelite/aleatoire/esms/parametres";
import { ecartsEsms } from "../../scripts/fidelite/aleatoire/esms/verifier";

/**
 * Propriété : sur tout onglet de tableaux d'ESMS tiré au sort (ESMS en lignes ou en colonnes,
 * décalé, en-têtes sur deux niveaux, format long, sous-titres de groupes, lignes réservées, total
 * tapé ou par formule, colonne d'aide masquée, tableaux empilés), le repérage rend chaque valeur du
 * modèle à sa cellule, rattachée au bon ESMS (FINESS) et au bon mode, et aucun ESMS de plus.
 */

jest.setTimeout(120_000);

describe("tableaux d'ESMS sur des mises en page aléatoires", () => {
  it("rend (ESMS, mode, mesure) → cellule de la vérité terrain", async () => {
    await fc.assert(
      fc.asyncProperty(ongletEsms, async (o) => {
        expect(await ecartsEsms(o)).toEqual([]);
      }),
      { numRuns: 60, seed: 1313 },
    );
  });
});
