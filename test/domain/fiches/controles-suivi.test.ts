import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { CONTROLES_SUIVI } from "../../../src/domain/controles/fiches/suivi";
import { genererFichesSocle } from "../../../src/domain/fiches/generer";
import { appliquerPlan } from "../../../src/domain/plan/simulation";
import { lireSuivi } from "../../../src/domain/classeur/reperage/fiches/lire-suivi";
import type { PlanOperation, WriteValue } from "../../../src/domain/plan/types";
import { testerControle, type Cas2 } from "../controles/testeur";
import { appliquer, CONTEXTE, saisir, VIDE } from "./outils";

const socle = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));

/** Saisie dans le suivi, ligne `i` (0 = première ligne), colonnes repérées par leur titre. */
function dansLeSuivi(
  s: WorkbookSnapshot,
  i: number,
  valeurs: Record<string, WriteValue>,
): WorkbookSnapshot {
  const sheet = s.sheets.find((x) => lireSuivi(x));
  const lu = sheet && lireSuivi(sheet);
  const ligne = lu?.lignes[i];
  if (!sheet || !lu || !ligne) throw new Error("suivi introuvable");
  const operations: PlanOperation[] = Object.entries(valeurs).map(([cle, v]) => ({
    kind: "setValues",
    sheet: { sheetId: sheet.id },
    row: ligne.row,
    col: lu.colonnes.get(cle) ?? -1,
    values: [[v]],
  }));
  return appliquerPlan(s, { titre: "Saisie", operations });
}

const CAS: Record<string, Cas2> = {
  "suivi/indicateur-absent": {
    valides: [
      { nom: "suivi à jour", snapshot: socle },
      { nom: "pas de suivi", snapshot: VIDE },
    ],
    invalides: [
      {
        nom: "indicateur ajouté dans une fiche",
        snapshot: saisir(socle, "Fiche objectif 1.3", (f) => [
          [f.tableaux.indicateurs[1]?.cellules["indicateur"], "Participation aux PAG"],
        ]),
        constats: [
          { messageId: "absent", data: { indicateur: "« Participation aux PAG »", fiche: "1.3" } },
        ],
      },
    ],
  },
  "suivi/indicateur-orphelin": {
    valides: [{ nom: "toutes les sources existent", snapshot: socle }],
    invalides: [
      {
        nom: "fiche 3.1 supprimée",
        snapshot: { ...socle, sheets: socle.sheets.filter((s) => s.name !== "Fiche objectif 3.1") },
        constats: [
          { messageId: "orphelin", data: { ligne: 14 } },
          { messageId: "orphelin", data: { ligne: 15 } },
        ],
      },
    ],
  },
  "suivi/statut-incoherent": {
    valides: [
      { nom: "statuts vides", snapshot: socle },
      {
        nom: "atteint à 100 %",
        snapshot: dansLeSuivi(socle, 0, { statut: "Atteint", "taux-fin": 1 }),
      },
    ],
    invalides: [
      {
        nom: "atteint à 50 %",
        snapshot: dansLeSuivi(socle, 0, {
          statut: "Atteint",
          "taux-fin": 0.5,
          indicateur: "Creton",
        }),
        constats: [
          {
            messageId: "taux",
            data: { indicateur: "« Creton »", statut: "Atteint", taux: "50 %" },
          },
        ],
      },
      {
        nom: "non démarré avec une valeur réalisée",
        snapshot: dansLeSuivi(socle, 1, {
          statut: "Non démarré",
          r2: 4,
          indicateur: "Hors autorisation",
        }),
        constats: [
          {
            messageId: "realise",
            data: { indicateur: "« Hors autorisation »", statut: "Non démarré" },
          },
        ],
      },
    ],
  },
};

describe("contrôles du tableau de suivi", () => {
  for (const c of CONTROLES_SUIVI) {
    const cas = CAS[c.meta.id];
    it(`${c.meta.id} a des cas de test`, () => expect(cas).toBeDefined());
    if (cas) testerControle(c, cas);
  }
});
