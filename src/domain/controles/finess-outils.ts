import type { CellValue } from "../classeur/snapshot";
import { controlerFiness } from "../valeurs";

/**
 * Lecture d'un numéro FINESS pour les contrôles : la règle est celle de src/domain/valeurs
 * (`controlerFiness`, referentiels.md §4) ; on y ajoute le texte saisi, pour les messages.
 */

export type StatutFiness = "vide" | "valide" | "format" | "cle" | "corse" | "zero-perdu";

export interface LectureFiness {
  readonly statut: StatutFiness;
  /** Texte saisi (tel qu'affiché). */
  readonly saisi: string;
  /** Numéro normalisé (majuscules, sans séparateurs ; zéro rétabli pour `zero-perdu`). */
  readonly numero: string;
  /** Vrai si la saisie contenait espaces, points ou tirets. */
  readonly separateurs: boolean;
}

export function lireFiness(valeur: CellValue | undefined): LectureFiness {
  const saisi = valeur === undefined || typeof valeur === "boolean" ? "" : String(valeur).trim();
  const c = controlerFiness(valeur);
  const statut = c.statut === "corse-non-verifiable" ? "corse" : c.statut;
  return { statut, saisi, numero: c.numero, separateurs: c.separateurs };
}

/** Département d'un FINESS : 2 caractères, 3 pour l'outre-mer (97x, 98x). */
export function departementFiness(numero: string): string {
  return /^9[78]/.test(numero) ? numero.slice(0, 3) : numero.slice(0, 2);
}
