import type { CellValue } from "../classeur/snapshot";

/**
 * Lecture d'un numéro FINESS (referentiels.md §4). Repli local en attendant `normaliserFiness` /
 * `cleFinessValide` de src/domain/valeurs.
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

export function luhn(chiffres: string): boolean {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let d = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    somme += d;
  }
  return somme % 10 === 0;
}

export function lireFiness(valeur: CellValue | undefined): LectureFiness {
  const saisi = valeur === undefined || typeof valeur === "boolean" ? "" : String(valeur).trim();
  const numero = saisi.toUpperCase().replace(/[\s\u00a0\u202f.\-–]/g, "");
  const separateurs = numero !== saisi.toUpperCase();
  const r = (statut: StatutFiness, n = numero) => ({ statut, saisi, numero: n, separateurs });
  if (!numero) return r("vide");
  if (/^\d{8}$/.test(numero) && luhn(`0${numero}`)) return r("zero-perdu", `0${numero}`);
  if (!/^[0-9][0-9AB][0-9]{7}$/.test(numero)) return r("format");
  if (/^2[AB]/.test(numero)) return r("corse");
  return luhn(numero) ? r("valide") : r("cle");
}

/** Département d'un FINESS : 2 caractères, 3 pour l'outre-mer (97x, 98x). */
export function departementFiness(numero: string): string {
  return /^9[78]/.test(numero) ? numero.slice(0, 3) : numero.slice(0, 2);
}
