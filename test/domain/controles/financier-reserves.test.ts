import { CONTROLES } from "../../../src/domain/controles";
import { financier, repere, type Valeur } from "./fabrique";
import { testerControle } from "./testeur";

/**
 * Réserve de compensation (E2) rapportée à la base budgétaire (E1), et sommes de 2-E lues sur des
 * mises en page variées : plusieurs lignes de total (calculé, déclaré), lignes « dont ».
 */

const controle = (id: string) => CONTROLES.find((c) => c.meta.id === id)!;
const nb = (s: string) => s.replace(/ (?=\d)/g, "\u202f").replace(/ (?=[%€])/g, "\u00a0");

const reserves = (compensation: Record<string, Valeur>, base: Record<string, Valeur>) =>
  repere({
    financier2e: financier(["2022", "2023"], {
      "e1-resultats": { lignes: { ars: { "2023": 10 }, "base-budgetaire": base } },
      "e2-reserves": {
        colonnes: ["ars", "cd", "total"],
        lignes: { "reserve-compensation-deficits": compensation },
      },
    }),
  });

describe("financier/reserve-compensation", () => {
  testerControle(controle("financier/reserve-compensation"), {
    valides: [
      {
        nom: "réserve sous 5 % de la base",
        repere: reserves({ ars: 30_000, cd: 10_000, total: 40_000 }, { "2023": 1_000_000 }),
      },
      {
        nom: "base budgétaire absente : rien n'est calculé",
        repere: reserves({ total: 900_000 }, {}),
      },
      {
        nom: "base budgétaire nulle",
        repere: reserves({ total: 900_000 }, { "2023": 0 }),
      },
    ],
    invalides: [
      {
        nom: "colonne Total : 6 % de la base N-1",
        repere: reserves(
          { ars: 40_000, cd: 20_000, total: 60_000 },
          {
            "2022": 2_000_000,
            "2023": 1_000_000,
          },
        ),
        constats: [
          {
            messageId: "reserve",
            data: { valeur: nb("6,0 %"), reserve: nb("60 000 €"), base: nb("1 000 000 €") },
          },
        ],
      },
      {
        nom: "sans colonne Total : somme des autorités, exactement 5 %",
        repere: reserves({ ars: 30_000, cd: 20_000 }, { "2023": 1_000_000 }),
        constats: [
          {
            messageId: "reserve",
            data: { valeur: nb("5,0 %"), reserve: nb("50 000 €"), base: nb("1 000 000 €") },
          },
        ],
      },
      {
        nom: "N-1 vide : base du dernier exercice renseigné",
        repere: reserves({ total: 70_000 }, { "2022": 1_000_000, "2023": null }),
        constats: [
          {
            messageId: "reserve",
            data: { valeur: nb("7,0 %"), reserve: nb("70 000 €"), base: nb("1 000 000 €") },
          },
        ],
      },
    ],
  });
});

const effectifs = (lignes: Record<string, Record<string, Valeur>>) =>
  repere({
    financier2e: financier([], { "e5-effectifs": { colonnes: ["ime", "esat", "total"], lignes } }),
  });

describe("financier/effectifs-somme : toutes les lignes de total", () => {
  testerControle(controle("financier/effectifs-somme"), {
    valides: [
      {
        nom: "total calculé et total déclaré justes",
        repere: effectifs({
          educatif: { ime: 3, esat: 2, total: 5 },
          medical: { ime: 1, esat: 0.5, total: 1.5 },
          total: { ime: 4, esat: 2.5, total: 6.5 },
          "total-declare": { ime: 4, esat: 2.5 },
        }),
      },
    ],
    invalides: [
      {
        nom: "total déclaré (seconde ligne de total) faux",
        repere: effectifs({
          educatif: { ime: 3, esat: 2, total: 5 },
          total: { ime: 3, esat: 2, total: 5 },
          "total-declare": { ime: 3, esat: 2.4 },
        }),
        constats: [{ messageId: "somme", data: { total: "2,4", somme: "2" } }],
      },
    ],
  });
});

const reservesDont = (total: number) =>
  repere({
    financier2e: financier([], {
      "e2-reserves": {
        colonnes: ["ars"],
        lignes: {
          "provisions-risques": { ars: 100 },
          "dont provisions retraite": { ars: 40 },
          total: { ars: total },
        },
      },
    }),
  });

describe("financier/reserves-somme : lignes « dont »", () => {
  testerControle(controle("financier/reserves-somme"), {
    valides: [
      { nom: "total hors « dont »", repere: reservesDont(100) },
      { nom: "total « dont » compris", repere: reservesDont(140) },
    ],
    invalides: [
      {
        nom: "total faux dans les deux lectures",
        repere: reservesDont(120),
        constats: [{ messageId: "somme", data: { total: nb("120 €"), somme: nb("100 €") } }],
      },
    ],
  });
});
