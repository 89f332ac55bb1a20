import fc from "fast-check";
import { ecrireAxe } from "../../scripts/fidelite/aleatoire/axes/ecrire";
import { miseEnPageAxe } from "../../scripts/fidelite/aleatoire/axes/parametres";
import { adresseA1 } from "../../src/domain/classeur/adresse";
import type { Champ } from "../../src/domain/classeur/modele";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../src/use-cases/analyser";

/**
 * Propriété : sur tout onglet d'axe tiré au sort (codes masqués, liste dans une fusion, source en
 * ligne en minuscules, par plage ou par nom défini, cases « ☐ item » liées, encarts à gauche,
 * côte à côte ou une fois en bas, libellés numérotés ou sans ligature, indicateur mobilisable),
 * chaque thématique rend ses listes (typées « liste »), ses autres réponses, ses groupes de cases
 * (une question « case » par groupe), ses encarts et ses indicateurs mobilisables aux cellules
 * écrites ; aucune « erreur » sur l'onglet.
 */

jest.setTimeout(120_000);

const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : "");
const encartsDe = (e: Readonly<Partial<Record<string, Champ>>>) =>
  Object.fromEntries(Object.entries(e).map(([k, c]) => [k, a1(c)]));

describe("axes sur des mises en page aléatoires", () => {
  it("rend listes, réponses, cases, encarts et indicateurs mobilisables de chaque thématique", async () => {
    await fc.assert(
      fc.asyncProperty(miseEnPageAxe, async (m) => {
        const { buffer, verite } = await ecrireAxe(m);
        const a = analyserInstantane(await lireClasseurXlsx(buffer));
        const axe = a.repere.axes.find((x) => x.onglet.nom === verite.feuille);
        expect(axe).toBeDefined();
        if (!axe) return;
        const lues = axe.thematiques.map((t) => ({
          listes: t.questions.filter((q) => q.type === "liste").map((q) => a1(q.reponses[0])),
          autres: t.questions
            .filter((q) => q.type !== "liste" && q.type !== "case")
            .map((q) => a1(q.reponses[0])),
          cases: t.questions.filter((q) => q.type === "case").map((q) => q.reponses.map(a1)),
          encarts: encartsDe(t.encarts),
          mobilisables: (t.mobilisables ?? []).map(a1),
        }));
        expect(lues).toEqual(verite.thematiques);
        expect(encartsDe(axe.encartsOnglet)).toEqual(verite.encartsOnglet);
        const erreurs = a.constats
          .filter((c) => c.gravite === "erreur")
          .filter((c) => c.locations.some((l) => l.sheetName === verite.feuille))
          .map((c) => c.controle);
        expect(erreurs).toEqual([]);
      }),
      { numRuns: 40, seed: 2026 },
    );
  });
});
