import { CONTROLES_COHERENCE } from "../../../src/domain/controles/coherence";
import {
  annexe1,
  complementaires,
  creton,
  repere,
  tableauEsms,
  type ValeursEsms,
} from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_COHERENCE.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const IME: ValeursEsms = { finess: "440000024", nom: "IME Les Pins", capacite: 40 };
const SESSAD: ValeursEsms = { finess: "440000032", nom: "SESSAD Est", capacite: 20 };
const ESAT: ValeursEsms = {
  finess: "440000040",
  nom: "ESAT du Port",
  capacite: 50,
  secteur: "adultes",
};
const a1 = annexe1({ esms: [IME, SESSAD, ESAT] });

describe("famille coherence", () => {
  testerControle(controle("coherence/esms-absent-2f"), {
    valides: [
      {
        nom: "IME présent (le SESSAD n'est pas attendu)",
        repere: repere({
          annexe1: a1,
          creton2f: creton([{ finess: "440000024", valeurs: { "internat:esat": 0 } }]),
        }),
      },
      { nom: "2-F non repéré", repere: repere({ annexe1: a1 }) },
    ],
    invalides: [
      {
        nom: "IME absent de 2-F",
        repere: repere({ annexe1: a1, creton2f: creton([]) }),
        constats: [{ messageId: "absent", data: { nom: "IME Les Pins" }, cellules: ["B21"] }],
      },
    ],
  });
  const pp = (...colonnes: string[]) =>
    repere({
      annexe1: a1,
      complementaires2d: complementaires([
        {
          intitule: "PP réactualisés",
          colonnes: colonnes.map((perimetre) => ({ perimetre, num: 1, den: 2 })),
        },
      ]),
    });
  const IME2: ValeursEsms = { finess: "440000057", nom: "IME Les Chênes", capacite: 30 };
  /** Annexe 1 et indicateurs 2-D : [intitulé, périmètres…] (numérateur 1, dénominateur 2). */
  const avec = (a: ReturnType<typeof annexe1>, inds: readonly (readonly string[])[]) =>
    repere({
      annexe1: a,
      complementaires2d: complementaires(
        inds.map(([intitule, ...perimetres]) => ({
          intitule: intitule ?? "",
          colonnes: perimetres.map((perimetre) => ({ perimetre, num: 1, den: 2 })),
        })),
      ),
    });
  const pp2 = (...colonnes: string[]) =>
    repere({
      annexe1: annexe1({ esms: [IME, IME2, SESSAD, ESAT] }),
      complementaires2d: complementaires([
        {
          intitule: "PP réactualisés",
          colonnes: colonnes.map((perimetre) => ({ perimetre, num: 1, den: 2 })),
        },
      ]),
    });
  testerControle(controle("coherence/esms-absent-2d"), {
    valides: [
      { nom: "les deux ESMS enfance", repere: pp("IME Les Pins", "440000032") },
      { nom: "indicateur au niveau organisme", repere: pp("Organisme") },
      {
        nom: "indicateur des seuls établissements : le SESSAD (service) n'est pas attendu",
        repere: pp("IME Les Pins"),
      },
      {
        nom: "indicateur des seuls services : les IME ne sont pas attendus",
        repere: pp2("SESSAD Est"),
      },
      {
        nom: "scolarisation : l'ESAT (adultes) n'est pas attendu",
        repere: avec(a1, [["Enfants bénéficiant d'un temps de scolarisation", "IME Les Pins", "SESSAD Est"]]),
      },
      {
        nom: "accueil temporaire : aucun ESMS attendu si l'Annexe 1 ne déclare pas de places d'AT",
        repere: avec(annexe1({ esms: [IME, IME2] }), [["Utilisation de l'accueil temporaire", "IME Les Pins"]]),
      },
      {
        nom: "ESMS écrit sur deux lignes de l'Annexe 1 (format long) et présent en 2-D",
        repere: avec(annexe1({ esms: [IME, IME, SESSAD] }), [["PP réactualisés", "IME Les Pins", "SESSAD Est"]]),
      },
    ],
    invalides: [
      {
        nom: "un IME sur deux oublié : signalé dans 2-D, pas à l'Annexe 1",
        repere: pp2("IME Les Pins", "SESSAD Est"),
        constats: [
          {
            messageId: "absent",
            data: { nom: "IME Les Chênes", finess: "440000057", indicateur: "« PP réactualisés »" },
            cellules: ["C7"],
          },
        ],
      },
      {
        nom: "accueil temporaire : l'IME qui déclare des places d'AT est attendu",
        repere: avec(annexe1({ esms: [IME, { ...IME2, temporaire: 4 }] }), [["Utilisation de l'accueil temporaire", "IME Les Pins"]]),
        constats: [
          {
            messageId: "absent",
            data: { nom: "IME Les Chênes", finess: "440000057", indicateur: "« Utilisation de l'accueil temporaire »" },
            cellules: ["C7"],
          },
        ],
      },
      {
        nom: "un ESMS absent de deux indicateurs (et sur deux lignes de l'Annexe 1) : un seul constat",
        repere: avec(annexe1({ esms: [IME, IME2, IME2] }), [["PP réactualisés", "IME Les Pins"], ["Délai moyen d'admission", "IME Les Pins"]]),
        constats: [
          {
            messageId: "absent",
            data: { nom: "IME Les Chênes", finess: "440000057", indicateur: "« PP réactualisés », « Délai moyen d'admission »" },
            cellules: ["C7", "C11"],
          },
        ],
      },
    ],
  }); // prettier-ignore
  testerControle(controle("coherence/esms-inconnu"), {
    valides: [
      {
        nom: "ESMS connus",
        repere: repere({
          annexe1: a1,
          anap2c: tableauEsms("anap-2c", [
            { finess: "440000024", nom: "IME", valeurs: { Occupation: 0.9 } },
          ]),
        }),
      },
    ],
    invalides: [
      {
        nom: "2-C et 2-F citent un inconnu",
        repere: repere({
          annexe1: a1,
          anap2c: tableauEsms("anap-2c", [
            { finess: "440000057", nom: "MAS Inconnue", valeurs: { Occupation: 0.9 } },
          ]),
          creton2f: creton([{ nom: "IME Fantôme", valeurs: { "internat:esat": 1 } }]),
        }),
        constats: [
          { messageId: "inconnu", data: { onglet: "2-F", nom: "IME Fantôme" } },
          { messageId: "inconnu", data: { onglet: "2-C", nom: "MAS Inconnue" } },
        ],
      },
    ],
  });
  const cr = (n2d: number, n2f: number) =>
    repere({
      annexe1: a1,
      creton2f: creton([{ finess: "440000024", valeurs: { "internat:esat": n2f } }]),
      complementaires2d: complementaires([
        {
          intitule: "Jeunes adultes en amendement Creton",
          colonnes: [{ perimetre: "IME Les Pins", num: n2d, den: 30 }],
        },
      ]),
    });
  testerControle(controle("coherence/creton-2d-2f"), {
    valides: [{ nom: "mêmes nombres", repere: cr(2, 2) }],
    invalides: [
      {
        nom: "2 contre 3",
        repere: cr(2, 3),
        constats: [
          { messageId: "ecart", data: { nom: "IME Les Pins", n2d: 2, n2f: 3 }, cellules: ["C7"] },
        ],
      },
    ],
  });
});
