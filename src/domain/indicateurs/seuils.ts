import type { Seuil } from "./types";

/** Seuils partagés (références : indicateurs.md §4 et §9). */

export const SOURCE_HELIOS = "Hélios (outil des ARS), infobulles d'indicateurs [CONFIRMÉ]";

/** Une part : numérateur ≤ dénominateur, résultat dans [0 %, 100 %]. */
export const PART_BORNEE: readonly Seuil[] = [
  {
    condition: "> 100 %",
    si: (v) => v > 1,
    gravite: "erreur",
    message: "le numérateur dépasse le dénominateur, ce qui est impossible pour une part",
    source: "Définition d'une part (indicateurs.md §4) [INFÉRENCE]",
    controle: {
      id: "complementaires/numerateur-superieur",
      cleMessage: "superieur",
      message:
        "{{indicateur}} ({{perimetre}}) : le numérateur ({{num}}) dépasse le dénominateur ({{den}}).",
      description: "Pour une part, le numérateur ne dépasse pas le dénominateur.",
      correction: "Le numérateur est une partie du dénominateur : corriger l'un des deux.",
      pourquoi: "Une part ne peut pas dépasser 100 %.",
      source: "Définition d'une part (indicateurs.md §4)",
      parametres: ({ entrees }) => ({
        num: entrees.numerateur ?? NaN,
        den: entrees.denominateur ?? NaN,
      }),
    },
  },
  {
    condition: "< 0 %",
    si: (v) => v < 0,
    gravite: "erreur",
    message: "une part ne peut pas être négative",
    source: "Définition d'une part (indicateurs.md §4) [INFÉRENCE]",
  },
];

export const NEGATIF_IMPOSSIBLE: Seuil = {
  condition: "< 0",
  si: (v) => v < 0,
  gravite: "erreur",
  message: "la valeur ne peut pas être négative",
  source: "Grandeur positive par nature [INFÉRENCE]",
};

/** > 120 % : activité atypique (réalisation, occupation, accueil temporaire). */
export const ACTIVITE_ATYPIQUE: Seuil = {
  condition: "> 120 %",
  si: (v) => v > 1.2,
  gravite: "alerte",
  message: "valeur atypique (au-delà de 120 %), à vérifier",
  source: SOURCE_HELIOS,
};
