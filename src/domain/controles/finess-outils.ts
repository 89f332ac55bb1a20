import type { CellValue } from "../classeur/snapshot";
import { controlerFiness } from "../valeurs";
import { memoriser } from "../valeurs/memoire";

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

function lire(valeur: CellValue | undefined): LectureFiness {
  const saisi = valeur === undefined || typeof valeur === "boolean" ? "" : String(valeur).trim();
  const c = controlerFiness(valeur);
  return { statut: c.statut, saisi, numero: c.numero, separateurs: c.separateurs };
}

/** Les mêmes numéros sont lus par une dizaine de contrôles : une lecture par valeur (et par type). */
const parTexte = memoriser((t) => lire(t));
const parNombre = memoriser((t) => lire(Number(t)));

export function lireFiness(valeur: CellValue | undefined): LectureFiness {
  if (typeof valeur === "string") return parTexte(valeur);
  if (typeof valeur === "number") return parNombre(String(valeur));
  return lire(valeur);
}
