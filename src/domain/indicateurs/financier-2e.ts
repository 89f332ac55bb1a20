import { enJours, ratio } from "./calcul";
import {
  BFR,
  bfr,
  CAF,
  caf,
  CHARGES,
  charges,
  fin,
  FRE,
  fre,
  FRI,
  fri,
  frng,
  PRODUITS,
  produits,
  seuil,
  v,
} from "./e3";
import { INDICATEURS_2E_PATRIMOINE } from "./patrimoine-2e";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur } from "./types";

/**
 * Famille `fin` : ratios du tableau E3 de l'onglet 2-E (indicateurs.md §5.1 à §5.4), par
 * exercice. Entrées : codes B1…R2 des lignes de données brutes (modèle §5.12). Le classeur peut
 * calculer chaque ratio sur une ligne dont la clé est le nom court de l'id (`fri`, `taux-caf`…).
 */

const JOURS = "*365/({C1}-{C2}-{C3})";
const F_FRI = "({B1}+{B3}-{B4})";
const F_FRE = "({B9}-{B10})";
const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const F_PROD = "({P1}-{P3}-{P4}-{P5}-{P2}-{P6})";
/** Équilibres du bilan et autofinancement (§5.1, §5.2) ; patrimoine et dette : `patrimoine-2e.ts`. */
export const INDICATEURS_2E_BILAN: readonly DefinitionIndicateur[] = [
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
];

/** Tous les indicateurs du tableau E3, dans l'ordre de la référence. */
export const INDICATEURS_2E: readonly DefinitionIndicateur[] = [
  ...INDICATEURS_2E_BILAN,
  ...INDICATEURS_2E_PATRIMOINE,
];
