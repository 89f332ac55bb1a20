/**
 * Listes des fiches-objectifs (referentiels.md §6.1 et §13) : besoins SERAFIN-PH (numérotation
 * ANS, terminologie 2023.1.0 [CONFIRMÉ]), unités, sens, fréquences, statuts de suivi.
 */

export interface BesoinSerafin {
  readonly code: string;
  readonly libelle: string;
}

export interface BlocSerafin {
  readonly code: string;
  readonly libelle: string;
  readonly besoins: readonly BesoinSerafin[];
}

const b = (code: string, libelle: string): BesoinSerafin => ({ code, libelle });

/** Besoins « feuilles » de la nomenclature, par bloc (1.1 santé, 1.2 autonomie, 1.3 participation). */
export const BESOINS_SERAFIN: readonly BlocSerafin[] = [
  {
    code: "1.1",
    libelle: "Besoins en matière de santé somatique ou psychique",
    besoins: [
      b("1.1.1", "Fonctions mentales, psychiques, cognitives et du système nerveux"),
      b("1.1.2", "Fonctions sensorielles"),
      b("1.1.3", "Douleur"),
      b("1.1.4", "Voix, parole et appareil bucco-dentaire"),
      b("1.1.5", "Fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire"),
      b("1.1.6", "Fonctions digestive, métabolique et endocrinienne"),
      b("1.1.7", "Fonctions génito-urinaires et reproductives"),
      b("1.1.8", "Fonctions locomotrices"),
      b("1.1.9", "Peau et structures associées"),
      b("1.1.10", "Entretenir et prendre soin de sa santé"),
    ],
  },
  {
    code: "1.2",
    libelle: "Besoins en matière d'autonomie",
    besoins: [
      b("1.2.1.1", "Entretien personnel"),
      b("1.2.1.2", "Relations et interactions avec autrui"),
      b("1.2.1.3", "Mobilité"),
      b("1.2.1.4", "Prendre des décisions adaptées et pour la sécurité"),
    ],
  },
  {
    code: "1.3",
    libelle: "Besoins pour la participation sociale",
    besoins: [
      b("1.3.1.1", "Accéder aux droits et à la citoyenneté"),
      b("1.3.2.1", "Vivre dans un logement"),
      b("1.3.2.2", "Accomplir les activités domestiques"),
      b("1.3.3.1", "Vie scolaire et étudiante"),
      b("1.3.3.2", "Travail et emploi"),
      b("1.3.3.3", "Apprentissages transversaux"),
      b("1.3.3.4", "Vie familiale, parentalité, vie affective et sexuelle"),
      b("1.3.3.5", "Apprendre à être pair-aidant"),
      b("1.3.4.1", "Participer à la vie sociale"),
      b("1.3.4.2", "Se déplacer avec un moyen de transport"),
      b("1.3.5.1", "Ressources et autosuffisance économique"),
    ],
  },
];

export const UNITES: readonly string[] = ["%", "nombre", "jours", "€", "ETP", "oui / non"];
export const SENS: readonly string[] = ["hausse", "baisse", "maintien"];
export const FREQUENCES: readonly string[] = [
  "mensuelle",
  "trimestrielle",
  "semestrielle",
  "annuelle",
];
export const STATUTS_SUIVI: readonly string[] = [
  "Non démarré",
  "En cours",
  "Atteint",
  "Partiellement atteint",
  "Non atteint",
  "Reporté",
  "Abandonné",
];
export const CONCERNE: readonly string[] = ["X"];

/**
 * Orientations du PRS : la liste officielle n'est pas publique ; intitulés neutres à remplacer
 * dans la feuille « Listes » par les libellés du PRS en vigueur (fiches-objectifs.md §3).
 */
export const ORIENTATIONS_PRS: readonly string[] = [
  "Orientation 1 du PRS (à remplacer par le libellé du PRS en vigueur)",
  "Orientation 2 du PRS (à remplacer par le libellé du PRS en vigueur)",
  "Orientation 3 du PRS (à remplacer par le libellé du PRS en vigueur)",
  "Orientation 4 du PRS (à remplacer par le libellé du PRS en vigueur)",
  "Orientation 5 du PRS (à remplacer par le libellé du PRS en vigueur)",
];
