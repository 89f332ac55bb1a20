import fc from "fast-check";
import { ecrire2F } from "../../scripts/fidelite/aleatoire/2f/ecrire";
import { miseEnPage2F } from "../../scripts/fidelite/aleatoire/2f/parametres";
import { adresseA1 } from "../../src/domain/classeur/adresse";
import type { Champ, Creton2F } from "../../src/domain/classeur/modele";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../src/use-cases/analyser";

/**
 * Propriété : sur toute Annexe 2-F tirée au sort (grille ou format long, transposée, décalée,
 * orientations en désordre et libellés variés, identités fusionnées ou répétées, totaux de ligne,
 * d'établissement, par mode et général, par formule ou tapés), le repérage rend chaque cellule du
 * modèle à l'adresse écrite avec son établissement, son mode et son orientation ; le total faussé
 * est signalé, et rien d'autre n'est une « erreur » sur l'onglet.
 */

jest.setTimeout(120_000);

const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : "");

function champs(z: Creton2F): Set<string> {
  const out = new Set<string>();
  const lignes = [z.total, ...Object.values(z.totauxModes ?? {}), ...z.lignes];
  for (const l of lignes) {
    if (!l) continue;
    for (const c of [l.total, l.finess, l.nom, ...Object.values(l.totauxModes ?? {})])
      if (c) out.add(a1(c));
    for (const v of [...l.valeurs, ...(l.totauxOrientations ?? [])]) out.add(a1(v.champ));
  }
  return out;
}

describe("2-F sur des mises en page aléatoires", () => {
  it("rend les valeurs du modèle aux cellules de la vérité terrain ; seul le total faussé est une erreur", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPage2F, async (m) => {
        const { buffer, verite } = await ecrire2F(m);
        const a = analyserInstantane(await lireClasseurXlsx(buffer));
        const z = a.repere.creton2f;
        expect(z).toBeDefined();
        if (!z) return;
        const lues = z.lignes.flatMap((l) =>
          l.valeurs.map((v) => ({
            adresse: a1(v.champ),
            finess: String(l.finess?.cellule.value ?? ""),
            mode: v.mode,
            orientation: v.orientation,
          })),
        );
        expect(lues).toEqual(expect.arrayContaining(verite.valeurs));
        expect(lues).toHaveLength(verite.valeurs.length);
        const designees = champs(z);
        const manquees = [...verite.totaux, ...verite.identites.map((i) => i.adresse)].filter(
          (x) => !designees.has(x),
        );
        expect(manquees).toEqual([]);
        const erreurs = a.constats
          .filter((c) => c.gravite === "erreur")
          .filter((c) => c.locations.some((l) => l.sheetName === verite.feuille))
          .map((c) => `${c.controle} ${c.locations.map((l) => adresseA1(l.row, l.col))[0]}`);
        expect(erreurs).toEqual(verite.erreur ? [`creton/total-incoherent ${verite.erreur}`] : []);
      }),
      { numRuns: 60, seed: 2026 },
    );
  });
});
