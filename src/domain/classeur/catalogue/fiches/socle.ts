/**
 * Les trois axes stratégiques et les six objectifs minimaux (« socle ») du CPOM PH, avec les
 * exemples d'indicateurs, les besoins SERAFIN-PH suggérés et les sources des constats
 * (fiches-objectifs.md §2 et §4.1). Liste et regroupement [CONFIRMÉ] ; le reste [INFÉRENCE].
 */

export type NumeroAxe = 1 | 2 | 3;
export type CodeSocle =
  | "s1-inadequations"
  | "s2-inclusion"
  | "s3-cooperation"
  | "s4-qualite"
  | "s5-prevention"
  | "s6-optimisation";

export interface AxeStrategique {
  readonly numero: NumeroAxe;
  /** Libellé de la liste déroulante (« 1 — Réponse aux besoins… »). */
  readonly libelle: string;
}

export const AXES: readonly AxeStrategique[] = [
  { numero: 1, libelle: "1 — Réponse aux besoins territoriaux et adaptation des parcours" },
  { numero: 2, libelle: "2 — Bientraitance, démarche qualité et maîtrise des risques" },
  { numero: 3, libelle: "3 — Efficience et innovation des organisations" },
];

export interface IndicateurPropose {
  readonly libelle: string;
  readonly mode: string;
  readonly unite: string;
  readonly sens: "hausse" | "baisse" | "maintien";
}

/** Où chercher les constats d'un objectif : onglet d'axe (« 1-1 ») et mots des thématiques. */
export interface SourceConstats {
  readonly axe: string;
  /** Mots normalisés (sans accents) ; liste vide = toutes les thématiques de l'axe. */
  readonly thematiques: readonly string[];
}

export interface ObjectifSocle {
  readonly code: CodeSocle;
  readonly axe: NumeroAxe;
  /** Numéro de la fiche générée (1.1 … 3.1). */
  readonly numero: string;
  /** Libellé de la liste « Objectifs minimaux ». */
  readonly libelle: string;
  readonly finalite: string;
  /** Intitulé proposé, à reformuler par l'organisme. */
  readonly intitulePropose: string;
  readonly indicateurs: readonly IndicateurPropose[];
  /** Codes SERAFIN-PH (besoins) suggérés, marqués « X ». */
  readonly besoins: readonly string[];
  readonly sources: readonly SourceConstats[];
  /** Préfixes d'identifiants d'indicateurs (`creton.`, `anap.taux-derogation`). */
  readonly indicateursSources: readonly string[];
}

export const OBJECTIF_SPECIFIQUE = "Objectif spécifique";

