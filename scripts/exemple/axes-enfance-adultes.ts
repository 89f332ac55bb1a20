import type { AxeContenu } from "./axes-contenu";

/** Contenu des onglets d'axes 1-1 (Enfance) et 1-2 (Adultes) : voir axes-contenu.ts. */

const AXE1 = "Axe 1 : Réponse aux besoins territoriaux et adaptation des parcours";

export const AXES_1_1_ET_1_2: readonly AxeContenu[] = [
  {
    type: "axe-1-1",
    onglet: "Axe 1-1 Enfance",
    axe: AXE1,
    titre: "Axe 1-1 : ESMS du secteur Enfance",
    thematiques: [
      [
        "Connaissance des besoins et gestion des admissions",
        [
          "L|Liste d'attente centralisée pour l'ensemble des établissements de l'organisme",
          "N|Nombre d'enfants notifiés par la CDAPH en attente d'admission au 31/12|5|40",
          "N|Délai moyen d'admission (en jours)|60|260",
          "I|Indicateurs mobilisables : 2-D n° 8 (délai moyen d'admission) et n° 9 (liste d'attente rapportée à la capacité)",
        ],
      ],
      [
        "Évaluation des besoins et projet personnalisé",
        [
          "C|Outils d'évaluation partagés entre les établissements|Grilles d'évaluation communes|Nomenclature SERAFIN-PH|Bilans pluridisciplinaires",
          "L|Projet personnalisé co-construit avec l'enfant et sa famille",
          "I|Indicateurs mobilisables : 2-B (projets personnalisés formalisés) et 2-D n° 1",
        ],
      ],
      [
        "Scolarisation",
        [
          "C|Modalités de scolarisation proposées|Unité d'enseignement interne|Unité d'enseignement externalisée|Inclusion en classe ordinaire",
          "L|Convention avec l'Éducation nationale à jour",
          "N|Nombre d'enfants sans aucun temps de scolarisation au 31/12|0|15",
          "I|Indicateurs mobilisables : 2-D n° 2 et n° 3 (scolarisation hors les murs)",
        ],
      ],
      [
        "Inclusion et accompagnement en milieu ordinaire",
        [
          "L|Fonctionnement en dispositif intégré (DITEP, DIME)",
          "C|Prestations réalisées sur les lieux de vie|École|Domicile|Loisirs et vie sociale",
          "N|Nombre de places transformées en places de service depuis le précédent CPOM|0|20",
        ],
      ],
      [
        "Repérage et intervention précoces",
        [
          "C|Liens formalisés avec les acteurs du repérage|PMI|CAMSP|Plateforme de coordination et d'orientation TND",
          "N|Délai moyen entre la demande et le premier rendez-vous (jours)|10|120",
        ],
      ],
      [
        "Troubles du spectre de l'autisme",
        [
          "L|Application des recommandations de bonnes pratiques de la HAS",
          "C|Unités d'enseignement autisme|En maternelle (UEMA)|En élémentaire (UEEA)",
          "N|Nombre de professionnels formés aux interventions recommandées|5|60",
        ],
      ],
      [
        "Situations complexes et prévention des ruptures",
        [
          "L|Participation à la Réponse accompagnée pour tous (PAG, GOS)",
          "N|Nombre d'enfants accompagnés relevant aussi de l'aide sociale à l'enfance|2|30",
        ],
      ],
      [
        "Transition vers l'âge adulte",
        [
          "L|Anticipation des sorties dès 16 ans",
          "C|Stages proposés aux jeunes|En ESAT|En milieu ordinaire|En foyer de vie",
          "I|Indicateurs mobilisables : 2-F (jeunes adultes en amendement Creton) et 2-D n° 10",
        ],
      ],
      [
        "Soutien aux familles et répit",
        [
          "L|Guidance parentale proposée",
          "C|Solutions de répit|Accueil temporaire|Accueil séquentiel|Groupes de parents",
        ],
      ],
      [
        "Accès aux soins",
        [
          "L|Suivi somatique et bucco-dentaire organisé pour chaque enfant",
          "L|Coordination avec la pédopsychiatrie",
        ],
      ],
      [
        "Modalités et amplitude d'accueil",
        [
          "N|Nombre de jours d'ouverture par an (établissement le plus ouvert)|200|365",
          "C|Modes d'accueil proposés|Internat de semaine|Accueil modulable|Accueil de jour",
        ],
      ],
      [
        "Participation des enfants",
        [
          "C|Formes d'expression adaptées à l'âge|Conseil de la vie sociale|Groupes d'expression|Enquêtes adaptées (FALC)",
          "T|Précisez les formes d'expression propres à chaque établissement",
        ],
      ],
    ],
  },
  {
    type: "axe-1-2",
    onglet: "Axe 1-2 Adultes",
    axe: AXE1,
    titre: "Axe 1-2 : ESMS du secteur Adultes",
    thematiques: [
      [
        "Admissions et listes d'attente",
        [
          "N|Nombre d'orientations CDAPH en attente d'admission au 31/12|10|90",
          "L|Outil de suivi des listes d'attente partagé avec la MDPH (Via Trajectoire)",
        ],
      ],
      [
        "Projet personnalisé et autodétermination",
        [
          "L|Projet personnalisé co-construit avec la personne",
          "C|Supports adaptés|Facile à lire et à comprendre (FALC)|Pictogrammes|Communication alternative",
        ],
      ],
      [
        "Habitat et logement",
        [
          "C|Solutions d'habitat proposées|Habitat inclusif|Logement accompagné|Appartements de préparation",
          "N|Nombre de sorties de foyer vers un logement autonome dans l'année|0|12",
        ],
      ],
      [
        "Emploi et parcours professionnel",
        [
          "N|Nombre de sorties d'ESAT vers le milieu ordinaire ou l'entreprise adaptée|0|8",
          "C|Dispositifs mobilisés|Mise à disposition en entreprise|Emploi accompagné|Duo Day",
          "L|Plan de transformation de l'ESAT engagé",
          "I|Indicateurs mobilisables : 2-D n° 5 et n° 6 (ESAT)",
        ],
      ],
      [
        "Vie sociale, citoyenneté, loisirs",
        [
          "C|Activités en milieu ordinaire|Sport|Culture|Vie associative",
          "L|Pair-aidance développée",
        ],
      ],
      [
        "Vieillissement des personnes handicapées",
        [
          "L|Adaptation des accompagnements au vieillissement",
          "N|Nombre de personnes de 60 ans et plus accompagnées|10|60",
          "C|Passerelles avec le secteur des personnes âgées|Convention avec un EHPAD|Unité pour personnes handicapées vieillissantes",
          "I|Indicateurs mobilisables : 2-D n° 7 (personnes de 60 ans et plus)",
        ],
      ],
      [
        "Accès aux soins et prévention",
        [
          "L|Médecin traitant déclaré pour chaque personne",
          "C|Actions de prévention|Dépistages organisés|Soins bucco-dentaires|Télésanté",
          "I|Indicateurs mobilisables : 2-D n° 17 (médecin traitant)",
        ],
      ],
      [
        "Handicap psychique et situations complexes",
        [
          "L|Procédure de prévention des comportements-problèmes et appui d'équipes mobiles",
          "L|Participation aux plans d'accompagnement global (PAG)",
        ],
      ],
      [
        "Troubles du spectre de l'autisme (adultes)",
        [
          "L|Recommandations de bonnes pratiques appliquées",
          "N|Nombre de diagnostics adultes réalisés dans l'année|0|15",
        ],
      ],
      [
        "Diversification des modes d'accueil",
        [
          "C|Modes d'accueil proposés|Accueil de jour|Accueil temporaire|Accueil séquentiel",
          "N|Nombre de personnes de la file active des services|40|140",
        ],
      ],
      [
        "Aidants et familles",
        [
          "C|Actions de soutien|Groupes de parole|Formation des aidants|Répit",
          "T|Précisez les partenariats avec les plateformes de répit",
        ],
      ],
      [
        "Fin de vie et soins palliatifs",
        [
          "L|Convention avec une équipe mobile de soins palliatifs ou une HAD",
          "L|Directives anticipées recueillies",
        ],
      ],
      ["Mobilité et transports", ["L|Accompagnement à l'autonomie dans les déplacements"]],
    ],
  },
];
