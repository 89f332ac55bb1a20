import type { TypeOnglet } from "../types-onglet";
import {
  CATALOGUE_ONGLETS,
  entreeCatalogue,
  type CodeAnnexe,
  type EntreeCatalogue,
  type TypeCatalogue,
} from "./catalogue";

/**
 * Listes de types d'onglets, toutes tirées du catalogue (jamais recopiées) : un type ajouté ou
 * changé dans le catalogue l'est partout. Ordre : celui du catalogue (l'ordre du modèle).
 */

const types = (garder: (e: EntreeCatalogue) => boolean): readonly TypeCatalogue[] =>
  CATALOGUE_ONGLETS.filter(garder).map((e) => e.type);

/** Les annexes du modèle (1, axes 2-A, 2-B à 2-G), hors Accueil et feuilles générées. */
export const TYPES_ANNEXES = types((e) => e.famille === "annexe");

/** Les onglets du modèle : les annexes, puis l'Accueil. */
export const TYPES_MODELE: readonly TypeCatalogue[] = [
  ...TYPES_ANNEXES,
  ...types((e) => e.famille === "accueil"),
];

/** Les onglets à compléter par le gestionnaire (cellules de saisie). */
export const TYPES_A_SAISIR = types((e) => e.aSaisir);

/** Les onglets à retourner, dont l'absence est signalée (axes 1-1 / 1-2 selon les secteurs). */
export const TYPES_ATTENDUS = types((e) => e.attendu);

/** Les onglets d'axes de l'Annexe 2-A (1-1, 1-2, 1-3, 2, 3). */
export const TYPES_AXES = types((e) => e.annexe === "2-A");

/** Les feuilles de l'Annexe 4 que l'outil génère (fiches-objectifs, suivi). */
export const TYPES_GENERES = types((e) => e.famille === "generee");

/** Codes des annexes du modèle, sans doublon (« 1 », « 2-A », … « 2-G »). */
export const ANNEXES_DU_MODELE: readonly CodeAnnexe[] = [
  ...new Set(CATALOGUE_ONGLETS.filter((e) => e.famille === "annexe").map((e) => e.annexe)),
];

/** Titre court d'un type pour les messages ; le type lui-même s'il n'est pas au catalogue. */
export const titreCourt = (type: TypeOnglet): string => entreeCatalogue(type)?.titreCourt ?? type;
