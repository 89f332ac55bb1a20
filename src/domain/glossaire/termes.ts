/**
 * Glossaire du Diagnostic CPOM, déclaré comme données : un terme, sa définition en une ligne, sa
 * source publique, et les formes sous lesquelles il apparaît dans les textes des indicateurs et des
 * contrôles (pour les relier au glossaire). Source commune : glossaire des référentiels du projet,
 * repris des textes officiels cités.
 */

export interface TermeGlossaire {
  /** Identifiant stable, ASCII (ancre du volet : `glossaire-<id>`). */
  readonly id: string;
  readonly terme: string;
  /** Forme développée (sigles). */
  readonly developpe?: string;
  /** Une ligne, en français courant. */
  readonly definition: string;
  readonly source: string;
  /**
   * Formes repérées dans un texte : sigles en majuscules exactes, mots sans tenir compte de la
   * casse ni des accents. Le terme lui-même est toujours cherché.
   */
  readonly formes?: readonly string[];
}

const CASF = "Code de l'action sociale et des familles (CASF)";
const GUIDE_ARS = "Guide méthodologique CPOM PH, ARS Pays de la Loire";
const M22 = "Instruction budgétaire et comptable M22 des ESSMS";

export const GLOSSAIRE: readonly TermeGlossaire[] = [
  {
    id: "cpom",
    terme: "CPOM",
    developpe: "Contrat pluriannuel d'objectifs et de moyens",
    definition:
      "Contrat de 5 ans entre l'organisme gestionnaire et ses autorités : objectifs, moyens et suivi.",
    source: `${CASF}, art. L313-12-2`,
  },
  {
    id: "esms",
    terme: "ESMS",
    developpe: "Établissement ou service médico-social",
    definition: "Structure autorisée qui accompagne des personnes (IME, ESAT, MAS, FAM, SESSAD…).",
    source: `${CASF}, art. L312-1`,
    formes: ["ESSMS", "établissement", "établissements"],
  },
  {
    id: "finess",
    terme: "FINESS",
    developpe: "Fichier national des établissements sanitaires et sociaux",
    definition:
      "Répertoire national : chaque établissement et chaque organisme y a un numéro à 9 caractères.",
    source: "DREES, répertoire FINESS (finess.esante.gouv.fr)",
  },
  {
    id: "finess-et-ej",
    terme: "FINESS ET / EJ",
    developpe: "FINESS de l'établissement / de l'entité juridique",
    definition:
      "Le n° ET (géographique) désigne un établissement ; le n° EJ (juridique), l'organisme qui le gère.",
    source: "DREES, répertoire FINESS",
    formes: ["FINESS juridique", "FINESS géographique", "EJ", "ET"],
  },
  {
    id: "og",
    terme: "OG",
    developpe: "Organisme gestionnaire",
    definition:
      "Association, fondation ou établissement public qui gère les ESMS et signe le CPOM.",
    source: GUIDE_ARS,
    formes: ["organisme gestionnaire"],
  },
  {
    id: "ars-cd",
    terme: "ARS / CD",
    developpe: "Agence régionale de santé / Conseil départemental",
    definition:
      "Autorités qui autorisent et financent les ESMS, seules ou conjointement, et signent le CPOM.",
    source: `${CASF}, art. L313-3`,
    formes: ["ARS", "Département", "Conseil départemental", "autorité de tarification"],
  },
  {
    id: "flash",
    terme: "FLASH",
    definition:
      "Collecte annuelle d'indicateurs de l'ARS Pays de la Loire (qualité, droits des personnes) : onglet 2-B.",
    source: GUIDE_ARS,
  },
  {
    id: "tdb-anap",
    terme: "TdB ANAP",
    developpe: "Tableau de bord de la performance dans le secteur médico-social",
    definition:
      "Indicateurs annuels d'activité, de ressources humaines et de finances saisis par chaque ESMS : onglet 2-C.",
    source: "ANAP / ATIH, obligatoire depuis 2019 (arrêté du 10 avril 2019)",
    formes: ["ANAP", "tableau de bord", "TdB"],
  },
  {
    id: "creton",
    terme: "Amendement Creton",
    definition:
      "Maintien d'un jeune adulte de plus de 20 ans en établissement pour enfants, faute de place adaptée.",
    source: `${CASF}, art. L242-4 (loi du 13 janvier 1989)`,
    formes: ["Creton"],
  },
  {
    id: "frng",
    terme: "FRNG",
    developpe: "Fonds de roulement net global",
    definition:
      "Ressources stables moins emplois stables : FRI (investissement) + FRE (exploitation).",
    source: M22,
    formes: ["fonds de roulement", "FRI", "FRE"],
  },
  {
    id: "bfr",
    terme: "BFR",
    developpe: "Besoin en fonds de roulement",
    definition:
      "Ce que l'exploitation immobilise : actif circulant moins dettes d'exploitation, hors trésorerie.",
    source: M22,
    formes: ["besoin en fonds de roulement"],
  },
  {
    id: "tresorerie",
    terme: "Trésorerie",
    definition: "Disponibilités réelles : FRNG moins BFR, à vérifier au bilan.",
    source: M22,
  },
  {
    id: "caf",
    terme: "CAF",
    developpe: "Capacité d'autofinancement",
    definition:
      "Ce que l'exploitation dégage pour investir ou rembourser la dette (résultat + charges non décaissées).",
    source: M22,
    formes: ["capacité d'autofinancement"],
  },
  {
    id: "vetuste",
    terme: "Vétusté",
    definition:
      "Part déjà amortie des biens : amortissements cumulés / valeur brute ; élevée, il faut réinvestir.",
    source: M22,
  },
  {
    id: "endettement",
    terme: "Taux d'endettement",
    definition: "Part des emprunts dans les capitaux permanents de l'organisme.",
    source: M22,
    formes: ["endettement", "dette"],
  },
  {
    id: "frais-siege",
    terme: "Frais de siège",
    definition:
      "Part des charges du siège autorisé, répartie entre les ESMS selon un taux fixé par arrêté.",
    source: `${CASF}, art. R314-87 et suivants`,
  },
  {
    id: "serafin-ph",
    terme: "SERAFIN-PH",
    definition:
      "Réforme de la tarification des ESMS PH et ses nomenclatures de besoins et de prestations.",
    source: "CNSA, nomenclatures SERAFIN-PH",
    formes: ["SERAFIN"],
  },
  {
    id: "eprd-errd",
    terme: "EPRD / ERRD",
    developpe: "État prévisionnel / état réalisé des recettes et des dépenses",
    definition:
      "Cadres budgétaires des ESMS sous CPOM : le prévisionnel de l'année et son réalisé.",
    source: `${CASF}, art. R314-210 et suivants`,
    formes: ["EPRD", "ERRD"],
  },
  {
    id: "etp",
    terme: "ETP",
    developpe: "Équivalent temps plein",
    definition: "Unité de mesure des effectifs : un poste à temps plein (151,67 heures par mois).",
    source: "Code du travail, durée légale",
  },
  {
    id: "cdaph",
    terme: "CDAPH",
    developpe: "Commission des droits et de l'autonomie des personnes handicapées",
    definition: "Commission de la MDPH qui décide des orientations vers les ESMS.",
    source: `${CASF}, art. L241-5`,
    formes: ["MDPH"],
  },
  {
    id: "prs",
    terme: "PRS",
    developpe: "Projet régional de santé",
    definition: "Feuille de route de l'ARS pour 5 à 10 ans ; les objectifs du CPOM s'y rattachent.",
    source: "Code de la santé publique, art. L1434-1",
  },
  {
    id: "cvs",
    terme: "CVS",
    developpe: "Conseil de la vie sociale",
    definition:
      "Instance où les personnes accompagnées et leurs proches donnent leur avis sur la vie de l'ESMS.",
    source: `${CASF}, art. L311-6`,
  },
  {
    id: "eig",
    terme: "EIG",
    developpe: "Événement indésirable grave",
    definition:
      "Incident grave pour les personnes accompagnées, à déclarer à l'autorité puis à analyser.",
    source: `${CASF}, art. L331-8-1`,
    formes: ["événement indésirable"],
  },
  {
    id: "projet-personnalise",
    terme: "Projet personnalisé",
    definition:
      "Projet d'accompagnement construit avec chaque personne et revu au moins une fois par an.",
    source: "HAS, recommandations de bonnes pratiques",
    formes: ["PP"],
  },
  {
    id: "accueil-temporaire",
    terme: "Accueil temporaire",
    definition: "Accueil limité dans le temps (répit, essai, urgence), au plus 90 jours par an.",
    source: `${CASF}, art. D312-8`,
    formes: ["AT"],
  },
  {
    id: "fiche-objectif",
    terme: "Fiche-objectif",
    definition:
      "Annexe 4 du CPOM : un objectif, ses constats, ses actions et ses indicateurs chiffrés.",
    source: GUIDE_ARS,
    formes: ["fiches-objectifs", "fiche objectif"],
  },
  {
    id: "capacite",
    terme: "Capacité autorisée",
    definition: "Nombre de places que l'autorisation de l'ESMS permet d'accompagner.",
    source: `${CASF}, art. L313-1`,
    formes: ["capacité"],
  },
];
