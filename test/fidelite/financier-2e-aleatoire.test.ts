import fc from "fast-check";
import { ecrireOnglet2E, miseEnPage2E } from "../../scripts/fidelite/aleatoire/2e/ecrire-2e";
import { mesurer2E } from "../../scripts/fidelite/aleatoire/2e/mesure-2e";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";

/**
 * Propriété (variantes-structure.md §5) : sur tout onglet 2-E tiré au sort — tableaux dans
 * n'importe quel ordre, libellés dans n'importe quelle colonne, colonne de codes ou non, exercices
 * en colonnes ou en lignes, années en texte ou en nombre, données brutes seules ou avec ratios par
 * formule, total tapé ou calculé, total déclaré —, le lecteur trouve les six tableaux, rend chaque
 * valeur du modèle à sa cellule, calcule les indicateurs à la valeur du modèle, trouve les
 * incohérences semées et ne lève aucune autre « erreur ».
 */

jest.setTimeout(120_000);

describe("2-E sur des mises en page aléatoires", () => {
  it("le lecteur retrouve le modèle", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPage2E, async (m) => {
        const { buffer, verite } = await ecrireOnglet2E(m);
        expect(mesurer2E(await lireClasseurXlsx(buffer), verite)).toEqual({
          tableaux: [],
          valeurs: [],
          indicateurs: [],
          semees: [],
          faussesErreurs: [],
        });
      }),
      { numRuns: 25, seed: 1203 },
    );
  });

  it("la vérité terrain n'est pas vide : six tableaux, des valeurs, des semées quand on sème", async () => {
    const [m] = fc.sample(miseEnPage2E, { numRuns: 1, seed: 5 });
    const options = { ...m!.options, semer: true, totalTape: true, totalDeclare: true };
    const { verite } = await ecrireOnglet2E({ ...m!, options });
    expect(new Set(verite.valeurs.map((v) => v.tableau)).size).toBe(6);
    expect(verite.valeurs.length).toBeGreaterThan(150);
    expect(verite.semees.map((s) => s.controle).sort()).toEqual([
      "financier/effectifs-somme",
      "financier/resultats-somme",
      "financier/vetuste-impossible",
    ]);
    expect(Object.keys(verite.attendus).length).toBeGreaterThan(20);
  });
});
