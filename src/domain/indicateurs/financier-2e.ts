import { enJours, ratio } from "./calcul";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur, Entrees, Raison, Seuil, Sens, Unite } from "./types";

/**
 * Famille `fin` : ratios du tableau E3 de l'onglet 2-E (indicateurs.md §5.1 à §5.4), par
 * exercice. Entrées : codes B1…R2 des lignes de données brutes (modèle §5.12). Le classeur peut
 * calculer chaque ratio sur une ligne dont la clé est le nom court de l'id (`fri`, `taux-caf`…).
 */

const v = (e: Entrees, cle: string): number => e[cle] ?? NaN;
const fri = (e: Entrees) => v(e, "B1") + v(e, "B3") - v(e, "B4");
const fre = (e: Entrees) => v(e, "B9") - v(e, "B10");
const frng = (e: Entrees) => fri(e) + fre(e);
const bfr = (e: Entrees) => v(e, "B11") - v(e, "B12");
const charges = (e: Entrees) => v(e, "C1") - v(e, "C2") - v(e, "C3");
const caf = (e: Entrees) =>
  v(e, "R1") + v(e, "C2") - v(e, "P2") - v(e, "P3") + v(e, "C3") - v(e, "P4") - v(e, "P5");
const produits = (e: Entrees) =>
  v(e, "P1") - v(e, "P3") - v(e, "P4") - v(e, "P5") - v(e, "P2") - v(e, "P6");
const capitaux = (e: Entrees) => v(e, "B1") + v(e, "B9");

const FRI = ["B1", "B3", "B4"];
const FRE = ["B9", "B10"];
const BFR = ["B11", "B12"];
const CHARGES = ["C1", "C2", "C3"];
const CAF = ["R1", "C2", "P2", "P3", "C3", "P4", "P5"];
const PRODUITS = ["P1", "P2", "P3", "P4", "P5", "P6"];

/** Libellés canoniques des codes du tableau E3 (modèle §5.12). */
export const LIBELLES_E3: Readonly<Record<string, string>> = {
  B1: "financements stables d'investissement (B1)",
  B2: "emprunts et dettes financières (B2)",
  B3: "amortissements et dépréciations cumulés (B3)",
  B4: "immobilisations brutes (B4)",
  B5: "constructions, valeur brute (B5)",
  B6: "amortissements cumulés des constructions (B6)",
  B7: "installations, matériels et autres immobilisations, valeur brute (B7)",
  B8: "amortissements cumulés des installations et matériels (B8)",
  B9: "financements stables d'exploitation (B9)",
  B10: "emplois stables d'exploitation (B10)",
  B11: "actif circulant d'exploitation (B11)",
  B12: "dettes d'exploitation (B12)",
  B13: "disponibilités (B13)",
  B14: "concours bancaires courants (B14)",
  C1: "total des charges (C1)",
  C2: "dotations aux amortissements et provisions (C2)",
  C3: "valeur comptable des actifs cédés (C3)",
  P1: "total des produits (P1)",
  P2: "reprises sur amortissements et provisions (P2)",
  P3: "produits des cessions (P3)",
  P4: "quote-part des subventions virée au résultat (P4)",
  P5: "autres produits exceptionnels, dont 7781 (P5)",
  P6: "rabais et remises, variation des stocks de produits (P6)",
  R1: "résultat de l'exercice (R1)",
  R2: "remboursement en capital des emprunts (R2)",
};

const S_GUIDE_M22 = "Guide M22 UNCCAS, ratios de l'EPRD [CONFIRMÉ]";
const S_D6145 = "Art. D6145-70 CSP, critère sanitaire transposé : alerte, pas règle [CONFIRMÉ]";

function seuil(
  condition: string,
  si: (x: number) => boolean,
  message: string,
  source: string,
  gravite: Seuil["gravite"] = "alerte",
): Seuil {
  return { condition, si, gravite, message, source };
}

function fin(
  nomCourt: string,
  libelle: string,
  unite: Unite,
  codes: readonly string[],
  formule: string,
  formuleEnMots: string,
  calculer: (e: Entrees) => number | Raison,
  options: { sens?: Sens; seuils?: readonly Seuil[]; reference?: string } = {},
): DefinitionIndicateur {
  return {
    id: `fin.${nomCourt}`,
    libelle,
    unite,
    granularite: "organisme",
    onglet: "financier-2e",
    source: `2-E, tableau E3 : lignes ${[...new Set(codes)].join(", ")}, colonne de l'exercice`,
    entrees: [...new Set(codes)].map((cle) => ({ cle, libelle: LIBELLES_E3[cle] ?? cle })),
    formule,
    formuleEnMots,
    sens: options.sens ?? "contexte",
    calculer,
    seuils: options.seuils ?? [],
    uniteEntrees: "€",
    reference: options.reference ?? "indicateurs.md §5",
  };
}

