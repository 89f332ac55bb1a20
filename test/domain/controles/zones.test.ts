import { CONTROLES } from "../../../src/domain/controles";
import { annexe1, creton, financier, onglet, repere, tableauEsms } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => CONTROLES.find((c) => c.meta.id === id)!;

const lignes = { ars: { "2023": 1 } };
const DEFAUT = "par ses libellés, dans les deux orientations";

describe("classeur/zone-introuvable", () => {
  testerControle(controle("classeur/zone-introuvable"), {
    valides: [
      {
        nom: "annexe 1 repérée (organisme et ESMS)",
        repere: repere({
          annexe1: annexe1({
            organisme: { "raison-sociale": "Asso" },
            esms: [{ finess: "440000018", nom: "IME", capacite: 12 }],
          }),
        }),
      },
      { nom: "onglet non reconnu : rien n'est attendu", repere: repere() },
      {
        nom: "2-G repéré avec des valeurs",
        repere: repere({
          departementaux2g: tableauEsms("departementaux-2g", [
            { finess: "440000018", nom: "FAM", valeurs: { "prix de journee": 120 } },
          ]),
        }),
      },
    ],
    invalides: [
      {
        nom: "2-E reconnu, réserves et frais de siège absents",
        repere: repere({
          financier2e: financier(["2023"], {
            "e1-resultats": { lignes },
            "e3-financier": { lignes },
            "e4-retraites": { lignes },
            "e5-effectifs": { lignes },
          }),
        }),
        constats: [
          {
            messageId: "zone",
            data: {
              zone: "Le tableau des réserves (E2)",
              onglet: "2-E",
              cherche: `le tableau des réserves (E2) ${DEFAUT}`,
            },
          },
          {
            messageId: "zone",
            data: {
              zone: "Le tableau des frais de siège (E6)",
              onglet: "2-E",
              cherche: `le tableau des frais de siège (E6) ${DEFAUT}`,
            },
          },
        ],
      },
      {
        nom: "2-G reconnu mais sans valeur",
        onglets: [onglet("departementaux-2g", "2-G")],
        constats: [
          {
            messageId: "zone",
            data: {
              zone: "Le tableau des indicateurs départementaux",
              onglet: "2-G",
              cherche: `le tableau des indicateurs départementaux ${DEFAUT}`,
            },
          },
        ],
      },
      {
        nom: "2-F repéré mais vide : c'est une zone introuvable, pas « 0 constat »",
        repere: repere({ creton2f: creton([]) }),
        constats: [
          {
            messageId: "zone",
            data: {
              zone: "Le tableau Creton",
              onglet: "2-F",
              cherche: `le tableau Creton ${DEFAUT}`,
            },
          },
        ],
      },
      {
        nom: "2-D reconnu sans repérage : le message reprend ce que le repérage a dit",
        onglets: [onglet("complementaires-2d", "2-D")],
        repere: {
          ...repere(),
          avertissements: [{ sheetId: "id-2-D", message: "aucun bloc d'indicateur reconnu" }],
        },
        constats: [
          {
            messageId: "zone",
            data: {
              zone: "Les indicateurs complémentaires",
              onglet: "2-D",
              cherche: "aucun bloc d'indicateur reconnu",
            },
          },
        ],
      },
    ],
  });
});
