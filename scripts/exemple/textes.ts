import type { Tirage } from "./aleatoire";

/**
 * Textes libres plausibles des encarts des axes (quelques lignes, « succinctement »), composés de
 * phrases tirées de banques par encart, pour que deux thématiques ne se ressemblent pas tout à fait.
 */

const MODALITES = [
  "Procédure associative commune, révisée en comité de direction et déclinée dans chaque établissement.",
  "Un référent par établissement, réuni chaque trimestre par la direction générale adjointe.",
  "Outils partagés sur l'intranet de l'association et suivi dans le tableau de bord de direction.",
  "Travail engagé avec les familles et les partenaires du territoire, formalisé par convention.",
  "Plan d'action annuel présenté au conseil d'administration et au conseil de la vie sociale.",
  "Organisation harmonisée depuis le précédent CPOM ; les pratiques locales restent adaptées aux publics.",
];

const DIFFICULTES = [
  "Difficultés de recrutement sur les postes éducatifs et paramédicaux, qui ralentissent la mise en œuvre.",
  "Délais de réponse des partenaires du droit commun, variables selon les territoires.",
  "Temps de coordination insuffisant au regard du nombre de situations à suivre.",
  "Hétérogénéité des outils entre les établissements issus de la fusion de 2019.",
  "Financement non pérenne de certaines actions, portées sur crédits non reconductibles.",
  "Éloignement géographique de certains sites, qui complique les actions communes.",
];

const POINTS_FORTS = [
  "Équipes pluridisciplinaires stables et engagées, soutenues par une politique de formation active.",
  "Partenariats anciens et formalisés avec les acteurs du territoire.",
  "Implication des familles et des personnes accompagnées dans les groupes de travail.",
  "Pilotage associatif structuré et indicateurs suivis en comité de direction.",
  "Démarche qualité continue, valorisée lors de la dernière évaluation.",
  "Capacité d'innovation reconnue : dispositifs expérimentaux portés avec l'ARS.",
];

const AMELIORATIONS = [
  "Harmoniser les pratiques entre les établissements et formaliser une procédure commune.",
  "Renforcer le suivi par des indicateurs partagés, présentés une fois par an au CVS.",
  "Développer les coopérations avec le secteur sanitaire et le droit commun.",
  "Former l'ensemble des professionnels sur la durée du CPOM.",
  "Mieux associer les personnes accompagnées et leurs proches à l'évaluation des actions.",
  "Adapter l'organisation pour réduire les délais et éviter les ruptures de parcours.",
];

const PRECISEZ = [
  "Les actions sont conduites par chaque établissement et coordonnées par le siège ; un bilan annuel est présenté au conseil d'administration.",
  "Plusieurs conventions sont en cours de renouvellement ; un groupe de travail associatif pilote la démarche avec les partenaires.",
  "La démarche est engagée dans deux établissements et sera étendue aux autres pendant le CPOM.",
];

export const ENCARTS = [
  ["modalites", "Modalités de mise en œuvre", MODALITES],
  ["difficultes", "Difficultés rencontrées", DIFFICULTES],
  ["points-forts", "Points forts", POINTS_FORTS],
  ["points-amelioration", "Points d'amélioration", AMELIORATIONS],
] as const;

/** Deux phrases distinctes d'une banque. */
export function deuxPhrases(t: Tirage, banque: readonly string[]): string {
  const i = t.entier(0, banque.length - 1);
  const j = (i + t.entier(1, banque.length - 1)) % banque.length;
  return `${banque[i]} ${banque[j]}`;
}

export function precisez(t: Tirage): string {
  return t.parmi(PRECISEZ);
}
