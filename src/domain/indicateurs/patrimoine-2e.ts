import { ratio } from "./calcul";
import { caf, CAF, capitaux, fin, S_D6145, S_GUIDE_M22, v } from "./e3";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur, Seuil } from "./types";

/** Famille `fin`, tableau E3 de 2-E : patrimoine, endettement et résultat (indicateurs.md §5.3, §5.4). */

const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const VETUSTE: readonly Seuil[] = [
  {
    condition: "> 100 %",
    si: (x) => x > 1,
    gravite: "erreur",
    message: "impossible : amortissements supérieurs à la valeur brute",
    source: SOURCE_HELIOS,
  },
  {
    condition: "hors [0 %, 80 %]",
    si: (x) => x < 0 || (x > 0.8 && x <= 1),
    gravite: "alerte",
    message: "valeur atypique ; au-delà de 50-60 %, besoin de réinvestir",
    source: SOURCE_HELIOS,
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
      },
    ],
  }),
];
