import fc from "fast-check";
import { ecrireClasseur2D } from "../../scripts/fidelite/aleatoire/2d/ecrire";
import { mesurer2D } from "../../scripts/fidelite/aleatoire/2d/mesure";
import { miseEnPage2D, type MiseEnPage2D } from "../../scripts/fidelite/aleatoire/2d/parametres";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";

/**
 * Propriété : sur toute mise en page 2-D tirée au sort (bloc par indicateur en lignes ou en
 * colonnes, bloc par ESMS, matrice ; taux `SI(OU(…))`, `SIERREUR`, `n/d` nu ; rapports > 1 ;
 * tableau secteur / organisme ; décalages ; en-têtes sur deux niveaux), le lecteur rend les valeurs
 * du modèle aux cellules de la vérité terrain, calcule chaque taux avec la valeur du classeur,
 * trouve l'incohérence semée et ne porte aucune fausse « erreur ».
 */

jest.setTimeout(120_000);

const base: MiseEnPage2D = {
  graine: 7,
  forme: "bloc-lignes",
  style: "si",
  deuxNiveaux: false,
  decalage: { lignes: 0, colonnes: 0 },
  nbEsms: 3,
  indicateurs: [0, 1, 2],
  agreges: true,
  erreur: "numerateur-superieur",
  vides: 0,
};

async function verifier(m: MiseEnPage2D): Promise<void> {
  const c = await ecrireClasseur2D(m);
  const r = mesurer2D(await lireClasseurXlsx(c.buffer), c.verite);
  expect({ manquees: r.manquees, tauxFaux: r.tauxFaux }).toEqual({ manquees: [], tauxFaux: [] });
  expect({ semees: r.semeesManquees, fausses: r.faussesErreurs }).toEqual({
    semees: [],
    fausses: [],
  });
  expect(r.attendues).toBeGreaterThan(0);
}

describe("2-D sur des mises en page aléatoires", () => {
  it.each([
    ["bloc par indicateur, ESMS en lignes", base],
    ["bloc par indicateur, ESMS en colonnes (modèle)", { ...base, forme: "bloc-colonnes" as const }],
    ["ESMS en colonnes, noms une seule fois en tête", { ...base, forme: "bloc-colonnes" as const, deuxNiveaux: true }],
    ["bloc par ESMS", { ...base, forme: "bloc-esms" as const, style: "sierreur" as const }],
    ["matrice indicateurs × ESMS", { ...base, forme: "matrice" as const, style: "nu" as const }],
    ["intitulé fusionné au-dessus des en-têtes, dénominateur nul", { ...base, deuxNiveaux: true, erreur: "denominateur-nul" as const }],
  ])("%s", async (_, m) => verifier(m)); // prettier-ignore

  it("propriété : toute mise en page tirée", async () => {
    await fc.assert(fc.asyncProperty(miseEnPage2D, verifier), { numRuns: 40, seed: 2026 });
  });
});
