/** Contenu de l'axe 1-1 (Enfance) : encarts côte à côte par thématique, liste par plage. */
import type { DefinitionAxe } from "./axe";
import { celluleAnap } from "./onglet-2c";
import { parPlage } from "./onglet-listes";
import { NOMS, ref } from "./onglets";
import { FORMATS, SAISIE } from "./styles";

const ENCARTS_COTE = [
  "Modalités de mise en œuvre",
  "Difficultés rencontrées",
  "Points forts",
  "Points d'amélioration",
] as const;

const occupation = celluleAnap("taux-occupation", "ime-calanques");

export const AXE_1_1: DefinitionAxe = {
  nom: NOMS.axe11,
  type: "axe-1-1",
  titre: "AXE 1-1 — RÉPONSE AUX BESOINS TERRITORIAUX ET ADAPTATION DES PARCOURS — SECTEUR ENFANCE",
  sousTitre: "ESMS du secteur Enfance : une réponse résume l'ensemble des ESMS du secteur.",
  perimetre: "enfance",
  remplissage: SAISIE.accent5,
  validation: parPlage("reponses"),
  encarts: "cote-a-cote",
  libellesEncarts: ENCARTS_COTE,
  thematiques: [
    {
      titre: "Connaissance des besoins et gestion des admissions",
      questions: [
        {
          code: "E1.1",
          type: "L",
          texte: "Liste d'attente centralisée pour l'organisme",
          reponse: "Oui",
        },
        {
          code: "E1.2",
          type: "N",
          texte: "Enfants notifiés en attente d'admission au 31/12",
          reponse: 57,
        },
        { code: "E1.3", type: "N", texte: "Délai moyen d'admission (jours)", reponse: 214 },
      ],
      mobilisable: {
        texte: "Taux d'occupation de l'IME Les Calanques (2-C)",
        formule: ref(NOMS.anap, occupation.addr),
        resultat: occupation.valeur,
        format: FORMATS.pourcent,
      },
      encarts: [
        "Commission d'admission commune aux quatre établissements enfance, tous les deux mois.",
        "Listes d'attente longues à Marseille, délais de notification de la MDPH 2A.",
        "Suivi partagé des demandes sur ViaTrajectoire.",
        "Réduire le délai d'admission en IME sous 180 jours.",
      ],
    },
    {
      titre: "Scolarisation",
      questions: [
        {
          code: "E2.1",
          type: "C",
          texte: "Unités d'enseignement en place",
          items: [
            ["Unité d'enseignement interne", true],
            ["Unité d'enseignement externalisée", true],
            ["Unité d'enseignement autisme (UEMA / UEEA)", false],
          ],
        },
        {
          code: "E2.2",
          type: "L",
          texte: "Convention avec l'Éducation nationale à jour",
          reponse: "Pratiques hétérogènes",
        },
        { code: "E2.3", type: "N", texte: "Enfants sans aucun temps de scolarisation", reponse: 9 },
      ],
      encarts: [
        "Deux classes externalisées en école élémentaire à Marseille et Toulon.",
        "Enseignants non remplacés à Ajaccio.",
        "Partenariat ancien avec l'inspection académique des Bouches-du-Rhône.",
        "Renouveler la convention de l'IME U Licettu avec le rectorat de Corse.",
      ],
    },
    {
      titre: "Inclusion et accompagnement en milieu ordinaire",
      questions: [
        {
          code: "E3.1",
          type: "L",
          texte: "Fonctionnement en dispositif intégré (DITEP, DIME)",
          reponse: "Oui",
        },
        {
          code: "E3.2",
          type: "C",
          texte: "Prestations sur les lieux de vie",
          items: [
            ["À l'école", true],
            ["Au domicile", true],
            ["Sur les lieux de loisirs", undefined],
          ],
        },
        {
          code: "E3.3",
          type: "N",
          texte: "Places transformées en prestations en milieu ordinaire",
          reponse: 12,
        },
      ],
      encarts: [
        "DITEP du Var depuis 2021 ; SESSAD renforcé en appui des écoles.",
        undefined,
        "Équipe mobile d'appui à la scolarisation partagée.",
        "Étendre le fonctionnement en dispositif à l'IME Les Calanques.",
      ],
    },
    {
      titre: "Transition vers l'âge adulte",
      questions: [
        { code: "E4.1", type: "L", texte: "Anticipation des sorties dès 16 ans", reponse: "Non" },
        {
          code: "E4.2",
          type: "C",
          texte: "Stages proposés",
          items: [
            ["Stages en ESAT", false],
            ["Stages en milieu ordinaire", false],
          ],
        },
      ],
      encarts: [
        undefined,
        "Manque de places adultes en Corse-du-Sud : jeunes maintenus au titre de l'amendement Creton.",
        "Lien étroit avec l'ESAT Sainte-Victoire.",
        "Formaliser un projet de sortie pour chaque jeune dès 16 ans.",
      ],
    },
    {
      titre: "Soutien aux familles et répit",
      questions: [
        { code: "E5.1", type: "L", texte: "Guidance parentale", reponse: undefined },
        {
          code: "E5.2",
          type: "C",
          texte: "Accueil temporaire ou séquentiel",
          items: [
            ["Accueil temporaire", true],
            ["Accueil séquentiel", undefined],
          ],
        },
      ],
      encarts: [undefined, undefined, undefined, undefined],
    },
  ],
};
