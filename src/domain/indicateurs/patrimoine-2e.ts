import { ratio } from "./calcul";
import {
  caf,
  CAF,
  capitaux,
  CONTROLE_D6145,
  CONTROLE_HELIOS,
  fin,
  S_D6145,
  S_GUIDE_M22,
  v,
} from "./e3";
import { formaterNombre, formaterValeur } from "./format";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur, Seuil } from "./types";

/** Famille `fin`, tableau E3 de 2-E : patrimoine, endettement et résultat (indicateurs.md §5.3, §5.4). */

const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const typeVetuste = ({ id }: { id: string }) => ({
  type: id.endsWith("constructions") ? "des constructions" : "des équipements",
});
const VETUSTE: readonly Seuil[] = [
  {
    condition: "> 100 %",
    si: (x) => x > 1,
    gravite: "erreur",
    message: "impossible : amortissements supérieurs à la valeur brute",
    source: SOURCE_HELIOS,
    controle: {
      id: "financier/vetuste-impossible",
      message: "2-E : vétusté {{type}} de {{valeur}}, au-delà de 100 %.",
      description: "Les amortissements cumulés ne dépassent pas la valeur brute.",
      correction: "Vérifier valeurs brutes et amortissements (lignes B5 à B8).",
      pourquoi: "Un bien ne peut être amorti au-delà de sa valeur brute : une saisie est fausse.",
      source: `${CONTROLE_HELIOS} (gravité erreur du catalogue pour > 100 %)`,
      parametres: typeVetuste,
      cellules: "resultat-et-entrees",
    },
  },
  {
    condition: "hors [0 %, 80 %]",
    si: (x) => x < 0 || x > 0.8,
    remplacePar: "> 100 %",
    gravite: "alerte",
    message: "valeur atypique ; au-delà de 50-60 %, besoin de réinvestir",
    source: SOURCE_HELIOS,
    controle: {
      id: "financier/vetuste",
      message: "2-E : vétusté {{type}} de {{valeur}}.",
      description:
        "Vétusté des constructions et des équipements entre 0 % et 80 % (au-delà de 100 %, voir aussi `financier/vetuste-impossible`).",
      correction: "Vérifier valeurs brutes et amortissements ; relier au plan d'investissement.",
      pourquoi: "Au-delà de 80 %, les biens sont presque amortis : besoin de réinvestir.",
      source: CONTROLE_HELIOS,
      parametres: typeVetuste,
      cellules: "resultat-et-entrees",
    },
  },
];

