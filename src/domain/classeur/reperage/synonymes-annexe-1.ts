import type { Definition } from "./correspondance";
import { COLONNES_ESMS, ORGANISME } from "./synonymes";

/**
 * Libellés de l'Accueil (identification de l'envoi) et compléments de l'Annexe 1 (contact du
 * référent, colonnes des tableaux d'ESMS de 6 à 10 colonnes : variantes-structure.md §3), écrits
 * normalisés. Tout ajout : docs/synonymes.md.
 */

const d = (cle: string, canonique: string, ...synonymes: string[]): Definition => ({
  cle,
  canonique,
  synonymes,
});

/** Accueil : identification de l'envoi (libellé suivi d'une cellule de saisie). */
export const ENVOI: readonly Definition[] = [
  d(
    "organisme",
    "organisme gestionnaire",
    "nom de l organisme gestionnaire",
    "raison sociale de l organisme gestionnaire",
    "organisme",
  ),
  d(
    "contact",
    "personne a contacter",
    "personne contact",
    "contact",
    "interlocuteur",
    "personne en charge du dossier",
  ),
  d(
    "date-retour",
    "date de retour du fichier",
    "date de retour",
    "date d envoi",
    "date de transmission",
  ),
  d("courriel", "courriel de la personne a contacter", "courriel", "adresse electronique", "mel"),
  d("telephone", "telephone de la personne a contacter", "telephone", "tel"),
];

/** Annexe 1, section A : coordonnées de la personne référente CPOM. */
export const CONTACT_REFERENT: readonly Definition[] = [
  d(
    "courriel-referent",
    "courriel de la personne referente",
    "courriel du referent",
    "courriel",
    "adresse electronique",
  ),
  d(
    "telephone-referent",
    "telephone de la personne referente",
    "telephone du referent",
    "telephone",
  ),
];

/** Annexe 1, sections B et C : colonnes au-delà des huit colonnes de base. */
export const COLONNES_ESMS_COMPLEMENTAIRES: readonly Definition[] = [
  d("secteur", "secteur", "secteur d activite", "secteur enfance adultes"),
  d("departement", "departement", "departement d implantation", "dept"),
  d(
    "accueil-jour",
    "dont accueil de jour",
    "dont semi internat",
    "dont externat",
    "accueil de jour",
    "semi internat",
  ),
  d(
    "accueil-temporaire",
    "dont accueil temporaire",
    "dont hebergement temporaire",
    "accueil temporaire",
  ),
];

/** Toutes les colonnes d'un tableau d'ESMS de l'Annexe 1. */
export const COLONNES_ANNEXE_1: readonly Definition[] = [
  ...COLONNES_ESMS,
  ...COLONNES_ESMS_COMPLEMENTAIRES,
];

/** Section A complète. */
export const ORGANISME_ANNEXE_1: readonly Definition[] = [...ORGANISME, ...CONTACT_REFERENT];