export const OBJECTIFS_SOCLE: readonly ObjectifSocle[] = [
  {
    code: "s1-inadequations",
    axe: 1,
    numero: "1.1",
    libelle: "Inadéquations",
    finalite:
      "Réduire les accompagnements qui ne correspondent plus à l'âge, aux besoins ou à l'orientation.",
    intitulePropose: "Proposer une solution adaptée à chaque situation d'inadéquation",
    indicateurs: [
      {
        libelle: "Jeunes adultes en amendement Creton",
        mode: "Total de l'onglet 2-F au 31/12",
        unite: "nombre",
        sens: "baisse",
      },
      {
        libelle: "Part des personnes accompagnées hors autorisation",
        mode: "Personnes hors autorisation / personnes accompagnées (Tableau de bord)",
        unite: "%",
        sens: "baisse",
      },
    ],
    besoins: ["1.2.1.4", "1.3.2.1", "1.3.3.2"],
    sources: [
      { axe: "1-1", thematiques: ["transition", "situations complexes"] },
      { axe: "1-2", thematiques: ["admission", "attente", "vieillissement"] },
    ],
    indicateursSources: ["creton.", "anap.taux-derogation", "compl.attente"],
  },
  {
    code: "s2-inclusion",
    axe: 1,
    numero: "1.2",
    libelle: "Inclusion",
    finalite: "Déplacer l'accompagnement vers le milieu ordinaire.",
    intitulePropose: "Développer l'accompagnement en milieu ordinaire",
    indicateurs: [
      {
        libelle: "Part des enfants scolarisés en milieu ordinaire",
        mode: "Enfants scolarisés en milieu ordinaire / enfants accompagnés",
        unite: "%",
        sens: "hausse",
      },
      {
        libelle: "Sorties d'ESAT vers le milieu ordinaire",
        mode: "Nombre de sorties vers l'emploi ordinaire dans l'année",
        unite: "nombre",
        sens: "hausse",
      },
    ],
    besoins: ["1.3.3.1", "1.3.3.2", "1.3.2.1", "1.3.4.1"],
    sources: [
      { axe: "1-1", thematiques: ["scolarisation", "inclusion"] },
      { axe: "1-2", thematiques: ["habitat", "emploi", "vie sociale"] },
    ],
    indicateursSources: ["compl.scolarisation", "compl.activite-milieu", "compl.sorties-esat"],
  },
  {
    code: "s3-cooperation",
    axe: 1,
    numero: "1.3",
    libelle: "Coopération territoriale",
    finalite:
      "Organiser les parcours avec le sanitaire, la psychiatrie, l'Éducation nationale et les autres organismes.",
    intitulePropose: "Formaliser les coopérations du territoire",
    indicateurs: [
      {
        libelle: "Conventions de coopération actives",
        mode: "Nombre de conventions en vigueur au 31/12, par type de partenaire",
        unite: "nombre",
        sens: "hausse",
      },
    ],
    besoins: ["1.1.1", "1.1.10", "1.3.3.1"],
    sources: [{ axe: "1-3", thematiques: [] }],
    indicateursSources: [],
  },
  {
    code: "s4-qualite",
    axe: 2,
    numero: "2.1",
    libelle: "Qualité",
    finalite: "Projet personnalisé, participation, évaluation et amélioration continue.",
    intitulePropose: "Réactualiser chaque projet personnalisé avec la personne",
    indicateurs: [
      {
        libelle: "Part des projets personnalisés réactualisés dans l'année",
        mode: "Projets réactualisés dans l'année / personnes accompagnées",
        unite: "%",
        sens: "hausse",
      },
      {
        libelle: "Réunions du conseil de la vie sociale",
        mode: "Nombre de réunions dans l'année, par ESMS",
        unite: "nombre",
        sens: "hausse",
      },
    ],
    besoins: ["1.3.1.1", "1.2.1.2"],
    sources: [
      {
        axe: "2",
        thematiques: ["projet d etablissement", "2002", "projet personnalise", "participation"],
      },
      { axe: "2", thematiques: ["evaluation"] },
    ],
    indicateursSources: ["flash.pp", "compl.pp", "compl.reunions-cvs", "compl.projets-etab"],
  },
  {
    code: "s5-prevention",
    axe: 2,
    numero: "2.2",
    libelle: "Prévention",
    finalite:
      "Prévention de la maltraitance, promotion de la bientraitance, gestion des risques et des événements indésirables.",
    intitulePropose: "Prévenir la maltraitance et analyser chaque événement indésirable grave",
    indicateurs: [
      {
        libelle: "Part des professionnels formés à la bientraitance",
        mode: "Professionnels formés depuis le début du CPOM / effectif",
        unite: "%",
        sens: "hausse",
      },
      {
        libelle: "Part des événements indésirables graves analysés",
        mode: "EIG ayant fait l'objet d'une analyse / EIG déclarés",
        unite: "%",
        sens: "hausse",
      },
    ],
    besoins: ["1.2.1.4", "1.1.10", "1.3.1.1"],
    sources: [
      {
        axe: "2",
        thematiques: ["indesirable", "bientraitance", "droits", "risques", "reclamation"],
      },
    ],
    indicateursSources: ["compl.eig", "compl.formation-bientraitance", "compl.reclamations"],
  },
  {
    code: "s6-optimisation",
    axe: 3,
    numero: "3.1",
    libelle: "Optimisation des organisations",
    finalite: "Activité, ressources humaines, fonctions support, équilibre financier.",
    intitulePropose: "Optimiser l'activité et les ressources des établissements et services",
    indicateurs: [
      {
        libelle: "Taux de réalisation de l'activité",
        mode: "Journées réalisées / journées prévues (Tableau de bord)",
        unite: "%",
        sens: "hausse",
      },
      {
        libelle: "Taux d'absentéisme",
        mode: "Journées d'absence / journées théoriques travaillées (Tableau de bord)",
        unite: "%",
        sens: "baisse",
      },
    ],
    besoins: [],
    sources: [{ axe: "3", thematiques: [] }],
    indicateursSources: ["anap.", "fin."],
  },
];

export const libelleAxe = (n: NumeroAxe): string =>
  AXES.find((a) => a.numero === n)?.libelle ?? String(n);

export const socleDe = (code: CodeSocle): ObjectifSocle => {
  const s = OBJECTIFS_SOCLE.find((o) => o.code === code);
  if (!s) throw new Error(`Objectif socle inconnu : ${code}`);
  return s;
};