export const INDICATEURS_2E_PATRIMOINE: readonly DefinitionIndicateur[] = [
  fin({
    nom: "vetuste-constructions",
    libelle: "Taux de vétusté des constructions",
    unite: "%",
    codes: ["B5", "B6"],
    formule: "={B6}/{B5}",
    formuleEnMots: "B6 / B5",
    calculer: (e) => ratio(v(e, "B6"), v(e, "B5")),
    sens: "baisse",
    seuils: VETUSTE,
  }),
  fin({
    nom: "vetuste-equipements",
    libelle: "Taux de vétusté des installations et équipements",
    unite: "%",
    codes: ["B7", "B8"],
    formule: "={B8}/{B7}",
    formuleEnMots: "B8 / B7",
    calculer: (e) => ratio(v(e, "B8"), v(e, "B7")),
    sens: "baisse",
    seuils: VETUSTE,
  }),
  fin({
    nom: "capitaux-permanents",
    libelle: "Capitaux permanents",
    unite: "€",
    codes: ["B1", "B9"],
    formule: "={B1}+{B9}",
    formuleEnMots: "B1 + B9",
    calculer: capitaux,
    reference: "indicateurs.md §5.3 [INFÉRENCE]",
  }),
  fin({
    nom: "taux-endettement",
    libelle: "Taux d'endettement",
    unite: "%",
    codes: ["B2", "B1", "B9"],
    formule: "={B2}/({B1}+{B9})",
    formuleEnMots: "B2 / capitaux permanents (B1 + B9)",
    calculer: (e) => ratio(v(e, "B2"), capitaux(e)),
    sens: "baisse",
    seuils: [
      {
        condition: "> 50 %",
        si: (x) => x > 0.5,
        gravite: "alerte",
        message: "endettement élevé",
        source: "Weka, analyse par les ratios [CONFIRMÉ]",
        controle: {
          id: "financier/endettement",
          message: "2-E : taux d'endettement de {{valeur}}.",
          description: "Le taux d'endettement ne dépasse pas 50 %.",
          correction: "Expliquer.",
          pourquoi:
            "Un endettement supérieur à la moitié des capitaux permanents limite les marges.",
        },
      },
    ],
  }),
  fin({
    nom: "independance-financiere",
    libelle: "Indépendance financière",
    unite: "%",
    codes: ["B2", "B1"],
    formule: "={B2}/{B1}",
    formuleEnMots: "B2 / B1",
    calculer: (e) => ratio(v(e, "B2"), v(e, "B1")),
    sens: "baisse",
    seuils: [
      {
        condition: "> 50 %",
        si: (x) => x > 0.5,
        gravite: "alerte",
        message: "dépendance aux emprunts",
        source: `${S_GUIDE_M22} ; ${S_D6145}`,
        controle: {
          id: "financier/independance-financiere",
          message:
            "2-E : les emprunts représentent {{valeur}} des financements stables d'investissement.",
          description: "Les emprunts ne dépassent pas 50 % des financements stables.",
          correction: "Expliquer ; surveiller tout nouvel emprunt.",
          pourquoi: "Au-delà de 50 %, l'organisme dépend des prêteurs pour investir.",
          source: `Ratio de l'EPRD ; ${CONTROLE_D6145}`,
        },
      },
    ],
  }),
  fin({
    nom: "duree-dette",
    libelle: "Durée apparente de la dette",
    unite: "ans",
    codes: ["B2", ...CAF],
    formule: `=IF(${F_CAF}<=0,"",{B2}/${F_CAF})`,
    formuleEnMots: "B2 / CAF (non calculable si CAF ≤ 0)",
    calculer: (e) => (caf(e) <= 0 ? "non-applicable" : v(e, "B2") / caf(e)),
    sens: "baisse",
    seuils: [
      {
        condition: "> 10 ans",
        si: (x) => x > 10,
        gravite: "alerte",
        message: "dette longue à rembourser avec la CAF",
        source: S_D6145,
        controle: {
          id: "financier/duree-dette",
          message: "2-E : la dette représente {{annees}} années de CAF.",
          description: "La durée apparente de la dette ne dépasse pas 10 ans.",
          correction: "Expliquer la stratégie d'investissement et de désendettement.",
          pourquoi:
            "Au-delà de 10 ans de CAF, le remboursement pèse durablement sur l'exploitation.",
          source: CONTROLE_D6145,
          parametres: ({ valeur }) => ({ annees: formaterNombre(valeur, 1) }),
        },
      },
    ],
  }),
  fin({
    nom: "encours-produits",
    libelle: "Encours de la dette rapporté aux produits",
    unite: "%",
    codes: ["B2", "P1"],
    formule: "={B2}/{P1}",
    formuleEnMots: "B2 / P1",
    calculer: (e) => ratio(v(e, "B2"), v(e, "P1")),
    sens: "baisse",
    seuils: [
      {
        condition: "> 30 %",
        si: (x) => x > 0.3,
        gravite: "info",
        message: "encours élevé au regard des produits",
        source: S_D6145,
        controle: {
          id: "financier/encours-produits",
          message: "2-E : encours de la dette égal à {{valeur}} des produits.",
          description: "Encours de la dette rapporté aux produits (repère : 30 %).",
          correction: "Pour mémoire.",
          pourquoi: "Repère de l'endettement au regard de l'activité.",
          source: CONTROLE_D6145,
        },
      },
    ],
  }),
  fin({
    nom: "taux-resultat",
    libelle: "Résultat rapporté aux produits",
    unite: "%",
    codes: ["R1", "P1"],
    formule: "={R1}/{P1}",
    formuleEnMots: "R1 / P1",
    calculer: (e) => ratio(v(e, "R1"), v(e, "P1")),
    sens: "hausse",
    seuils: [
      {
        condition: "< −3 %",
        si: (x) => x < -0.03,
        gravite: "info",
        message: "déficit supérieur à 3 % des produits",
        source: "Critère sanitaire [CONNAISSANCE]",
        controle: {
          id: "financier/deficit-eleve",
          message: "2-E, {{exercice}} : déficit égal à {{part}} des produits.",
          description: "Un déficit de plus de 3 % des produits.",
          correction: "Expliquer la cause et les mesures prises.",
          pourquoi: "Un déficit de cette ampleur appelle un plan de retour à l'équilibre.",
          parametres: ({ valeur }) => ({ part: formaterValeur(-valeur, "%") }),
        },
      },
    ],
  }),
];
