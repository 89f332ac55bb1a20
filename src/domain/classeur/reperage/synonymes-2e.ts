import type { Definition } from "./correspondance";
import { LIGNES_E3, LIGNES_E6 } from "./synonymes-2e-2f";
import { LIGNES_E1, LIGNES_E2 } from "./synonymes";

/**
 * Libellés de lignes de chaque tableau de 2-E (clé de ligne = libellé reconnu, jamais une colonne de
 * codes) : E1 à E3 et E6 d'après le modèle (classeur-diagnostic.md §5.12), E4 et E5 d'après les
 * catégories professionnelles du tableau de bord ANAP (referentiels.md §9). Voir docs/synonymes.md.
 */

const d = (cle: string, canonique: string, ...synonymes: string[]): Definition => ({
  cle,
  canonique,
  synonymes,
});

/** E1 : la base budgétaire des ESMS (dénominateur de la réserve de compensation, indicateurs.md §7). */
const BASE_BUDGETAIRE = d(
  "base-budgetaire",
  "base budgetaire",
  "base budgetaire des esms",
  "produits de la tarification",
  "base budgetaire de reference",
);

/** Catégories professionnelles (referentiels.md §9) et ligne de total. */
export const CATEGORIES_PRO: readonly Definition[] = [
  d("direction", "direction encadrement", "direction", "encadrement", "personnel de direction"),
  d("administration", "administration gestion", "administration", "administratif", "gestion"),
  d("services-generaux", "services generaux", "services generaux et logistique", "logistique"),
  d("restauration", "restauration", "cuisine"),
  d("socio-educatif", "socio educatif", "educatif", "personnel educatif", "educatif et social"),
  d("paramedical", "paramedical", "personnel paramedical", "soignants", "soins"),
  d("psychologue", "psychologue", "psychologues"),
  d("ash", "agents de service ash", "agents de service", "ash", "agents de service hospitalier"),
  d("medical", "medical", "personnel medical", "medecins"),
  d(
    "education-nationale",
    "personnel de l education nationale",
    "education nationale",
    "enseignants",
  ),
  d("autres", "autres fonctions", "autres", "autre personnel", "autres personnels"),
  d("total", "total", "total general", "total calcule", "total declare"),
];

/** Lignes attendues de chaque tableau, par clé de tableau. */
export const LIGNES_2E: Readonly<Record<string, readonly Definition[]>> = {
  "e1-resultats": [...LIGNES_E1, BASE_BUDGETAIRE],
  "e2-reserves": LIGNES_E2,
  "e3-financier": LIGNES_E3,
  "e4-retraites": CATEGORIES_PRO,
  "e5-effectifs": CATEGORIES_PRO,
  "e6-frais-siege": LIGNES_E6,
};

/**
 * Lignes sans lesquelles un tableau ne sert pas ses indicateurs et contrôles : leur absence est
 * signalée (avertissement précis, puis `classeur/zone-introuvable`).
 */
export const LIGNES_REQUISES_2E: Readonly<Record<string, readonly string[]>> = {
  "e1-resultats": ["ars", "cd", "conjointe", "total"],
  "e3-financier": LIGNES_E3.map((x) => x.cle).filter((c) => /^[BCPR]\d/.test(c)),
  "e6-frais-siege": ["frais-autorises", "taux-autorise", "quote-part", "base"],
};
