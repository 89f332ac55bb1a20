import { CONTROLES_CRETON } from "../../../src/domain/controles/creton";
import {
  annexe1,
  complementaires,
  creton,
  repere,
  type CellulesCreton,
  type ValeursEsms,
} from "./fabrique";
import { testerControle } from "./testeur";
import { long, TOTAUX_LONG } from "./creton-long";

const controle = (id: string) => {
  const c = CONTROLES_CRETON.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const IME: ValeursEsms = { finess: "440000024", nom: "IME Les Pins", capacite: 40, internat: 10 };
/** 2-F d'une ligne (valeurs en C7, D7…) rattachée à l'ESMS par son FINESS. */
const f = (esms: ValeursEsms, valeurs: CellulesCreton, total?: number, effectif?: number) =>
  repere({
    annexe1: annexe1({ esms: [esms] }),
    creton2f: creton([
      { finess: String(esms.finess), valeurs, ...(total !== undefined ? { total } : {}) },
    ]),
    ...(effectif !== undefined
      ? {
          complementaires2d: complementaires([
            {
              intitule: "Jeunes adultes en amendement Creton",
              colonnes: [{ perimetre: String(esms.finess), num: 2, den: effectif }],
            },
          ]),
        }
      : {}),
  });

describe("famille creton", () => {
  testerControle(controle("creton/esms-adulte"), {
    valides: [
      { nom: "IME", repere: f(IME, { "internat:esat": 2 }) },
      {
        nom: "ligne à 0 pour un adulte",
        repere: f({ ...IME, nom: "MAS", secteur: "adultes" }, { "internat:mas": 0 }),
      },
    ],
    invalides: [
      {
        nom: "MAS avec des Creton",
        repere: f({ ...IME, nom: "MAS du Lac", secteur: "adultes" }, { "internat:mas": 2 }),
        constats: [{ messageId: "adulte", data: { nom: "MAS du Lac" }, cellules: ["C7"] }],
      },
    ],
  });
  testerControle(controle("creton/service"), {
    valides: [{ nom: "IME", repere: f(IME, { "semi-internat:esat": 1 }) }],
    invalides: [
      {
        nom: "SESSAD",
        repere: f({ ...IME, nom: "SESSAD Est", internat: 0 }, { "semi-internat:esat": 1 }),
        constats: [{ messageId: "service", data: { nom: "SESSAD Est" } }],
      },
    ],
  });
  testerControle(controle("creton/superieur-capacite"), {
    valides: [
      { nom: "sous la capacité", repere: f(IME, { "internat:esat": 5, "semi-internat:mas": 3 }) },
      {
        nom: "autant que la capacité et que l'internat (100 %, non franchi)",
        repere: f(
          { ...IME, capacite: 5, internat: 3 },
          { "internat:esat": 3, "semi-internat:mas": 2 },
        ),
      },
    ],
    invalides: [
      {
        nom: "plus que la capacité totale",
        repere: f(
          { ...IME, capacite: 5, internat: 5 },
          { "internat:esat": 4, "semi-internat:mas": 3 },
        ),
        constats: [
          {
            messageId: "capacite",
            data: { nom: "IME Les Pins", creton: 7, capacite: 5, mode: "" },
            cellules: ["C7", "D7"],
          },
        ],
      },
      {
        nom: "format long : plus que l'internat, désigné par le total de la ligne internat",
        repere: long(IME, { internat: [8, 4], "semi-internat": [1, 0] }),
        constats: [
          {
            messageId: "capacite",
            data: { nom: "IME Les Pins", creton: 12, capacite: 10, mode: " d'internat" },
            cellules: ["K7", "F7", "G7"],
          },
        ],
      },
      {
        nom: "plus que l'internat",
        repere: f(IME, { "internat:esat": 12 }),
        constats: [
          {
            messageId: "capacite",
            data: { nom: "IME Les Pins", creton: 12, capacite: 10, mode: " d'internat" },
          },
        ],
      },
      {
        nom: "plus que la capacité totale et que l'internat : un constat, la capacité totale",
        repere: f({ ...IME, capacite: 5, internat: 2 }, { "internat:esat": 6 }),
        constats: [
          {
            messageId: "capacite",
            data: { nom: "IME Les Pins", creton: 6, capacite: 5, mode: "" },
          },
        ],
      },
      {
        nom: "capacité nulle : pas de taux, constat écrit à la main (hors seuil)",
        repere: f({ ...IME, capacite: 0, internat: 0 }, { "semi-internat:mas": 2 }),
        constats: [
          {
            messageId: "capacite",
            data: { nom: "IME Les Pins", creton: 2, capacite: 0, mode: "" },
          },
        ],
      },
    ],
  });
  testerControle(controle("creton/internat-sans-capacite"), {
    valides: [{ nom: "internat autorisé", repere: f(IME, { "internat:esat": 1 }) }],
    invalides: [
      {
        nom: "internat à 0",
        repere: f({ ...IME, internat: 0 }, { "internat:fam": 1 }),
        constats: [{ messageId: "internat", data: { nom: "IME Les Pins", n: 1 } }],
      },
    ],
  });
  testerControle(controle("creton/total-incoherent"), {
    valides: [
      { nom: "total juste", repere: f(IME, { "internat:esat": 1, "internat:mas": 2 }, 3) },
      {
        nom: "format long, tous les totaux justes",
        repere: long(IME, { internat: [1, 2], "semi-internat": [0, 3] }),
      },
    ],
    invalides: [
      ...TOTAUX_LONG.map(([nom, faux, cellule, ligne, total, somme]) => ({
        nom: `format long : ${nom}`,
        repere: long(IME, { internat: [1, 2], "semi-internat": [0, 3] }, faux),
        constats: [{ messageId: "total", data: { ligne, total, somme }, cellules: [cellule] }],
      })),
      {
        nom: "total de ligne faux",
        repere: f(IME, { "internat:esat": 1, "internat:mas": 2 }, 4),
        constats: [
          {
            messageId: "total",
            data: { ligne: "de IME Les Pins", total: 4, somme: 3 },
            cellules: ["M7"],
          },
        ],
      },
    ],
  });
  testerControle(controle("creton/superieur-effectif"), {
    valides: [
      {
        nom: "3 Creton pour 30 accompagnés",
        repere: f(IME, { "internat:esat": 3 }, undefined, 30),
      },
    ],
    invalides: [
      {
        nom: "3 Creton pour 2 accompagnés",
        repere: f(IME, { "internat:esat": 3 }, undefined, 2),
        constats: [
          { messageId: "effectif", data: { nom: "IME Les Pins", creton: 3, effectif: 2 } },
        ],
      },
    ],
  });
  testerControle(controle("creton/taux-eleve"), {
    valides: [{ nom: "3 sur 40", repere: f(IME, { "internat:esat": 3 }, undefined, 40) }],
    invalides: [
      {
        nom: "6 sur 40",
        repere: f(IME, { "internat:esat": 6 }, undefined, 40),
        constats: [{ messageId: "taux", data: { nom: "IME Les Pins", valeur: "15,0\u00a0%" } }],
      },
    ],
  });
});
