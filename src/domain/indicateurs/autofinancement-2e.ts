import { ratio } from "./calcul";
import { caf, CAF, CONTROLE_HELIOS, fin, PRODUITS, produits, v } from "./e3";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur } from "./types";

/** Famille `fin`, tableau E3 de 2-E : autofinancement (indicateurs.md §5.2). */

const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const F_PROD = "({P1}-{P3}-{P4}-{P5}-{P2}-{P6})";

export const INDICATEURS_2E_AUTOFINANCEMENT: readonly DefinitionIndicateur[] = [
  fin({
    nom: "caf",
    libelle: "Capacité d'autofinancement",
    unite: "€",
    codes: CAF,
    formule: `=${F_CAF}`,
    formuleEnMots: "R1 + C2 − P2 − P3 + C3 − P4 − P5",
    calculer: caf,
    sens: "hausse",
    seuils: [
      {
        condition: "< 0",
        si: (x) => x < 0,
        gravite: "alerte",
        message: "l'exploitation ne dégage pas de ressources pour investir ou rembourser",
        source: "[CONNAISSANCE]",
        controle: {
          id: "financier/caf-negative",
          message:
            "2-E, {{exercice}} : l'exploitation ne dégage pas d'autofinancement ({{valeur}}).",
          description: "La capacité d'autofinancement est positive.",
          correction: "Expliquer ; envisager un plan de retour à l'équilibre.",
          pourquoi:
            "Une CAF négative : l'exploitation consomme des ressources au lieu d'en dégager.",
        },
      },
    ],
  }),
  fin({
    nom: "produits-courants",
    libelle: "Produits pris en compte (taux de CAF)",
    unite: "€",
    codes: PRODUITS,
    formule: `=${F_PROD}`,
    formuleEnMots: "P1 − P3 − P4 − P5 − P2 − P6",
    calculer: produits,
  }),
  fin({
    nom: "taux-caf",
    libelle: "Taux de CAF",
    unite: "%",
    codes: [...CAF, ...PRODUITS],
    formule: `=${F_CAF}/${F_PROD}`,
    formuleEnMots: "CAF / produits courants",
    calculer: (e) => ratio(caf(e), produits(e)),
    sens: "hausse",
    seuils: [
      {
        condition: "< 2 %",
        si: (x) => x < 0.02,
        gravite: "alerte",
        message: "critère de déséquilibre (règle venue du sanitaire)",
        source: SOURCE_HELIOS,
        controle: {
          id: "financier/taux-caf-faible",
          message: "2-E, {{exercice}} : taux de CAF de {{valeur}}, sous 2 %.",
          description: "Le taux de CAF atteint au moins 2 %.",
          correction: "Expliquer ; relier au plan global de financement pluriannuel (PGFP).",
          pourquoi: "Sous 2 %, l'exploitation dégage trop peu pour investir et rembourser.",
          source: CONTROLE_HELIOS,
        },
      },
    ],
  }),
  fin({
    nom: "caf-nette",
    libelle: "CAF nette du remboursement de la dette",
    unite: "€",
    codes: [...CAF, "R2"],
    formule: `=${F_CAF}-{R2}`,
    formuleEnMots: "CAF − R2",
    calculer: (e) => caf(e) - v(e, "R2"),
    sens: "hausse",
  }),
];
