import { CONTROLES_COMPLEMENTAIRES } from "../../../src/domain/controles/complementaires";
import { annexe1, complementaires, repere, type Valeur } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_COMPLEMENTAIRES.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const PP = "Projets personnalisés réactualisés";
/** Un indicateur, une colonne « IME A » : numérateur en C7, dénominateur en C8. */
const d = (intitule: string, num: Valeur, den: Valeur, perimetre = "IME A") =>
  repere({
    annexe1: annexe1({
      esms: [
        { nom: "IME A", capacite: 20 },
        { nom: "SESSAD B", capacite: 10 },
      ],
    }),
    complementaires2d: complementaires([{ intitule, colonnes: [{ perimetre, num, den }] }]),
  });

describe("famille complementaires", () => {
  testerControle(controle("complementaires/denominateur-nul"), {
    valides: [
      { nom: "dénominateur positif", repere: d(PP, 3, 10) },
      { nom: "deux cases vides", repere: d(PP, null, null) },
    ],
    invalides: [
      {
        nom: "3 / 0",
        repere: d(PP, 3, 0),
        constats: [
          { messageId: "nul", data: { indicateur: PP, perimetre: "IME A" }, cellules: ["C8"] },
        ],
      },
    ],
  });
  testerControle(controle("complementaires/numerateur-superieur"), {
    valides: [
      { nom: "part ≤ 100 %", repere: d(PP, 10, 10) },
      { nom: "délai d'admission (pas une part)", repere: d("Délai moyen d'admission", 400, 10) },
    ],
    invalides: [
      {
        nom: "12 / 10",
        repere: d(PP, 12, 10),
        constats: [
          {
            messageId: "superieur",
            data: { indicateur: PP, perimetre: "IME A", num: 12, den: 10 },
            cellules: ["C7", "C8"],
          },
        ],
      },
    ],
  });
  testerControle(controle("complementaires/paire-incomplete"), {
    valides: [{ nom: "paire complète", repere: d(PP, 1, 2) }],
    invalides: [
      {
        nom: "dénominateur manquant",
        repere: d(PP, 1, null),
        constats: [
          {
            messageId: "incomplete",
            data: { indicateur: PP, perimetre: "IME A", manquant: "dénominateur" },
            cellules: ["C8"],
          },
        ],
      },
    ],
  });
  const capa = (den: number, perimetre = "IME A") =>
    repere({
      annexe1: annexe1({
        esms: [
          { nom: "IME A", capacite: 20 },
          { nom: "SESSAD B", capacite: 10 },
        ],
      }),
      complementaires2d: {
        ...complementaires([{ intitule: PP, colonnes: [{ perimetre, num: 1, den }] }]),
        indicateurs: complementaires([
          { intitule: PP, colonnes: [{ perimetre, num: 1, den }] },
        ]).indicateurs.map((i) => ({
          ...i,
          libelleDenominateur: "Personnes accompagnées au 31/12",
        })),
      },
    });
  testerControle(controle("complementaires/denominateur-capacite"), {
    valides: [
      { nom: "24 pour 20 places", repere: capa(24) },
      { nom: "service : file active", repere: capa(40, "SESSAD B") },
    ],
    invalides: [
      {
        nom: "30 pour 20 places",
        repere: capa(30),
        constats: [{ messageId: "capacite", data: { nom: "IME A", den: 30, capacite: 20 } }],
      },
    ],
  });
  testerControle(controle("complementaires/valeur-implausible"), {
    valides: [{ nom: "90 jours", repere: d("Délai moyen d'admission (jours)", 900, 10) }],
    invalides: [
      {
        nom: "jours cumulés : 500 jours",
        repere: d("Délai moyen d'admission (jours)", 5000, 10),
        constats: [
          {
            messageId: "implausible",
            data: {
              indicateur: "Délai moyen d'admission (jours)",
              perimetre: "IME A",
              valeur: "500 jours",
            },
          },
        ],
      },
    ],
  });
});
