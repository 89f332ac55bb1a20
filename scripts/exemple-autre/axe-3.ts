/** Contenu de l'axe 3 (Efficience) : quatre encarts côte à côte, une seule fois en bas ; liste par nom. */
import type { DefinitionAxe } from "./axe";
import { parNom } from "./onglet-listes";
import { NOMS } from "./onglets";
import { SAISIE } from "./styles";

export const AXE_3: DefinitionAxe = {
  nom: NOMS.axe3,
  type: "axe-3",
  titre: "AXE 3 — EFFICIENCE ET INNOVATION DES ORGANISATIONS",
  sousTitre: "Réponses au niveau de l'organisme gestionnaire ; synthèse en bas de l'onglet.",
  perimetre: "organisme",
  remplissage: SAISIE.accent1,
  validation: parNom("reponses"),
  encarts: "bas-cote-a-cote",
  libellesEncarts: [
    "Modalités de mise en oeuvre",
    "Difficultés rencontrées",
    "Points forts",
    "Axes d'amélioration",
  ],
  thematiques: [
    {
      titre: "Pilotage de l'activité",
      questions: [
        { code: "F1.1", type: "L", texte: "Suivi mensuel de l'activité par ESMS", reponse: "Oui" },
        { code: "F1.2", type: "L", texte: "Outil de suivi des listes d'attente", reponse: "Oui" },
      ],
    },
    {
      titre: "Siège et frais de siège",
      questions: [
        { code: "F2.1", type: "L", texte: "Siège autorisé", reponse: "Oui" },
        {
          code: "F2.2",
          type: "C",
          texte: "Services rendus aux ESMS",
          items: [
            ["Paie et ressources humaines", true],
            ["Comptabilité et contrôle de gestion", true],
            ["Qualité", true],
            ["Système d'information", true],
          ],
        },
      ],
    },
    {
      titre: "GPEC et attractivité",
      questions: [
        {
          code: "F3.1",
          type: "C",
          texte: "Actions en place",
          items: [
            ["Plan de recrutement", true],
            ["Métiers en tension identifiés", true],
            ["Actions de fidélisation", undefined],
          ],
        },
        { code: "F3.2", type: "N", texte: "Postes vacants au 31/12", reponse: 11 },
      ],
    },
    {
      titre: "Système d'information",
      questions: [
        {
          code: "F4.1",
          type: "C",
          texte: "Outils numériques",
          items: [
            ["Dossier usager informatisé", true],
            ["Programme ESMS numérique", true],
            ["Interopérabilité avec les partenaires", false],
          ],
        },
        {
          code: "F4.2",
          type: "L",
          texte: "Sécurité du système d'information et conformité RGPD",
          reponse: "Pratiques hétérogènes",
        },
      ],
    },
    {
      titre: "Transition écologique et énergétique",
      questions: [
        {
          code: "F5.1",
          type: "C",
          texte: "Démarches engagées",
          items: [
            ["Plan de sobriété énergétique", true],
            ["Bilan carbone", false],
            ["Alimentation durable", true],
          ],
        },
        { code: "F5.2", type: "T", texte: "Précisez", reponse: undefined },
      ],
    },
  ],
  encartsBas: [
    "Contrôle de gestion mensuel ; fonctions support mutualisées au siège.",
    "Postes vacants d'éducateurs spécialisés et d'aides-soignants.",
    "Dossier usager informatisé dans tous les ESMS depuis 2023.",
    undefined,
  ],
};
