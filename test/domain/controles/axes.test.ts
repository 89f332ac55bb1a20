import { CONTROLES_AXES } from "../../../src/domain/controles/axes";
import { annexe1, axe, repere, type QuestionFab, type Valeur } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_AXES.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const liste = (...r: Valeur[]): QuestionFab => ({ type: "liste", reponses: r });
const txt = (v: Valeur): QuestionFab => ({ type: "texte", reponses: [v] });
const LONG = "Un projet personnalisé est formalisé pour chaque personne.";

/** Axe 2, une thématique « Projet » : réponse en D7, modalités en D8, points d'amélioration en D9. */
const axe2 = (r: Valeur, modalites: Valeur, amelioration: Valeur) =>
  repere({
    axes: [
      axe(
        "axe-2",
        [
          {
            intitule: "Projet",
            questions: [liste(r)],
            encarts: { modalites, "points-amelioration": amelioration },
          },
        ],
        "Axe 2",
      ),
    ],
  });
const enfance = annexe1({ esms: [{ nom: "IME A", secteur: "enfance" }] });
const axe11 = (...questions: QuestionFab[]) =>
  axe("axe-1-1", [{ intitule: "Scolarisation", questions }], "Axe 1-1");

describe("famille axes", () => {
  testerControle(controle("axes/reponse-manquante"), {
    valides: [
      {
        nom: "toutes répondues",
        repere: repere({
          axes: [axe("axe-2", [{ intitule: "T", questions: [liste("Oui", "Non")] }])],
        }),
      },
      { nom: "axe enfance sans ESMS enfance", repere: repere({ axes: [axe11(liste(null))] }) },
    ],
    invalides: [
      {
        nom: "deux questions vides regroupées",
        repere: repere({
          axes: [
            axe(
              "axe-3",
              [{ intitule: "T", questions: [liste(null), liste("Oui"), liste("")] }],
              "Axe 3",
            ),
          ],
        }),
        constats: [
          { messageId: "manquante", data: { n: 2, onglet: "Axe 3" }, cellules: ["D7", "D9"] },
        ],
      },
    ],
  });

  testerControle(controle("axes/non-sans-amelioration"), {
    valides: [
      { nom: "non avec amélioration", repere: axe2("Non", null, LONG) },
      { nom: "oui sans amélioration", repere: axe2("Oui", LONG, null) },
    ],
    invalides: [
      {
        nom: "non sans amélioration",
        repere: axe2("Non", LONG, null),
        constats: [
          {
            messageId: "amelioration",
            data: { thematique: "1 « Projet »", reponse: "non" },
            cellules: ["D9", "D7"],
          },
        ],
      },
      {
        nom: "pratiques hétérogènes (casse libre)",
        repere: axe2("pratiques hétérogènes", LONG, " "),
        constats: [
          {
            messageId: "amelioration",
            data: { thematique: "1 « Projet »", reponse: "pratiques hétérogènes" },
          },
        ],
      },
    ],
  });

  testerControle(controle("axes/modalites-manquantes"), {
    valides: [
      { nom: "oui avec modalités", repere: axe2("Oui", LONG, null) },
      { nom: "non sans modalités", repere: axe2("Non", null, LONG) },
    ],
    invalides: [
      {
        nom: "oui sans modalités",
        repere: axe2("Oui", null, null),
        constats: [
          { messageId: "modalites", data: { thematique: "1 « Projet »" }, cellules: ["D8", "D7"] },
        ],
      },
    ],
  });

  testerControle(controle("axes/secteur-non-renseigne"), {
    valides: [
      {
        nom: "axe 1-1 renseigné",
        repere: repere({ annexe1: enfance, axes: [axe11(liste("Oui"))] }),
      },
      {
        nom: "pas d'ESMS enfance",
        repere: repere({ annexe1: annexe1(), axes: [axe11(liste(null))] }),
      },
    ],
    invalides: [
      {
        nom: "axe 1-1 vide",
        repere: repere({
          annexe1: enfance,
          axes: [axe11(liste(null), { type: "case", reponses: [false] })],
        }),
        constats: [
          { messageId: "vide", data: { secteur: "enfance", axe: "1-1" }, cellules: ["D7"] },
        ],
      },
    ],
  });

  testerControle(controle("axes/secteur-superflu"), {
    valides: [
      {
        nom: "ESMS enfance présents",
        repere: repere({ annexe1: enfance, axes: [axe11(liste("Oui"))] }),
      },
    ],
    invalides: [
      {
        nom: "axe 1-1 rempli sans ESMS enfance",
        repere: repere({
          annexe1: annexe1({ esms: [{ nom: "ESAT", secteur: "adultes" }] }),
          axes: [axe11(liste("Oui"))],
        }),
        constats: [{ messageId: "superflu", data: { secteur: "enfance", axe: "1-1" } }],
      },
    ],
  });

  testerControle(controle("axes/texte-generique"), {
    valides: [
      {
        nom: "phrase explicite",
        repere: repere({ axes: [axe("axe-3", [{ intitule: "T", questions: [txt(LONG)] }])] }),
      },
      {
        nom: "« sans objet » accepté",
        repere: repere({
          axes: [axe("axe-3", [{ intitule: "T", questions: [txt("Sans objet")] }])],
        }),
      },
    ],
    invalides: [
      {
        nom: "RAS et tiret",
        repere: repere({
          axes: [
            axe("axe-3", [
              { intitule: "T", questions: [txt("RAS")], encarts: { difficultes: "-" } },
            ]),
          ],
        }),
        constats: [
          { messageId: "generique", data: { cellule: "D7", texte: "RAS" } },
          { messageId: "generique", data: { cellule: "D8", texte: "-" } },
        ],
      },
    ],
  });
});
