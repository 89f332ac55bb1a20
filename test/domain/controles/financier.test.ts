import { CONTROLES_FINANCIER_SEUILS } from "../../../src/domain/controles/financier-seuils";
import { CONTROLES_FINANCIER_SOMMES } from "../../../src/domain/controles/financier-sommes";
import { CONTROLES_FINANCIER_RETRAITES } from "../../../src/domain/controles/financier-retraites";
import type { Parametre } from "../../../src/domain/controles/types";
import { financier, repere, type Valeur } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = [
    ...CONTROLES_FINANCIER_SEUILS,
    ...CONTROLES_FINANCIER_SOMMES,
    ...CONTROLES_FINANCIER_RETRAITES,
  ].find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const nb = (s: string) => s.replace(/ (?=\d)/g, "\u202f").replace(/ (?=[%€])/g, "\u00a0");
const contient = (d: Record<string, Parametre>) =>
  expect.objectContaining(
    Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === "string" ? nb(v) : v])),
  ) as never;

/** Un exercice sain : ratios dans les repères (durée de dette 4,4 ans, CAF 4,2 %…). */
const SAIN: Record<string, number> = {
  B1: 4_100_000,
  B2: 1_000_000,
  B3: 3_730_000,
  B4: 7_500_000,
  B5: 4_800_000,
  B6: 3_120_000,
  B7: 780_000,
  B8: 610_000,
  B9: 1_520_000,
  B10: 20_000,
  B11: 900_000,
  B12: 1_100_000,
  B13: 2_030_000,
  B14: 0,
  C1: 5_400_000,
  C2: 210_000,
  C3: 3_000,
  P1: 5_485_000,
  P2: 40_000,
  P3: 5_000,
  P4: 25_000,
  P5: 2_000,
  P6: 0,
  R1: 85_000,
  R2: 190_000,
};
const e3 = (modifs: Record<string, number> = {}) => {
  const lignes: Record<string, Record<string, Valeur>> = {};
  for (const [code, v] of Object.entries({ ...SAIN, ...modifs })) lignes[code] = { "2023": v };
  return repere({ financier2e: financier(["2023"], { "e3-financier": { lignes } }) });
};

describe("famille financier : seuils", () => {
  const cas: [string, Record<string, number>, Record<string, Parametre>][] = [
    ["financier/frng-negatif", { B4: 10_000_000 }, { exercice: "2023", valeur: "-670 000 €" }],
    ["financier/tresorerie-faible", { B11: 2_800_000 }, { exercice: "2023", jours: "9" }],
    ["financier/tresorerie-negative", { B11: 4_000_000 }, { valeur: "-1 070 000 €" }],
    ["financier/taux-caf-faible", { R1: -100_000 }, { valeur: "0,8 %" }],
    ["financier/caf-negative", { R1: -300_000 }, { valeur: "-159 000 €" }],
    ["financier/duree-dette", { B2: 3_000_000 }, { annees: "13,3" }],
    ["financier/independance-financiere", { B2: 2_500_000 }, { valeur: "61,0 %" }],
    ["financier/endettement", { B2: 3_000_000 }, { valeur: "53,4 %" }],
    ["financier/encours-produits", { B2: 2_000_000 }, { valeur: "36,5 %" }],
    ["financier/vetuste", { B6: 4_200_000 }, { type: "des constructions", valeur: "87,5 %" }],
    [
      "financier/vetuste-impossible",
      { B8: 800_000 },
      { type: "des équipements", valeur: "102,6 %" },
    ],
    ["financier/deficit-eleve", { R1: -200_000 }, { part: "3,6 %" }],
    ["financier/dette-sans-caf", { R1: -300_000 }, { dette: "1 000 000 €" }],
  ];
  for (const [id, modifs, data] of cas) {
    testerControle(controle(id), {
      valides: [
        { nom: "exercice sain", repere: e3() },
        { nom: "2-E absent", repere: repere() },
      ],
      invalides: [
        {
          nom: Object.entries(modifs)
            .map(([k, v]) => `${k} = ${v}`)
            .join(", "),
          repere: e3(modifs),
          constats: [
            {
              messageId: id === "financier/dette-sans-caf" ? "sans-caf" : "seuil",
              data: contient(data),
            },
          ],
        },
      ],
    });
  }
});

const E1 = (total2023: number, cumulArs = 60) =>
  repere({
    financier2e: financier(["2021", "2022", "2023"], {
      "e1-resultats": {
        colonnes: ["2021", "2022", "2023", "cumul 3 ans"],
        lignes: {
          ars: { "2021": 10, "2022": 20, "2023": 30, "cumul 3 ans": cumulArs },
          cd: { "2021": 5, "2022": 5, "2023": 5, "cumul 3 ans": 15 },
          total: { "2021": 15, "2022": 25, "2023": total2023, "cumul 3 ans": 40 + total2023 },
        },
      },
    }),
  });
const E2 = (totalArs: number) =>
  repere({
    financier2e: financier([], {
      "e2-reserves": {
        colonnes: ["ars", "cd", "total"],
        lignes: {
          investissement: { ars: 100, cd: 50, total: 150 },
          compensation: { ars: 10, cd: 0, total: 10 },
          total: { ars: totalArs, cd: 50, total: 160 },
        },
      },
    }),
  });
const E45 = (departs: number, provision: number, effectif = 4.5) =>
  repere({
    financier2e: financier([], {
      "e4-retraites": {
        colonnes: ["n", "n 1", "total", "provision constituee"],
        lignes: {
          educatif: { n: departs, "n 1": 0, total: departs, "provision constituee": provision },
        },
      },
      "e5-effectifs": {
        colonnes: ["ime", "siege", "total"],
        lignes: {
          educatif: { ime: effectif - 0.5, siege: 0.5, total: effectif },
          total: { ime: effectif - 0.5, siege: 0.5, total: effectif },
        },
      },
    }),
  });

