import { rendu, type MessageDe } from "../../erreurs/gabarit";

/**
 * Les avertissements du repérage (ce qu'il n'a pas pu lire, onglets en copie ; ADR 0015), seul
 * catalogue du repérage : chaque repérage dit
 * `{ code, params }`, ce rendu seul en fait du français (`avertir(rendreRepere(…))`, l'avertisseur
 * recevant encore un texte). Les paramètres sont des noms d'onglets, des libellés lus, des adresses
 * et des nombres.
 */

/** Les formes de l'onglet 2-D essayées quand aucun indicateur n'y est trouvé. */
export const FORMES_ESSAYEES =
  "un bloc par indicateur, un bloc par ESMS, une matrice indicateurs × ESMS, un tableau par périmètre, chacun avec les ESMS en lignes ou en colonnes";

const TABLEAU_2E = "2-E : tableau {{tableau}} (« {{canonique}} »)";
const COLONNE_2F = "2-F : la colonne « {{colonne}} » n'est rattachée à aucun";
const SANS_SEUIL = "son taux est calculé sans seuil.";
const INTITULE_INCONNU = "2-D : l'indicateur « {{intitule}} »";
const INCONNU = `ne correspond à aucun indicateur du modèle : ${SANS_SEUIL}`;

export const AVERTISSEMENTS_REPERAGE = {
  "onglet/copie":
    "L'onglet « {{nom}} » semble être une copie de « {{original}} » : seul ce dernier est lu.",
  "annexe-1/sans-tableau":
    "Annexe 1 : aucun tableau d'ESMS trouvé (ligne d'en-têtes « N° FINESS géographique », « Nom de l'établissement », « Capacité »…).",
  "annexe-1/zone-absente":
    "Annexe 1 : la zone « {{zone}} » n'a pas été trouvée (libellé suivi d'une cellule de saisie).",
  "annexe-1/sans-capacite":
    "Annexe 1 : le tableau d'ESMS en {{onglet}} n'a pas de colonne « Capacité totale autorisée ».",
  "axe/sans-thematique":
    "{{onglet}} : aucune ligne « Thématique » trouvée ; les questions sont lues sur tout l'onglet.",
  "axe/sans-encart":
    "{{onglet}} : aucun encart « Points d'amélioration », « Points forts »… trouvé.",
  "esms/sans-tableau":
    "{{onglet}} : aucun numéro FINESS ni en-tête « Nom de l'établissement » trouvé ; le tableau des ESMS n'a pas été repéré.",
  "esms/sans-mesures":
    "{{onglet}} : des numéros FINESS ont été trouvés, mais aucun en-tête d'indicateur avant le premier ESMS (ligne ou colonne de libellés).",
  "accueil/sans-envoi":
    "{{onglet}} : {{saisies}} cellule(s) de saisie, mais aucun libellé d'identification de l'envoi (« Organisme gestionnaire », « Personne à contacter », « Date de retour ») à côté.",
  "financier-2e/sans-ligne": `${TABLEAU_2E} : titre « {{titre}} » trouvé, mais aucune ligne reconnue par ses libellés ni aucune colonne de valeurs sous un en-tête.`,
  "financier-2e/lignes-manquantes": `${TABLEAU_2E} : lignes attendues non trouvées par leurs libellés : {{lignes}}.`,
  "financier-2e/tableau-absent": `${TABLEAU_2E} non trouvé : aucun titre de tableau reconnu.`,
  "creton-2f/sans-entetes":
    "2-F : aucune ligne d'en-têtes d'orientations (ESAT, MAS, FAM, foyer de vie) ni de modes d'accueil (internat, semi-internat) trouvée.",
  "creton-2f/colonne-sans-orientation": `${COLONNE_2F} orientation.`,
  "creton-2f/colonne-sans-mode": `${COLONNE_2F} mode d'accueil (internat / semi-internat).`,
  "creton-2f/sans-identite":
    "2-F : colonnes « N° FINESS » et « Établissement » non trouvées près des en-têtes.",
  "creton-2f/sans-ligne": "2-F : aucune ligne d'établissement sous les en-têtes.",
  "creton-2f/sans-valeur":
    "2-F : aucune cellule rattachée à la fois à un mode d'accueil et à une orientation.",
  "complementaires-2d/sans-indicateur": `2-D : aucun indicateur trouvé — cherché : des en-têtes « Numérateur » et « Dénominateur » voisins sur une même ligne ou une même colonne, suivis de valeurs (formes essayées : ${FORMES_ESSAYEES}).`,
  "complementaires-2d/libelle-orphelin":
    "2-D : le libellé « {{libelle}} » ({{cellule}}) n'appartient à aucun bloc lu : pas de « Dénominateur » à côté sur sa ligne ou sa colonne, ou pas de valeurs sous la paire.",
  "complementaires-2d/sans-intitule": `2-D : un bloc n'a pas d'intitulé lisible ; ${SANS_SEUIL}`,
  "complementaires-2d/sans-intitule-situe": `2-D : un bloc ({{cellule}}) n'a pas d'intitulé lisible ; ${SANS_SEUIL}`,
  "complementaires-2d/intitule-inconnu": `${INTITULE_INCONNU} ${INCONNU}`,
  "complementaires-2d/intitule-inconnu-situe": `${INTITULE_INCONNU} ({{cellule}}) ${INCONNU}`,
  "complementaires-2d/perimetres-anonymes":
    "2-D : « {{intitule}} » : {{perimetres}} périmètre(s) sans FINESS, nom d'ESMS ni libellé (numérateur en {{cellules}}).",
  "complementaires-2d/absents":
    "2-D : indicateurs du modèle non trouvés dans l'onglet (cherchés par leur intitulé dans chaque bloc numérateur / dénominateur) : {{absents}}.",
} as const;

export type AvertissementRepere = MessageDe<typeof AVERTISSEMENTS_REPERAGE>;

export const rendreRepere = rendu(AVERTISSEMENTS_REPERAGE);
