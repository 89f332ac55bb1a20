import { rendu, type MessageDe } from "../../erreurs/gabarit";

/**
 * Les phrases de la reconnaissance des onglets (ADR 0015) : la reconnaissance rend
 * `{ code, params }`, ce rendu seul en fait du français. Les paramètres sont des textes ou des
 * nombres : le message traverse `postMessage` et JSON tel quel.
 */
const NOM = "nom « {{nom}} » (motif « {{motif}} »)";
const CONTENU = "contenu ({{trouves}})";

export const MESSAGES_RECONNAISSANCE = {
  "raison/correction": "type choisi par l'utilisateur",
  "raison/listes": "onglet technique des listes déroulantes",
  "raison/nom": NOM,
  "raison/nom-et-contenu": `${NOM} et ${CONTENU}`,
  "raison/contenu": CONTENU,
  "raison/contenu-contre-nom": `${CONTENU} ; le nom évoquait {{evoque}}`,
  "raison/aucune": "ni le nom ni le contenu ne correspondent à une annexe",
  "raison/rang": "seul le rang de l'onglet évoque {{evoque}}",
  "indice/annexes-citees": "{{annexes}} annexes citées",
  "classeur/sans-onglet": "Le classeur ne contient aucun onglet.",
  "classeur/non-reconnu":
    "Aucun des {{onglets}} onglet(s) de ce classeur ne ressemble à une annexe du Diagnostic CPOM (Accueil, Annexe 1, axes 2-A, 2-B à 2-G) : ni leur nom ni leur contenu (« FINESS juridique », « Numérateur », « Amendement Creton »…) ne correspondent. Ouvrez le fichier « Diagnostic » transmis par l'ARS, ou, si c'est bien lui, indiquez le type de chaque onglet dans le sommaire.",
} as const;

export type MessageReconnaissance = MessageDe<typeof MESSAGES_RECONNAISSANCE>;

/** Pourquoi un onglet a reçu son type (`OngletReconnu.raison`), en données. */
export type RaisonReconnaissance = Extract<MessageReconnaissance, { code: `raison/${string}` }>;

export const rendreReconnaissance = rendu(MESSAGES_RECONNAISSANCE);
