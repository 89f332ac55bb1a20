/** Contenu de l'axe 1-2 (Adultes) : encarts une seule fois en bas, liste par nom défini. */
import type { DefinitionAxe } from "./axe";
import { celluleFlash } from "./onglet-2b";
import { parNom } from "./onglet-listes";
import { NOMS, ref } from "./onglets";
import { FORMATS, SAISIE } from "./styles";

const ppEsat = celluleFlash("esat-victoire", 0);

export const AXE_1_2: DefinitionAxe = {
  nom: NOMS.axe12,
  type: "axe-1-2",
  titre: "AXE 1-2 — RÉPONSE AUX BESOINS TERRITORIAUX ET ADAPTATION DES PARCOURS — SECTEUR ADULTES",
  sousTitre:
    "ESMS du secteur Adultes. Les encarts de synthèse sont à remplir une seule fois, en bas de l'onglet.",
  perimetre: "adultes",
  remplissage: SAISIE.accent5,
  validation: parNom("reponses"),
  encarts: "bas",
  libellesEncarts: [
    "Modalités de mise en oeuvre :",
    "Difficultés rencontrées :",
    "Points forts :",
    "Points d'amélioration :",
  ],
  thematiques: [
    {
      titre: "Admissions et listes d'attente",
      questions: [
        {
          code: "A1.1",
          type: "N",
          texte: "Orientations CDAPH en attente d'admission au 31/12",
          reponse: 105,
        },
        { code: "A1.2", type: "L", texte: "Outil de suivi partagé avec la MDPH", reponse: "Oui" },
      ],
    },
    {
      titre: "Habitat et logement",
      questions: [
        {
          code: "A2.1",
          type: "C",
          texte: "Habitat inclusif ou logement accompagné",
          items: [
            ["Habitat inclusif", true],
            ["Logement accompagné", true],
            ["Colocation accompagnée", false],
          ],
        },
        {
          code: "A2.2",
          type: "N",
          texte: "Sorties de foyer vers un logement autonome",
          reponse: 3,
        },
      ],
    },
    {
      titre: "Emploi et parcours professionnel",
      questions: [
        {
          code: "A3.1",
          type: "N",
          texte: "Sorties d'ESAT vers le milieu ordinaire ou l'entreprise adaptée",
          reponse: 3,
        },
        {
          code: "A3.2",
          type: "C",
          texte: "Mise à disposition, emploi accompagné",
          items: [
            ["Mise à disposition en entreprise", true],
            ["Emploi accompagné", true],
          ],
        },
        { code: "A3.3", type: "L", texte: "Plan de transformation de l'ESAT", reponse: "Oui" },
      ],
      mobilisable: {
        texte: "Part des PP formalisés à l'ESAT Sainte-Victoire (2-B)",
        formule: ref(NOMS.flash, ppEsat),
        resultat: 0.99,
        format: FORMATS.pourcent,
      },
    },
    {
      titre: "Vieillissement des personnes handicapées",
      questions: [
        {
          code: "A4.1",
          type: "L",
          texte: "Adaptation des accompagnements au vieillissement",
          reponse: "Pratiques hétérogènes",
        },
        { code: "A4.2", type: "N", texte: "Personnes de 60 ans et plus", reponse: 14 },
        {
          code: "A4.3",
          type: "C",
          texte: "Passerelles avec les EHPAD",
          items: [
            ["Convention avec un EHPAD", true],
            ["Unité pour personnes handicapées vieillissantes", false],
          ],
        },
      ],
    },
    {
      titre: "Accès aux soins et prévention",
      questions: [
        { code: "A5.1", type: "L", texte: "Médecin traitant pour chaque personne", reponse: "Oui" },
        {
          code: "A5.2",
          type: "C",
          texte: "Dépistages, soins bucco-dentaires, télésanté",
          items: [
            ["Dépistages organisés", true],
            ["Soins bucco-dentaires", true],
            ["Télésanté", undefined],
          ],
        },
      ],
    },
  ],
  encartsBas: [
    "Plateforme adultes unique pour les admissions ; référents parcours dans chaque établissement.",
    "Vieillissement rapide au foyer de vie ; difficultés de recrutement d'aides-soignants dans le Var.",
    "Habitat inclusif ouvert à Toulon en 2023 ; ESAT hors les murs.",
    "Adapter les accompagnements du foyer de vie et du FAM aux personnes de plus de 60 ans.",
  ],
};
