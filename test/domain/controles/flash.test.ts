import { CONTROLES_DEPARTEMENTAUX } from "../../../src/domain/controles/departementaux";
import { CONTROLES_FLASH } from "../../../src/domain/controles/flash";
import { repere, tableauEsms } from "./fabrique";
import { testerControle } from "./testeur";

/** Parts et taux bornés de 2-B (famille `flash`) et de 2-G (famille `departementaux`). */

const [flash] = CONTROLES_FLASH;
const [departementaux] = CONTROLES_DEPARTEMENTAUX;
const FV = { finess: "850000016", nom: "Foyer de vie Le Pin" };
const nbsp = (s: string) => s.replace(" %", "\u00a0%");

const b2 = (valeurs: Record<string, number | string | { v: number; format?: string }>) =>
  repere({ flash2b: tableauEsms("flash-2b", [{ ...FV, valeurs }]) });
const g2 = (valeurs: Record<string, number | string | { v: number; format?: string }>) =>
  repere({ departementaux2g: tableauEsms("departementaux-2g", [{ ...FV, valeurs }]) });

describe("familles flash et departementaux", () => {
  it.each([
    [flash, "flash/taux-hors-bornes"],
    [departementaux, "departementaux/taux-hors-bornes"],
  ])("déclare %#", (c, id) => expect(c?.meta.id).toBe(id));
});

const PP = "Part des personnes ayant un projet personnalisé formalisé";

testerControle(flash!, {
  valides: [
    { nom: "part de 97 % au format %", repere: b2({ [PP]: { v: 0.97, format: "0%" } }) },
    { nom: "part en points (97)", repere: b2({ [PP]: 97 }) },
    { nom: "réunions du CVS : pas une part", repere: b2({ "Réunions du CVS dans l'année": 12 }) },
    { nom: "texte « sans objet »", repere: b2({ [PP]: "sans objet" }) },
  ],
  invalides: [
    {
      nom: "part de 112 % au format %",
      repere: b2({ [PP]: { v: 1.12, format: "0%" } }),
      constats: [
        {
          messageId: "bornes",
          data: { indicateur: PP, nom: FV.nom, valeur: nbsp("112,0 %") },
          cellules: ["D6"],
        },
      ],
    },
    {
      nom: "taux négatif en points",
      repere: b2({ "Taux de projets réactualisés": -5 }),
      constats: [{ messageId: "bornes", cellules: ["D6"] }],
    },
  ],
});

testerControle(departementaux!, {
  valides: [
    {
      nom: "occupation de 110 %, permise jusqu'à 120 %",
      repere: g2({ "Taux d'occupation de l'hébergement": { v: 1.1, format: "0.0%" } }),
    },
    { nom: "durée de séjour : pas une part", repere: g2({ "Durée moyenne de séjour": 9.1 }) },
  ],
  invalides: [
    {
      nom: "occupation de 130 %",
      repere: g2({ "Taux d'occupation de l'hébergement": { v: 1.3, format: "0.0%" } }),
      constats: [{ messageId: "bornes", cellules: ["D6"] }],
    },
    {
      nom: "part des personnes originaires du département de 105 %",
      repere: g2({ "Part des personnes originaires du département": 105 }),
      constats: [{ messageId: "bornes", cellules: ["D6"] }],
    },
  ],
});
