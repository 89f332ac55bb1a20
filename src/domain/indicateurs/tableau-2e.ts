import type { Champ, Ligne2E, Tableau2E } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";

/** Lecture d'un tableau repéré de 2-E : ligne par clé, cellule par en-tête de colonne. */

/** Lignes par clé en minuscules (la première l'emporte), indexées une fois par tableau. */
const index = new WeakMap<Tableau2E, ReadonlyMap<string, Ligne2E>>();

export function ligne(tableau: Tableau2E, cle: string): Ligne2E | undefined {
  let parCle = index.get(tableau);
  if (!parCle) {
    const m = new Map<string, Ligne2E>();
    for (const l of tableau.lignes) {
      const k = l.cle.toLowerCase();
      if (!m.has(k)) m.set(k, l);
    }
    index.set(tableau, (parCle = m));
  }
  return parCle.get(cle.toLowerCase());
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
