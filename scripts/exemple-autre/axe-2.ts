/** Contenu de l'axe 2 (Qualité) : encarts numérotés à gauche, liste par plage ; valeur hors liste semée. */
import type { DefinitionAxe } from "./axe";
import { parPlage } from "./onglet-listes";
import { NOMS } from "./onglets";
import { SAISIE } from "./styles";

const d = (a: number, m: number, j: number): Date => new Date(Date.UTC(a, m - 1, j));

export const AXE_2: DefinitionAxe = {
  nom: NOMS.axe2,
  type: "axe-2",
  titre: "AXE 2 — BIENTRAITANCE, DÉMARCHE QUALITÉ ET MAÎTRISE DES RISQUES",
  sousTitre: "Réponses au niveau de l'organisme gestionnaire.",
  perimetre: "organisme",
  remplissage: SAISIE.bleuPale,
  validation: parPlage("reponses"),
  encarts: "gauche",
  libellesEncarts: [
    "1. Modalités de mise en œuvre :",
    "2. Difficultés rencontrées :",
    "3. Points forts :",
    "4. Points d'amélioration :",
  ],
  thematiques: [
    {
      titre: "Projet d'établissement ou de service",
      questions: [
        {
          code: "Q1.1",
          type: "L",
          texte: "Projet d'établissement ou de service à jour (moins de 5 ans) dans chaque ESMS",
          reponse: "Pratiques hétérogènes",
        },
        {
          code: "Q1.2",
          type: "D",
          texte: "Date du plus ancien projet d'établissement",
          reponse: d(2018, 9, 1),
        },
      ],
      encarts: [
        "Calendrier de révision des projets piloté par la direction qualité.",
        "Deux projets en retard (IME U Licettu, foyer d'hébergement A Casa).",
        "Projets récents et participatifs à la MAS et au FAM.",
        "Actualiser les deux projets d'établissement de plus de 5 ans d'ici fin 2025.",
      ],
    },
    {
      titre: "Participation et expression des personnes",
      questions: [
        {
          code: "Q2.1",
          type: "L",
          texte: "CVS ou autre forme d'expression collective dans chaque ESMS",
          reponse: "Oui",
        },
        {
          code: "Q2.2",
          type: "N",
          texte: "Réunions du CVS dans l'année (ensemble des ESMS)",
          reponse: 30,
        },
        {
          code: "Q2.3",
          type: "C",
          texte: "Enquêtes de satisfaction",
          items: [
            ["Enquête annuelle auprès des personnes accompagnées", true],
            ["Enquête auprès des familles", true],
          ],
        },
      ],
      encarts: [
        "CVS dans chaque établissement ; groupes d'expression dans les services.",
        "Participation faible des familles au SESSAD.",
        "Supports en facile à lire et à comprendre.",
        "Créer une instance d'expression commune aux services adultes.",
      ],
    },
    {
      titre: "Évaluation de la qualité",
      questions: [
        {
          code: "Q3.1",
          type: "L",
          texte: "Évaluation de la qualité (référentiel HAS) réalisée",
          reponse: "Oui en partie",
        },
        {
          code: "Q3.2",
          type: "D",
          texte: "Date de la dernière évaluation",
          reponse: d(2023, 5, 30),
        },
        { code: "Q3.3", type: "L", texte: "Référent qualité désigné", reponse: "Oui" },
      ],
      erreur: {
        code: "Q3.1",
        controle: "saisie/valeur-hors-liste",
        description:
          "Réponse « Oui en partie » collée hors de la liste oui / non / pratiques hétérogènes.",
      },
      encarts: [
        "Évaluations HAS programmées sur 2023-2026 par vagues.",
        "Charge de travail des équipes pendant la préparation.",
        "Méthode des accompagnés traceurs maîtrisée.",
        "Achever les évaluations des établissements corses en 2026.",
      ],
    },
    {
      titre: "Événements indésirables",
      questions: [
        { code: "Q4.1", type: "L", texte: "Procédure de déclaration des EI / EIG", reponse: "Oui" },
        { code: "Q4.2", type: "N", texte: "EIG déclarés à l'ARS dans l'année", reponse: 7 },
        {
          code: "Q4.3",
          type: "L",
          texte: "Analyse des causes et retour d'expérience",
          reponse: "Oui",
        },
      ],
      encarts: [
        "Logiciel de déclaration commun ; comité de retour d'expérience trimestriel.",
        undefined,
        "Culture de la déclaration installée.",
        "Sans objet.",
      ],
    },
    {
      titre: "Prévention de la maltraitance, promotion de la bientraitance",
      questions: [
        { code: "Q5.1", type: "L", texte: "Plan de prévention de la maltraitance", reponse: "Oui" },
        {
          code: "Q5.2",
          type: "N",
          texte: "Professionnels formés à la bientraitance sur 3 ans",
          reponse: 212,
        },
        {
          code: "Q5.3",
          type: "L",
          texte: "Procédure de signalement connue des équipes",
          reponse: undefined,
        },
      ],
      encarts: [
        "Formation bientraitance obligatoire pour tout nouveau salarié.",
        "Turn-over des équipes de nuit.",
        undefined,
        "Former les équipes de nuit à la procédure de signalement.",
      ],
    },
  ],
};
