import type { Champ, Ligne2E, Tableau2E } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";

/** Lecture d'un tableau repéré de 2-E : ligne par clé, cellule par en-tête de colonne. */

export function ligne(tableau: Tableau2E, cle: string): Ligne2E | undefined {
  return tableau.lignes.find((l) => l.cle.toLowerCase() === cle.toLowerCase());
}

export function valeur(l: Ligne2E | undefined, colonne: string): Champ | undefined {
  return l?.valeurs[colonne] ?? l?.valeurs[normaliserTexte(colonne)];
}

/** En-tête de colonne tel qu'écrit dans le classeur (repli : la forme normalisée). */
export function libelleColonne(tableau: Tableau2E, colonne: string): string {
  return tableau.libellesColonnes?.[tableau.colonnes.indexOf(colonne)] ?? colonne;
}

/** En-tête d'un exercice (« 2024 », « 2025 previsionnel », « n 1 »). */
export const estExercice = (colonne: string) => /\b(19|20)\d{2}\b|^n( \d)?\b/.test(colonne);
export const estTotal = (texte: string) => /\btotal\b/i.test(texte);