const JOURS = "*365/({C1}-{C2}-{C3})";
const F_FRI = "({B1}+{B3}-{B4})";
const F_FRE = "({B9}-{B10})";
const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const F_PROD = "({P1}-{P3}-{P4}-{P5}-{P2}-{P6})";
const VETUSTE: readonly Seuil[] = [
  seuil(
    "> 100 %",
    (x) => x > 1,
    "impossible : amortissements supérieurs à la valeur brute",
    SOURCE_HELIOS,
    "erreur",
  ),
  seuil(
    "hors [0 %, 80 %]",
    (x) => x < 0 || (x > 0.8 && x <= 1),
    "valeur atypique ; au-delà de 50-60 %, besoin de réinvestir",
    SOURCE_HELIOS,
  ),
];

export const INDICATEURS_2E: readonly DefinitionIndicateur[] = [
  fin("fri", "Fonds de roulement d'investissement", "€", FRI, `=${F_FRI}`, "(B1 + B3) − B4", fri),
  fin("fre", "Fonds de roulement d'exploitation", "€", FRE, `=${F_FRE}`, "B9 − B10", fre),
  fin(
    "frng",
    "Fonds de roulement net global",
    "€",
    [...FRI, ...FRE],
    `=${F_FRI}+${F_FRE}`,
    "FRI + FRE",
    frng,
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< 0",
          (x) => x < 0,
          "déséquilibre : les ressources stables ne couvrent pas les immobilisations",
          "Weka, concepts de base de l'analyse financière [CONNAISSANCE]",
        ),
      ],
    },
  ),
  fin(
    "bfr",
    "Besoin en fonds de roulement",
    "€",
    BFR,
    "={B11}-{B12}",
    "B11 − B12 (négatif = ressource en fonds de roulement)",
    bfr,
  ),
  fin(
    "tresorerie",
    "Trésorerie",
    "€",
    [...FRI, ...FRE, ...BFR],
    `=${F_FRI}+${F_FRE}-({B11}-{B12})`,
    "FRNG − BFR",
    (e) => frng(e) - bfr(e),
    {
      sens: "hausse",
      seuils: [
        seuil("< 0", (x) => x < 0, "trésorerie négative", "Cadre EPRD / ERRD [CONNAISSANCE]"),
      ],
    },
  ),
  fin(
    "tresorerie-bilan",
    "Trésorerie constatée au bilan",
    "€",
    ["B13", "B14"],
    "={B13}-{B14}",
    "B13 − B14 (doit égaler FRNG − BFR)",
    (e) => v(e, "B13") - v(e, "B14"),
    { reference: "indicateurs.md §5.1 [INFÉRENCE]" },
  ),
  fin(
    "charges-courantes",
    "Charges courantes décaissables",
    "€",
    CHARGES,
    "={C1}-{C2}-{C3}",
    "C1 − C2 − C3",
    charges,
  ),
  fin(
    "frng-jours",
    "FRNG en jours de charges courantes",
    "jours",
    [...FRI, ...FRE, ...CHARGES],
    `=(${F_FRI}+${F_FRE})${JOURS}`,
    "FRNG × 365 / charges courantes",
    (e) => enJours(frng(e), charges(e)),
  ),
  fin(
    "bfr-jours",
    "BFR en jours de charges courantes",
    "jours",
    [...BFR, ...CHARGES],
    `=({B11}-{B12})${JOURS}`,
    "BFR × 365 / charges courantes",
    (e) => enJours(bfr(e), charges(e)),
  ),
  fin(
    "tresorerie-jours",
    "Trésorerie en jours de charges courantes",
    "jours",
    [...FRI, ...FRE, ...BFR, ...CHARGES],
    `=(${F_FRI}+${F_FRE}-({B11}-{B12}))${JOURS}`,
    "(FRNG − BFR) × 365 / charges courantes",
    (e) => enJours(frng(e) - bfr(e), charges(e)),
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< 30 jours",
          (x) => x < 30,
          "trésorerie tendue (repères de 15 à 30 jours de charges courantes)",
          "Pratique de l'analyse financière des ESMS [CONNAISSANCE]",
        ),
      ],
    },
  ),
  fin(
    "caf",
    "Capacité d'autofinancement",
    "€",
    CAF,
    `=${F_CAF}`,
    "R1 + C2 − P2 − P3 + C3 − P4 − P5",
    caf,
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< 0",
          (x) => x < 0,
          "l'exploitation ne dégage pas de ressources pour investir ou rembourser",
          "[CONNAISSANCE]",
        ),
      ],
    },
  ),
  fin(
    "produits-courants",
    "Produits pris en compte (taux de CAF)",
    "€",
    PRODUITS,
    `=${F_PROD}`,
    "P1 − P3 − P4 − P5 − P2 − P6",
    produits,
  ),
  fin(
    "taux-caf",
    "Taux de CAF",
    "%",
    [...CAF, ...PRODUITS],
    `=${F_CAF}/${F_PROD}`,
    "CAF / produits courants",
    (e) => ratio(caf(e), produits(e)),
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< 2 %",
          (x) => x < 0.02,
          "critère de déséquilibre (règle venue du sanitaire)",
          SOURCE_HELIOS,
        ),
      ],
    },
  ),
  fin(
    "caf-nette",
    "CAF nette du remboursement de la dette",
    "€",
    [...CAF, "R2"],
    `=${F_CAF}-{R2}`,
    "CAF − R2",
    (e) => caf(e) - v(e, "R2"),
    { sens: "hausse" },
  ),
  fin(
    "vetuste-constructions",
    "Taux de vétusté des constructions",
    "%",
    ["B5", "B6"],
    "={B6}/{B5}",
    "B6 / B5",
    (e) => ratio(v(e, "B6"), v(e, "B5")),
    { sens: "baisse", seuils: VETUSTE },
  ),
  fin(
    "vetuste-equipements",
    "Taux de vétusté des installations et équipements",
    "%",
    ["B7", "B8"],
    "={B8}/{B7}",
    "B8 / B7",
    (e) => ratio(v(e, "B8"), v(e, "B7")),
    { sens: "baisse", seuils: VETUSTE },
  ),
  fin(
    "capitaux-permanents",
    "Capitaux permanents",
    "€",
    ["B1", "B9"],
    "={B1}+{B9}",
    "B1 + B9",
    capitaux,
    { reference: "indicateurs.md §5.3 [INFÉRENCE]" },
  ),
  fin(
    "taux-endettement",
    "Taux d'endettement",
    "%",
    ["B2", "B1", "B9"],
    "={B2}/({B1}+{B9})",
    "B2 / capitaux permanents (B1 + B9)",
    (e) => ratio(v(e, "B2"), capitaux(e)),
    {
      sens: "baisse",
      seuils: [
        seuil(
          "> 50 %",
          (x) => x > 0.5,
          "endettement élevé",
          "Weka, analyse par les ratios [CONFIRMÉ]",
        ),
      ],
    },
  ),
  fin(
    "independance-financiere",
    "Indépendance financière",
    "%",
    ["B2", "B1"],
    "={B2}/{B1}",
    "B2 / B1",
    (e) => ratio(v(e, "B2"), v(e, "B1")),
    {
      sens: "baisse",
      seuils: [
        seuil("> 50 %", (x) => x > 0.5, "dépendance aux emprunts", `${S_GUIDE_M22} ; ${S_D6145}`),
      ],
    },
  ),
  fin(
    "duree-dette",
    "Durée apparente de la dette",
    "ans",
    ["B2", ...CAF],
    `=IF(${F_CAF}<=0,"",{B2}/${F_CAF})`,
    "B2 / CAF (non calculable si CAF ≤ 0)",
    (e) => (caf(e) <= 0 ? "non-applicable" : v(e, "B2") / caf(e)),
    {
      sens: "baisse",
      seuils: [seuil("> 10 ans", (x) => x > 10, "dette longue à rembourser avec la CAF", S_D6145)],
    },
  ),
  fin(
    "encours-produits",
    "Encours de la dette rapporté aux produits",
    "%",
    ["B2", "P1"],
    "={B2}/{P1}",
    "B2 / P1",
    (e) => ratio(v(e, "B2"), v(e, "P1")),
    {
      sens: "baisse",
      seuils: [
        seuil("> 30 %", (x) => x > 0.3, "encours élevé au regard des produits", S_D6145, "info"),
      ],
    },
  ),
  fin(
    "taux-resultat",
    "Résultat rapporté aux produits",
    "%",
    ["R1", "P1"],
    "={R1}/{P1}",
    "R1 / P1",
    (e) => ratio(v(e, "R1"), v(e, "P1")),
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< −3 %",
          (x) => x < -0.03,
          "déficit supérieur à 3 % des produits",
          "Critère sanitaire [CONNAISSANCE]",
          "info",
        ),
      ],
    },
  ),
];
