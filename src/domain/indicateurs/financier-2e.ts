import { enJours } from "./calcul";
import { INDICATEURS_2E_AUTOFINANCEMENT } from "./autofinancement-2e";
import { BFR, bfr, CHARGES, charges, fin, FRE, fre, FRI, fri, frng, v } from "./e3";
import { formaterNombre } from "./format";
import { INDICATEURS_2E_PATRIMOINE } from "./patrimoine-2e";
import type { DefinitionIndicateur } from "./types";

/**
 * Famille `fin` : ratios du tableau E3 de l'onglet 2-E (indicateurs.md §5.1 à §5.4), par
 * exercice. Entrées : codes B1…R2 des lignes de données brutes (modèle §5.12). Le classeur peut
 * calculer chaque ratio sur une ligne dont la clé est le nom court de l'id (`fri`, `taux-caf`…).
 */

const JOURS = "*365/({C1}-{C2}-{C3})";
const F_FRI = "({B1}+{B3}-{B4})";
const F_FRE = "({B9}-{B10})";

/** Équilibres du bilan (§5.1) ; autofinancement : `autofinancement-2e.ts` ; patrimoine et dette : `patrimoine-2e.ts`. */
export const INDICATEURS_2E_EQUILIBRES: readonly DefinitionIndicateur[] = [
  fin({
    nom: "fri",
    libelle: "Fonds de roulement d'investissement",
    unite: "€",
    codes: FRI,
    formule: `=${F_FRI}`,
    formuleEnMots: "(B1 + B3) − B4",
    calculer: fri,
  }),
  fin({
    nom: "fre",
    libelle: "Fonds de roulement d'exploitation",
    unite: "€",
    codes: FRE,
    formule: `=${F_FRE}`,
    formuleEnMots: "B9 − B10",
    calculer: fre,
  }),
  fin({
    nom: "frng",
    libelle: "Fonds de roulement net global",
    unite: "€",
    codes: [...FRI, ...FRE],
    formule: `=${F_FRI}+${F_FRE}`,
    formuleEnMots: "FRI + FRE",
    calculer: frng,
    sens: "hausse",
    seuils: [
      {
        condition: "< 0",
        si: (x) => x < 0,
        gravite: "alerte",
        message: "déséquilibre : les ressources stables ne couvrent pas les immobilisations",
        source: "Weka, concepts de base de l'analyse financière [CONNAISSANCE]",
        controle: {
          id: "financier/frng-negatif",
          message: "2-E, {{exercice}} : fonds de roulement net global négatif ({{valeur}}).",
          description: "Le fonds de roulement net global est positif.",
          correction: "Expliquer ; prévoir un objectif de rétablissement (PGFP).",
          pourquoi: "Un FRNG négatif : les ressources stables ne couvrent pas les immobilisations.",
          source: "[CONNAISSANCE]",
        },
      },
    ],
  }),
  fin({
    nom: "bfr",
    libelle: "Besoin en fonds de roulement",
    unite: "€",
    codes: BFR,
    formule: "={B11}-{B12}",
    formuleEnMots: "B11 − B12 (négatif = ressource en fonds de roulement)",
    calculer: bfr,
  }),
  fin({
    nom: "tresorerie",
    libelle: "Trésorerie",
    unite: "€",
    codes: [...FRI, ...FRE, ...BFR],
    formule: `=${F_FRI}+${F_FRE}-({B11}-{B12})`,
    formuleEnMots: "FRNG − BFR",
    calculer: (e) => frng(e) - bfr(e),
    sens: "hausse",
    seuils: [
      {
        condition: "< 0",
        si: (x) => x < 0,
        gravite: "alerte",
        message: "trésorerie négative",
        source: "Cadre EPRD / ERRD [CONNAISSANCE]",
        controle: {
          id: "financier/tresorerie-negative",
          message: "2-E, {{exercice}} : trésorerie négative ({{valeur}}).",
          description: "La trésorerie (FRNG − BFR) est positive.",
          correction: "Expliquer le financement court terme utilisé.",
          pourquoi: "Une trésorerie négative est financée par des concours bancaires coûteux.",
          source: "[CONNAISSANCE]",
        },
      },
    ],
  }),
  fin({
    nom: "tresorerie-bilan",
    libelle: "Trésorerie constatée au bilan",
    unite: "€",
    codes: ["B13", "B14"],
    formule: "={B13}-{B14}",
    formuleEnMots: "B13 − B14 (doit égaler FRNG − BFR)",
    calculer: (e) => v(e, "B13") - v(e, "B14"),
    reference: "indicateurs.md §5.1 [INFÉRENCE]",
  }),
  fin({
    nom: "charges-courantes",
    libelle: "Charges courantes décaissables",
    unite: "€",
    codes: CHARGES,
    formule: "={C1}-{C2}-{C3}",
    formuleEnMots: "C1 − C2 − C3",
    calculer: charges,
  }),
  fin({
    nom: "frng-jours",
    libelle: "FRNG en jours de charges courantes",
    unite: "jours",
    codes: [...FRI, ...FRE, ...CHARGES],
    formule: `=(${F_FRI}+${F_FRE})${JOURS}`,
    formuleEnMots: "FRNG × 365 / charges courantes",
    calculer: (e) => enJours(frng(e), charges(e)),
  }),
  fin({
    nom: "bfr-jours",
    libelle: "BFR en jours de charges courantes",
    unite: "jours",
    codes: [...BFR, ...CHARGES],
    formule: `=({B11}-{B12})${JOURS}`,
    formuleEnMots: "BFR × 365 / charges courantes",
    calculer: (e) => enJours(bfr(e), charges(e)),
  }),
  fin({
    nom: "tresorerie-jours",
    libelle: "Trésorerie en jours de charges courantes",
    unite: "jours",
    codes: [...FRI, ...FRE, ...BFR, ...CHARGES],
    formule: `=(${F_FRI}+${F_FRE}-({B11}-{B12}))${JOURS}`,
    formuleEnMots: "(FRNG − BFR) × 365 / charges courantes",
    calculer: (e) => enJours(frng(e) - bfr(e), charges(e)),
    sens: "hausse",
    seuils: [
      {
        condition: "< 30 jours",
        si: (x) => x < 30,
        gravite: "alerte",
        message: "trésorerie tendue (repères de 15 à 30 jours de charges courantes)",
        source: "Pratique de l'analyse financière des ESMS [CONNAISSANCE]",
        controle: {
          id: "financier/tresorerie-faible",
          // Une trésorerie négative relève de `financier/tresorerie-negative`.
          aussi: (x) => x >= 0,
          message: "2-E, {{exercice}} : trésorerie de {{jours}} jours de charges courantes.",
          description: "La trésorerie couvre au moins 30 jours de charges courantes.",
          correction: "Expliquer la tension ; justifier une éventuelle réserve de trésorerie.",
          pourquoi: "Sous 30 jours, l'organisme peut peiner à payer salaires et fournisseurs.",
          source: "[CONNAISSANCE]",
          parametres: ({ valeur }) => ({ jours: formaterNombre(valeur, 0) }),
        },
      },
    ],
  }),
];

/** Équilibres du bilan et autofinancement (§5.1, §5.2), dans l'ordre de la référence. */
export const INDICATEURS_2E_BILAN: readonly DefinitionIndicateur[] = [
  ...INDICATEURS_2E_EQUILIBRES,
  ...INDICATEURS_2E_AUTOFINANCEMENT,
];

/** Tous les indicateurs du tableau E3, dans l'ordre de la référence. */
export const INDICATEURS_2E: readonly DefinitionIndicateur[] = [
  ...INDICATEURS_2E_BILAN,
  ...INDICATEURS_2E_PATRIMOINE,
];
