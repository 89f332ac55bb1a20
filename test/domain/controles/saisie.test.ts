import { CONTROLES_SAISIE } from "../../../src/domain/controles/saisie";
import {
  annexe1,
  axe,
  complementaires,
  creton,
  financier,
  onglet,
  repere,
  type ValeursEsms,
} from "./fabrique";
import { classeur, feuille } from "./instantane";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_SAISIE.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const esms = (...lignes: ValeursEsms[]) => repere({ annexe1: annexe1({ esms: lignes }) });
const org = (o: Record<string, string | number | null>) =>
  repere({ annexe1: annexe1({ organisme: o }) });

describe("famille saisie", () => {
  testerControle(controle("saisie/cellule-vide"), {
    valides: [
      { nom: "ligne complète", repere: esms({ finess: "440000024", nom: "IME", capacite: 3 }) },
      { nom: "ligne d'ESMS en réserve", repere: esms({ finess: null, nom: null, capacite: null }) },
      {
        nom: "axe enfance sans ESMS enfance",
        repere: repere({
          axes: [
            axe("axe-1-1", [
              { intitule: "Scolarisation", questions: [{ type: "liste", reponses: [null] }] },
            ]),
          ],
        }),
      },
    ],
    invalides: [
      {
        nom: "deux cellules vides dans l'Annexe 1, regroupées",
        repere: esms({ finess: "440000024", nom: null, capacite: null }),
        constats: [
          {
            messageId: "vides",
            data: { n: 2, zone: "le tableau des ESMS enfance", onglet: "Annexe 1" },
            cellules: ["B21", "E21"],
          },
        ],
      },
      {
        nom: "question sans réponse dans l'axe 2",
        repere: repere({
          axes: [
            axe("axe-2", [
              {
                intitule: "Projet",
                questions: [
                  { type: "liste", reponses: ["Oui"] },
                  { type: "nombre", reponses: [null] },
                ],
              },
            ]),
          ],
        }),
        constats: [
          {
            messageId: "vides",
            data: { n: 1, zone: "la thématique 1 « Projet »", onglet: "axe-2" },
          },
        ],
      },
    ],
  });

  testerControle(controle("saisie/identification-manquante"), {
    valides: [
      {
        nom: "complète",
        repere: org({
          "raison-sociale": "ADAPEI",
          "finess-juridique": "440000016",
          "statut-juridique": "Association",
        }),
      },
    ],
    invalides: [
      {
        nom: "FINESS et statut vides",
        repere: org({
          "raison-sociale": "ADAPEI",
          "finess-juridique": null,
          "statut-juridique": "",
        }),
        constats: [
          {
            messageId: "manquante",
            data: { champs: "FINESS juridique, statut juridique" },
            cellules: ["C5", "C6"],
          },
        ],
      },
    ],
  });

  testerControle(controle("saisie/texte-dans-nombre"), {
    valides: [{ nom: "nombre", repere: esms({ nom: "IME", capacite: 12 }) }],
    invalides: [
      {
        nom: "capacité « 1 234 » et dénominateur « 12,5 »",
        repere: repere({
          annexe1: annexe1({ esms: [{ nom: "IME", capacite: "1 234" }] }),
          complementaires2d: complementaires([
            { intitule: "PP", colonnes: [{ perimetre: "IME", num: 3, den: "12,5" }] },
          ]),
        }),
        constats: [
          { messageId: "texte", data: { cellule: "E21", texte: "1 234", valeur: "1\u202f234" } },
          { messageId: "texte", data: { cellule: "C8", texte: "12,5", valeur: "12,5" } },
        ],
      },
    ],
  });

  /** Le même texte « NC » en 2-F, sur une cellule que le typage ne dit pas de saisie, ou au format texte. */
  const cretonNc = (o: { saisie?: boolean; format?: string }) => {
    const f = creton([{ nom: "IME", valeurs: { "internat:esat": "NC" } }]);
    const [l] = f.lignes;
    const v = l!.valeurs[0]!;
    const champ = {
      ...v.champ,
      saisie: o.saisie ?? v.champ.saisie,
      cellule: { ...v.champ.cellule, numberFormat: o.format ?? v.champ.cellule.numberFormat },
    };
    return repere({ creton2f: { ...f, lignes: [{ ...l!, valeurs: [{ ...v, champ }] }] } });
  };

  testerControle(controle("saisie/texte-non-numerique"), {
    valides: [
      { nom: "texte lisible", repere: esms({ nom: "IME", capacite: "12" }) },
      {
        nom: "un libellé (pas une cellule de saisie) n'est jamais visé",
        repere: cretonNc({ saisie: false }),
      },
      {
        nom: "une saisie au format texte « @ » n'attend pas un nombre",
        repere: cretonNc({ format: "@" }),
      },
    ],
    invalides: [
      {
        nom: "« NC » en 2-F",
        repere: repere({ creton2f: creton([{ nom: "IME", valeurs: { "internat:esat": "NC" } }]) }),
        constats: [{ messageId: "texte", data: { cellule: "C7", texte: "« NC »" } }],
      },
    ],
  });

  testerControle(controle("saisie/negatif-interdit"), {
    valides: [
      {
        nom: "résultat négatif permis en E1",
        repere: repere({
          financier2e: financier(["2023"], {
            "e1-resultats": { lignes: { ars: { "2023": -1000 } } },
          }),
        }),
      },
      {
        nom: "écart provision − coût négatif permis en E4",
        repere: repere({
          financier2e: financier(["2023"], {
            "e4-retraites": {
              colonnes: ["2025", "ecart provision cout"],
              lignes: { medical: { "2025": 1, "ecart provision cout": -12000 } },
            },
          }),
        }),
      },
    ],
    invalides: [
      {
        nom: "effectif négatif en E5",
        repere: repere({
          financier2e: financier(["2023"], {
            "e5-effectifs": { colonnes: ["ime"], lignes: { educatif: { ime: -2 } } },
          }),
        }),
        constats: [{ messageId: "negatif", data: { cellule: "C6", valeur: "-2" } }],
      },
    ],
  });

  testerControle(controle("saisie/entier-attendu"), {
    valides: [
      {
        nom: "ETP décimal en E5",
        repere: repere({
          financier2e: financier(["2023"], {
            "e5-effectifs": { colonnes: ["ime"], lignes: { educatif: { ime: 2.5 } } },
          }),
        }),
      },
    ],
    invalides: [
      {
        nom: "capacité décimale",
        repere: esms({ nom: "IME", capacite: 12.5 }),
        constats: [{ messageId: "entier", data: { cellule: "E21", valeur: "12,5" } }],
      },
    ],
  });

  testerControle(controle("saisie/date-invalide"), {
    valides: [
      { nom: "numéro de série", repere: org({ "date-projet-associatif": 45000 }) },
      { nom: "texte jj/mm/aaaa", repere: org({ "date-projet-associatif": "12/03/2021" }) },
    ],
    invalides: [
      {
        nom: "texte illisible",
        repere: org({ "date-projet-associatif": "mars 2021" }),
        constats: [{ messageId: "date", data: { cellule: "C4", texte: "mars 2021" } }],
      },
      {
        nom: "31/02/2021 n'existe pas",
        repere: org({ "date-projet-associatif": "31/02/2021" }),
        constats: [{ messageId: "date", data: { cellule: "C4", texte: "31/02/2021" } }],
      },
      {
        nom: "date de 1900",
        repere: org({ "date-projet-associatif": 12 }),
        constats: [{ messageId: "date", data: { cellule: "C4", texte: "12" } }],
      },
    ],
  });

  const liste = (valeur: string) =>
    classeur(
      feuille(
        "Axe 2",
        { D7: valeur },
        { validations: [{ zone: "D7:D9", valeurs: ["Oui", "Non", "Pratiques hétérogènes"] }] },
      ),
    );
  testerControle(controle("saisie/valeur-hors-liste"), {
    valides: [{ nom: "casse et accents tolérés", snapshot: liste("pratiques heterogenes") }],
    invalides: [
      {
        nom: "« Oui partiellement » collé",
        snapshot: liste("Oui partiellement"),
        constats: [
          {
            messageId: "liste",
            data: {
              cellule: "D7",
              valeur: "« Oui partiellement »",
              choix: "Oui, Non, Pratiques hétérogènes",
            },
            cellules: ["D7"],
          },
        ],
      },
    ],
  });

  const pct = (v: number, formule?: string) =>
    classeur(feuille("2-D", { C8: { v, format: "0%", ...(formule ? { formule } : {}) } }));
  testerControle(controle("saisie/pourcentage-echelle"), {
    valides: [
      { nom: "85 %", snapshot: pct(0.85) },
      { nom: "taux calculé", snapshot: pct(2, "=C6/C7") },
      {
        nom: "onglet pré-rempli 2-C",
        snapshot: classeur(feuille("2-C", { C8: { v: 85, format: "0%" } })),
        onglets: [onglet("anap-2c")],
      },
    ],
    invalides: [
      {
        nom: "85 saisi pour 85 %",
        snapshot: pct(85),
        constats: [{ messageId: "echelle", data: { cellule: "C8", affiche: "8\u202f500 %" } }],
      },
    ],
  });

  testerControle(controle("saisie/formule-dans-saisie"), {
    valides: [{ nom: "valeur saisie", repere: esms({ nom: "IME", capacite: 4 }) }],
    invalides: [
      {
        nom: "formule dans un numérateur bleu",
        repere: repere({ complementaires2d: avecFormule() }),
        constats: [{ messageId: "formule", data: { cellule: "C7" } }],
      },
    ],
  });
});

function avecFormule() {
  const d = complementaires([{ intitule: "PP", colonnes: [{ perimetre: "IME", num: 3, den: 4 }] }]);
  const ind = d.indicateurs[0]!;
  const col = ind.colonnes[0]!;
  const numerateur = { ...col.numerateur, cellule: { ...col.numerateur.cellule, formula: "=2+1" } };
  return { ...d, indicateurs: [{ ...ind, colonnes: [{ ...col, numerateur }] }] };
}
