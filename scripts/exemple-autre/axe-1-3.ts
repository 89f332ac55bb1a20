/** Contenu de l'axe 1-3 (Coopérations) : encarts à gauche par thématique, liste en ligne minuscule. */
import type { DefinitionAxe } from "./axe";
import { enLigne } from "./onglet-listes";
import { NOMS } from "./onglets";
import { SAISIE } from "./styles";

export const AXE_1_3: DefinitionAxe = {
  nom: NOMS.axe13,
  type: "axe-1-3",
  titre: "AXE 1-3 — COOPÉRATIONS ET PARTENARIATS",
  sousTitre: "Réponses au niveau de l'organisme gestionnaire.",
  perimetre: "organisme",
  remplissage: SAISIE.bleuPale,
  validation: enLigne("oui,non,pratiques hétérogènes"),
  encarts: "gauche",
  libellesEncarts: [
    "Modalités de mise en œuvre",
    "Difficultés rencontrées",
    "Points forts",
    "Points d'amélioration",
  ],
  thematiques: [
    {
      titre: "Secteur sanitaire",
      questions: [
        {
          code: "P1.1",
          type: "L",
          texte: "Conventions avec un établissement de santé ou le GHT",
          reponse: "oui",
        },
        {
          code: "P1.2",
          type: "C",
          texte: "Accès aux urgences et aux consultations dédiées",
          items: [
            ["Consultations dédiées (Handiconsult)", true],
            ["Protocole d'accès aux urgences", true],
          ],
        },
      ],
      encarts: [
        "Conventions avec l'AP-HM, le CHI de Toulon et le CH d'Ajaccio.",
        "Temps d'attente aux urgences mal adapté aux personnes autistes.",
        "Consultations Handiconsult ouvertes à Marseille.",
        "Étendre le protocole d'accès aux urgences à la Corse-du-Sud.",
      ],
    },
    {
      titre: "Psychiatrie et pédopsychiatrie",
      questions: [
        {
          code: "P2.1",
          type: "L",
          texte: "Convention avec le secteur psychiatrique",
          reponse: "pratiques hétérogènes",
        },
        {
          code: "P2.2",
          type: "C",
          texte: "Participation aux instances de santé mentale",
          items: [
            ["Projet territorial de santé mentale (PTSM)", true],
            ["Conseil local de santé mentale (CLSM)", false],
          ],
        },
      ],
      encarts: [
        "Convention signée dans le Var ; en cours dans les Bouches-du-Rhône.",
        "Pédopsychiatrie saturée à Marseille.",
        "Équipe mobile psychiatrie-précarité partenaire du SAMSAH.",
        "Signer une convention avec le secteur de pédopsychiatrie de Marseille.",
      ],
    },
    {
      titre: "MDPH",
      questions: [
        {
          code: "P3.1",
          type: "L",
          texte: "Échanges de données d'orientation et de suivi",
          reponse: "oui",
        },
        {
          code: "P3.2",
          type: "L",
          texte: "Participation aux groupes opérationnels de synthèse (GOS)",
          reponse: "oui",
        },
      ],
      encarts: [
        "Référent MDPH par département ; ViaTrajectoire dans les trois départements.",
        undefined,
        "Participation régulière aux GOS des trois MDPH.",
        "Sans objet.",
      ],
    },
    {
      titre: "Coopérations médico-sociales",
      questions: [
        {
          code: "P4.1",
          type: "C",
          texte: "Dispositifs de coopération",
          items: [
            ["GCSMS ou groupement", false],
            ["PCPE", true],
            ["Communauté 360", true],
          ],
        },
        {
          code: "P4.2",
          type: "T",
          texte: "Précisez",
          reponse: "Co-portage de la communauté 360 du Var avec deux associations partenaires.",
        },
      ],
      encarts: [
        "Coordination des situations complexes par la communauté 360 et le PCPE.",
        "Moyens du PCPE non pérennes.",
        "Coopération ancienne avec les associations de familles du Var.",
        "Étudier un GCSMS avec une association corse pour les fonctions support.",
      ],
    },
  ],
};
