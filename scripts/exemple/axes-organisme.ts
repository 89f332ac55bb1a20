import type { AxeContenu } from "./axes-contenu";

/** Contenu des onglets d'axes 1-3, 2 et 3 : voir axes-contenu.ts. */

const AXE1 = "Axe 1 : Réponse aux besoins territoriaux et adaptation des parcours";

export const AXES_1_3_2_3: readonly AxeContenu[] = [
  {
    type: "axe-1-3",
    onglet: "Axe 1-3 Coopérations",
    axe: AXE1,
    titre: "Axe 1-3 : Coopérations et partenariats",
    thematiques: [
      [
        "Secteur sanitaire",
        [
          "L|Convention avec un établissement de santé ou le GHT",
          "C|Accès facilité|Urgences|Consultations dédiées|Handiconsult",
        ],
      ],
      [
        "Psychiatrie et pédopsychiatrie",
        [
          "L|Convention avec le secteur psychiatrique",
          "C|Participation aux instances|Projet territorial de santé mentale|Conseil local de santé mentale",
        ],
      ],
      [
        "Éducation nationale",
        [
          "L|Conventions d'unités d'enseignement signées",
          "C|Appuis mobilisés|Équipe mobile d'appui à la scolarisation|PIAL",
        ],
      ],
      [
        "MDPH",
        [
          "L|Échanges de données d'orientation et de suivi",
          "L|Participation aux groupes opérationnels de synthèse",
        ],
      ],
      ["Protection de l'enfance (ASE)", ["L|Protocole pour les enfants doublement accompagnés"]],
      [
        "Emploi et insertion",
        [
          "C|Partenaires de l'insertion|Cap emploi|France Travail|Entreprises adaptées|Entreprises du territoire",
        ],
      ],
      [
        "Coopérations médico-sociales",
        [
          "C|Formes de coopération|GCSMS|PCPE|Communauté 360|Dispositif d'appui à la coordination",
          "T|Précisez les coopérations en cours avec d'autres organismes gestionnaires",
        ],
      ],
      [
        "Mutualisations avec d'autres organismes",
        ["C|Fonctions mutualisées|Fonctions support|Achats|Formation|Astreintes"],
      ],
      [
        "Instances territoriales",
        ["C|Participation|Conseil territorial de santé|Schéma départemental de l'autonomie"],
      ],
      [
        "Droit commun et vie locale",
        ["C|Partenaires de la vie locale|Collectivités|Bailleurs sociaux|Culture et sport"],
      ],
      [
        "Ressources expertes",
        ["C|Ressources mobilisées|Centre ressources autisme|Équipe relais handicaps rares"],
      ],
      [
        "Familles, bénévoles, pairs",
        ["L|Associations de familles ou de personnes concernées associées aux projets"],
      ],
    ],
  },
  {
    type: "axe-2",
    onglet: "Axe 2 Qualité",
    axe: "Axe 2 : Bientraitance, démarche qualité et maîtrise des risques",
    titre: "Axe 2 : Bientraitance, démarche qualité et maîtrise des risques",
    thematiques: [
      [
        "Projet d'établissement ou de service",
        [
          "L|Projet d'établissement de moins de 5 ans dans chaque ESMS",
          "D|Date d'adoption du projet d'établissement le plus ancien",
          "I|Indicateurs mobilisables : 2-D n° 15 (projets d'établissement à jour)",
        ],
      ],
      [
        "Outils de la loi 2002-2",
        [
          "C|Outils à jour|Livret d'accueil|Règlement de fonctionnement|Contrat de séjour ou DIPC|Charte des droits",
        ],
      ],
      [
        "Projet personnalisé",
        [
          "L|Projet personnalisé formalisé pour chaque personne",
          "L|Projet personnalisé réactualisé au moins une fois par an",
          "I|Indicateurs mobilisables : 2-B (projets personnalisés formalisés et réactualisés), 2-D n° 1",
        ],
      ],
      [
        "Participation et expression des personnes",
        [
          "L|Conseil de la vie sociale ou autre forme d'expression collective dans chaque ESMS",
          "N|Nombre de réunions de CVS tenues dans l'année (tous ESMS)|10|40",
          "C|Recueil de la satisfaction|Enquête annuelle|Enquête adaptée (FALC)|Boîte à idées",
        ],
      ],
      [
        "Évaluation de la qualité",
        [
          "L|Évaluation de la qualité réalisée dans chaque ESMS (référentiel HAS)",
          "D|Date de la dernière évaluation",
          "L|Plan d'amélioration continue de la qualité suivi",
          "L|Référent qualité désigné",
        ],
      ],
      [
        "Événements indésirables",
        [
          "L|Procédure de déclaration des événements indésirables (EI, EIG)",
          "N|Nombre d'EIG déclarés à l'ARS dans l'année|0|12",
          "L|Analyse des causes et retour d'expérience systématiques",
          "I|Indicateurs mobilisables : 2-D n° 12 (EIG analysés)",
        ],
      ],
      [
        "Prévention de la maltraitance, promotion de la bientraitance",
        [
          "L|Plan de prévention de la maltraitance",
          "N|Nombre de professionnels formés sur les 3 dernières années|60|320",
          "L|Procédure de signalement connue des équipes",
        ],
      ],
      [
        "Droits et libertés",
        [
          "C|Droits garantis|Personne de confiance|Directives anticipées|Vie affective et sexuelle|Liberté d'aller et venir",
        ],
      ],
      [
        "Gestion des risques et continuité",
        [
          "C|Documents à jour|Document unique|Plan bleu ou de continuité d'activité|Risque infectieux|Sécurité incendie",
        ],
      ],
      ["Circuit du médicament", ["L|Circuit sécurisé et convention avec une pharmacie d'officine"]],
      [
        "Dossier de la personne",
        [
          "L|Dossier de la personne informatisé",
          "L|Accès de la personne à son dossier organisé",
          "I|Indicateurs mobilisables : 2-D n° 16 (dossier informatisé)",
        ],
      ],
      [
        "Réclamations",
        [
          "L|Procédure de traitement des réclamations avec engagement de réponse",
          "N|Nombre de réclamations reçues dans l'année|5|60",
        ],
      ],
      [
        "Soutien des équipes",
        ["L|Analyse des pratiques professionnelles", "L|Supervision des équipes"],
      ],
    ],
  },
  {
    type: "axe-3",
    onglet: "Axe 3 Efficience",
    axe: "Axe 3 : Efficience et innovation des organisations",
    titre: "Axe 3 : Efficience et innovation des organisations",
    thematiques: [
      [
        "Pilotage de l'activité",
        [
          "L|Suivi mensuel de l'activité par ESMS",
          "L|Outil de suivi des listes d'attente",
          "I|Indicateurs mobilisables : 2-C (taux de réalisation de l'activité, taux d'occupation)",
        ],
      ],
      [
        "Siège et frais de siège",
        [
          "L|Siège autorisé",
          "C|Services rendus aux ESMS|Ressources humaines et paie|Comptabilité et contrôle de gestion|Qualité|Systèmes d'information",
          "T|Précisez l'évolution envisagée des missions du siège",
          "I|Indicateurs mobilisables : 2-E, tableau E6 (frais de siège)",
        ],
      ],
      [
        "Mutualisations internes",
        ["C|Fonctions mutualisées|Restauration|Transport|Lingerie|Achats"],
      ],
      [
        "GPEC et attractivité",
        [
          "C|Actions engagées|Plan de recrutement|Métiers en tension|Fidélisation",
          "N|Nombre de postes vacants au 31/12|0|25",
          "I|Indicateurs mobilisables : 2-C (taux d'ETP vacants, rotation des personnels)",
        ],
      ],
      [
        "Absentéisme et qualité de vie au travail",
        [
          "L|Plan d'action qualité de vie et conditions de travail",
          "L|Prévention des risques professionnels",
          "I|Indicateurs mobilisables : 2-C (taux d'absentéisme)",
        ],
      ],
      ["Formation", ["L|Plan de développement des compétences pluriannuel"]],
      ["Dialogue social", ["T|Précisez les accords collectifs en vigueur"]],
      [
        "Système d'information",
        [
          "C|Outils déployés|Dossier usager informatisé|Interopérabilité|Programme ESMS numérique",
          "L|Politique de sécurité des systèmes d'information et conformité RGPD",
        ],
      ],
      [
        "Transition numérique",
        ["C|Usages développés|Télésanté|Outils collaboratifs|Équipement des personnes"],
      ],
      [
        "Transition écologique et énergétique",
        ["C|Démarches engagées|Plan de sobriété|Bilan carbone|Alimentation durable|Mobilité"],
      ],
      [
        "Patrimoine et investissements",
        [
          "L|Plan pluriannuel d'investissement",
          "C|Travaux programmés|Mises aux normes|Accessibilité|Rénovation énergétique",
          "I|Indicateurs mobilisables : 2-E, tableau E3 (vétusté, endettement)",
        ],
      ],
      [
        "Gestion budgétaire et financière",
        [
          "C|Outils de gestion|EPRD et ERRD par ESMS|PGFP|Contrôle de gestion|Comptabilité analytique",
        ],
      ],
      [
        "Innovation et expérimentations",
        [
          "C|Projets innovants|Dispositif intégré|Plateforme de services|Expérimentation tarifaire",
          "T|Précisez les projets innovants envisagés pendant le CPOM",
        ],
      ],
      ["Achats", ["L|Adhésion à des groupements de commandes"]],
    ],
  },
];
