import type { CellValue } from "../classeur/snapshot";
import { controlerFiness } from "../valeurs";

/**
 * Lecture d'un numéro FINESS pour les contrôles : la règle est celle de src/domain/valeurs
 * (`controlerFiness`, Corse comprise) ; on y ajoute le texte saisi, pour les messages.
 */

export type StatutFiness = "vide" | "valide" | "format" | "cle" | "zero-perdu";

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
  return { statut: c.statut, saisi, numero: c.numero, separateurs: c.separateurs };
}