describe("famille financier : sommes", () => {
  testerControle(controle("financier/resultats-somme"), {
    valides: [{ nom: "total juste", repere: E1(35) }],
    invalides: [
      {
        nom: "total 2023 faux",
        repere: E1(40),
        constats: [
          { messageId: "somme", data: { exercice: "2023", somme: nb("35 €"), total: nb("40 €") } },
        ],
      },
    ],
  });
  testerControle(controle("financier/cumul-incoherent"), {
    valides: [{ nom: "cumuls justes", repere: E1(35) }],
    invalides: [
      {
        nom: "cumul ARS faux",
        repere: E1(35, 70),
        constats: [
          { messageId: "cumul", data: { ligne: "« ars »", cumul: nb("70 €"), somme: nb("60 €") } },
        ],
      },
    ],
  });
  testerControle(controle("financier/reserves-somme"), {
    valides: [{ nom: "totaux justes", repere: E2(110) }],
    invalides: [
      {
        nom: "total de colonne faux",
        repere: E2(120),
        constats: [{ messageId: "somme", data: { total: nb("120 €"), somme: nb("110 €") } }],
      },
    ],
  });
  testerControle(controle("financier/effectifs-somme"), {
    valides: [{ nom: "ETP justes", repere: E45(1, 1000) }],
    invalides: [
      {
        nom: "total de ligne faux",
        repere: repere({
          financier2e: financier([], {
            "e5-effectifs": {
              colonnes: ["ime", "total"],
              lignes: { educatif: { ime: 3.25, total: 3.5 } },
            },
          }),
        }),
        constats: [{ messageId: "somme", data: { total: "3,5", somme: "3,25" } }],
      },
    ],
  });
  testerControle(controle("financier/resultat-incoherent"), {
    valides: [{ nom: "R1 = P1 − C1", repere: e3() }],
    invalides: [
      {
        nom: "résultat saisi différent",
        repere: e3({ R1: 90_000 }),
        constats: [
          {
            messageId: "resultat",
            data: { exercice: "2023", calcul: nb("85 000 €"), saisi: nb("90 000 €") },
          },
        ],
      },
    ],
  });
  testerControle(controle("financier/tresorerie-incoherente"), {
    valides: [{ nom: "bilan cohérent", repere: e3() }],
    invalides: [
      {
        nom: "disponibilités mal classées",
        repere: e3({ B13: 1_500_000 }),
        constats: [
          {
            messageId: "tresorerie",
            data: { exercice: "2023", calcul: nb("2 030 000 €"), bilan: nb("1 500 000 €") },
          },
        ],
      },
    ],
  });
  testerControle(controle("financier/retraites-superieures"), {
    valides: [{ nom: "1 départ pour 4,5 ETP", repere: E45(1, 1000) }],
    invalides: [
      {
        nom: "6 départs pour 4,5 ETP",
        repere: E45(6, 1000),
        constats: [
          { messageId: "departs", data: { n: 6, effectif: "4,5", categorie: "educatif" } },
        ],
      },
    ],
  });
  testerControle(controle("financier/retraites-sans-provision"), {
    valides: [
      { nom: "provision constituée", repere: E45(1, 1000) },
      { nom: "aucun départ", repere: E45(0, 0) },
    ],
    invalides: [
      {
        nom: "provision nulle",
        repere: E45(2, 0),
        constats: [{ messageId: "provision", data: { n: 2 } }],
      },
    ],
  });
  testerControle(controle("financier/exercices"), {
    valides: [{ nom: "2021 à 2023", repere: E1(35) }],
    invalides: [
      {
        nom: "année sautée",
        repere: repere({ financier2e: financier(["2020", "2022", "2023"], {}) }),
        constats: [{ messageId: "exercices", data: { annees: "2020, 2022, 2023" } }],
      },
    ],
  });
});

describe("financier/frais-siege-depasse", () => {
  const E6 = (quotePart: Valeur, tauxAutorise: Valeur) =>
    repere({
      financier2e: financier(["2023"], {
        "e6-frais-siege": {
          colonnes: ["2023"],
          lignes: {
            "quote-part": { "2023": quotePart },
            base: { "2023": 1_000_000 },
            "taux-autorise": { "2023": tauxAutorise },
          },
        },
      }),
    });
  testerControle(controle("financier/frais-siege-depasse"), {
    valides: [
      { nom: "taux réel égal au taux autorisé", repere: E6(26_500, 0.0265) },
      { nom: "dépassement sous 0,005 point (arrondi)", repere: E6(26_503, 0.0265) },
      { nom: "taux autorisé saisi en points (2,65)", repere: E6(26_000, 2.65) },
      { nom: "taux autorisé absent", repere: E6(40_000, null) },
      { nom: "2-E absent", repere: repere() },
    ],
    invalides: [
      {
        nom: "3,0 % pour 2,65 % autorisés",
        repere: E6(30_000, 0.0265),
        constats: [
          {
            messageId: "seuil",
            data: contient({ exercice: "2023", valeur: "3,00\u00a0%", autorise: "2,65\u00a0%" }),
          },
        ],
      },
      {
        nom: "taux autorisé saisi en points",
        repere: E6(30_000, 2.65),
        constats: [{ messageId: "seuil", data: contient({ exercice: "2023" }) }],
      },
    ],
  });
});
