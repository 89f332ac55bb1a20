import fc from "fast-check";
import { ecrireClasseurAleatoire } from "../../scripts/fidelite/aleatoire/ecrire";
import { miseEnPage } from "../../scripts/fidelite/aleatoire/parametres";
import { mesurerSaisies } from "../../scripts/fidelite/mesure-saisies";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";

/**
 * Propriété : sur toute mise en page tirée au sort (couleurs, thème Office, légende, tableaux
 * transposés, décalés, en-têtes sur deux niveaux, lignes réservées, colonnes masquées, bandeaux,
 * thématiques et encarts), les cellules de saisie trouvées sont exactement celles de la vérité
 * terrain. `npm run fidelite` en mesure 200 de plus, avec une autre graine.
 */

jest.setTimeout(120_000);

describe("cellules de saisie sur des mises en page aléatoires", () => {
  it("trouve exactement les saisies écrites, ni plus ni moins", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPage, async (m) => {
        const c = await ecrireClasseurAleatoire(m);
        const r = mesurerSaisies(await lireClasseurXlsx(c.buffer), c.verite);
        for (const f of r.feuilles) {
          expect({ feuille: f.nom, manquees: f.manquees, enTrop: f.enTrop }).toEqual({
            feuille: f.nom,
            manquees: [],
            enTrop: [],
          });
          expect(f.trouvees).toBe(f.attendues);
        }
      }),
      { numRuns: 40, seed: 1203 },
    );
  });

  it("la vérité terrain n'est pas vide : le générateur écrit bien des saisies, des gris et des en-têtes", async () => {
    const [m] = fc.sample(miseEnPage, { numRuns: 1, seed: 5 });
    const c = await ecrireClasseurAleatoire(m!);
    expect(c.verite.reduce((s, f) => s + f.saisies.length, 0)).toBeGreaterThan(10);
  });
});
