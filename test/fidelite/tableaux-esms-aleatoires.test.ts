import fc from "fast-check";
import { adresseA1 } from "../../src/domain/classeur/adresse";
import { Feuille } from "../../src/domain/classeur/reperage/feuille";
import { repererTableauEsms } from "../../src/domain/classeur/reperage/tableau-esms";
import { typerClasseur } from "../../src/domain/classeur/typage/classeur";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { ecrireOngletEsms } from "../../scripts/fidelite/aleatoire/esms/ecrire";
import { ongletEsms } from "../../scripts/fidelite/aleatoire/esms/parametres";
import { onglet } from "../domain/saisie/fabrique";

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
        const ecrit = await ecrireOngletEsms(o);
        const snap = await lireClasseurXlsx(ecrit.buffer);
        const sheet = snap.sheets[0]!;
        const f = new Feuille(
          sheet,
          onglet(sheet, "departementaux-2g"),
          typerClasseur(snap).feuille(sheet),
        );
        const t = repererTableauEsms(f, () => undefined);
        const lues = new Set(
          t.esms.flatMap((e) =>
            Object.values(e.valeurs).map(
              (c) =>
                `${e.finess}|${e.mode ?? ""}|${c?.libelle.split(" — ").pop() ?? ""}|${adresseA1(c!.location.row, c!.location.col)}`,
            ),
          ),
        );
        const manquees = ecrit.valeurs
          .map((v) => `${v.finess}|${v.mode ?? ""}|${v.mesure}|${v.adresse}`)
          .filter((k) => !lues.has(k));
        expect(manquees).toEqual([]);
        const finess = [...new Set(t.esms.map((e) => e.finess).filter(Boolean))].sort();
        expect(finess).toEqual([...ecrit.finess].sort());
      }),
      { numRuns: 60, seed: 1313 },
    );
  });
});
