import { CONTROLES_SIGNALETIQUE } from "../../../src/domain/controles/signaletique";
import { annexe1, repere, type ValeursEsms } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_SIGNALETIQUE.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const esms = (...lignes: ValeursEsms[]) => repere({ annexe1: annexe1({ esms: lignes }) });
const org = (o: Record<string, string | null>) => repere({ annexe1: annexe1({ organisme: o }) });

describe("famille signaletique", () => {
  testerControle(controle("signaletique/internat-superieur-capacite"), {
    valides: [
      { nom: "internat inférieur", repere: esms({ nom: "IME A", capacite: 40, internat: 20 }) },
      { nom: "internat vide", repere: esms({ nom: "IME A", capacite: 40, internat: null }) },
    ],
    invalides: [
      {
        nom: "internat supérieur",
        repere: esms({ nom: "IME A", capacite: 30, internat: 35 }),
        constats: [
          {
            messageId: "internat",
            data: { nom: "IME A", internat: 35, capacite: 30 },
            cellules: ["F21", "E21"],
          },
        ],
      },
      {
        nom: "nombres saisis en texte",
        repere: esms({ nom: "IME B", capacite: "30", internat: "35" }),
        constats: [{ messageId: "internat", data: { nom: "IME B", internat: 35, capacite: 30 } }],
      },
    ],
  });

  testerControle(controle("signaletique/capacite-absente"), {
    valides: [
      { nom: "capacité positive", repere: esms({ nom: "IME A", capacite: 12 }) },
      { nom: "ligne vide ignorée", repere: esms({ nom: null, finess: null, capacite: null }) },
    ],
    invalides: [
      {
        nom: "capacité vide",
        repere: esms({ nom: "SESSAD C", capacite: null }),
        constats: [{ messageId: "absente", data: { nom: "SESSAD C" }, cellules: ["E21"] }],
      },
      {
        nom: "capacité nulle",
        repere: esms({ finess: "440000024", capacite: 0 }),
        constats: [{ messageId: "absente", data: { nom: "440000024" } }],
      },
    ],
  });

  testerControle(controle("signaletique/internat-service"), {
    valides: [
      { nom: "IME avec internat", repere: esms({ nom: "IME A", capacite: 40, internat: 10 }) },
      { nom: "SESSAD sans internat", repere: esms({ nom: "SESSAD A", capacite: 40, internat: 0 }) },
    ],
    invalides: [
      {
        nom: "SAVS avec internat",
        repere: esms({
          nom: "Service",
          categorie: "SAVS",
          secteur: "adultes",
          capacite: 40,
          internat: 5,
        }),
        constats: [{ messageId: "service", data: { nom: "Service" }, cellules: ["F21"] }],
      },
    ],
  });

  testerControle(controle("signaletique/categorie-hors-ph"), {
    valides: [{ nom: "MAS", repere: esms({ nom: "MAS Les Pins", secteur: "adultes" }) }],
    invalides: [
      {
        nom: "EHPAD",
        repere: esms({ nom: "Résidence", categorie: "EHPAD", secteur: "adultes" }),
        constats: [{ messageId: "hors-ph", data: { nom: "Résidence", categorie: "EHPAD" } }],
      },
    ],
  });

  testerControle(controle("signaletique/secteur-incoherent"), {
    valides: [
      { nom: "ESAT chez les adultes", repere: esms({ nom: "ESAT du Port", secteur: "adultes" }) },
      { nom: "catégorie inconnue", repere: esms({ nom: "Le Chêne", secteur: "adultes" }) },
    ],
    invalides: [
      {
        nom: "IME dans le tableau adultes",
        repere: esms({ nom: "IME Le Chêne", secteur: "adultes" }),
        constats: [
          {
            messageId: "secteur",
            data: { nom: "IME Le Chêne", categorie: "IME", secteur: "adultes" },
          },
        ],
      },
    ],
  });

  const avecTotal = (total: number) =>
    repere({
      annexe1: annexe1({
        esms: [
          { nom: "IME A", capacite: 40 },
          { nom: "SESSAD B", capacite: 25 },
        ],
        totaux: { enfance: { capacite: total } },
      }),
    });
  /** Un seul tableau aux deux secteurs (colonne « Secteur ») et sa ligne « Total » générale. */
  const avecTotalGeneral = (total: number) => {
    const a = annexe1({
      esms: [
        { nom: "IME A", capacite: 40 },
        { nom: "MAS B", capacite: 30, secteur: "adultes" },
      ],
      totaux: { adultes: { capacite: total } },
    });
    return repere({ annexe1: { ...a, totaux: {}, totalGeneral: a.totaux.adultes ?? {} } });
  };
  testerControle(controle("signaletique/total-capacite"), {
    valides: [
      { nom: "total juste", repere: avecTotal(65) },
      { nom: "total général d'un tableau aux deux secteurs", repere: avecTotalGeneral(70) },
    ],
    invalides: [
      {
        nom: "total faux",
        repere: avecTotal(60),
        constats: [{ messageId: "total", data: { total: 60, somme: 65 }, cellules: ["E41"] }],
      },
      {
        nom: "total général faux",
        repere: avecTotalGeneral(60),
        constats: [{ messageId: "total", data: { total: 60, somme: 70 } }],
      },
    ],
  });

  testerControle(controle("signaletique/projet-associatif-vide"), {
    valides: [
      { nom: "renseigné", repere: org({ "valeurs-projet-associatif": "Dignité, inclusion." }) },
    ],
    invalides: [
      {
        nom: "vide",
        repere: org({ "valeurs-projet-associatif": " " }),
        constats: [{ messageId: "vide", cellules: ["C4"] }],
      },
    ],
  });

  testerControle(controle("signaletique/statut-hors-nomenclature"), {
    valides: [
      { nom: "association", repere: org({ "statut-juridique": "Association loi 1901 non RUP" }) },
      { nom: "vide", repere: org({ "statut-juridique": null }) },
    ],
    invalides: [
      {
        nom: "statut libre",
        repere: org({ "statut-juridique": "Entreprise familiale" }),
        constats: [{ messageId: "statut", data: { valeur: "Entreprise familiale" } }],
      },
    ],
  });
});
