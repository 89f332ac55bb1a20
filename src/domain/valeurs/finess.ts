import type { CellValue } from "../classeur/snapshot";

/**
 * Numéro FINESS (referentiels.md §4) : normalisation d'une saisie (espaces, points, tirets ;
 * nombre qui a perdu son zéro initial) et contrôle de la clé de Luhn sur les 9 chiffres.
 */

export type StatutFiness =
  "vide" | "valide" | "zero-perdu" | "format" | "cle" | "corse-non-verifiable";

export interface FinessControle {
  readonly statut: StatutFiness;
  /** Numéro normalisé (majuscules, sans séparateurs ; zéro rétabli pour `zero-perdu`). */
  readonly numero: string;
  /** La saisie contenait des espaces, points ou tirets (constat `finess/espaces`). */
  readonly separateurs: boolean;
}

const SEPARATEURS = /[\s\u00a0\u202f\u2009.\-\u2013]/g;
const FORMAT = /^[0-9][0-9AB][0-9]{7}$/;

export function luhn(chiffres: string): boolean {
  if (!/^\d+$/.test(chiffres)) return false;
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

function brut(valeur: CellValue | null | undefined): string {
  if (valeur === null || valeur === undefined || typeof valeur === "boolean") return "";
  if (typeof valeur === "number") return String(valeur);
  return valeur.toUpperCase().replace(SEPARATEURS, "");
}

/**
 * Numéro normalisé : majuscules, sans séparateurs ; un nombre (ou texte) à 8 chiffres reçoit son
 * zéro initial si « 0 » + numéro passe la clé. "" pour une cellule vide ou un booléen.
 */
export function normaliserFiness(valeur: CellValue | null | undefined): string {
  const s = brut(valeur);
  return /^\d{8}$/.test(s) && luhn(`0${s}`) ? `0${s}` : s;
}

/**
 * Vrai si le numéro (normalisé ou non) a le format FINESS et une clé de Luhn valide. Corse :
 * « 2A » est contrôlé comme « 21 » (vérifié sur deux numéros), « 2B » comme « 22 » (non vérifié).
 */
export function cleFinessValide(finess: string): boolean {
  const s = normaliserFiness(finess);
  if (!FORMAT.test(s)) return false;
  return luhn(s.replace(/^2A/, "21").replace(/^2B/, "22"));
}

/** Contrôle complet d'une saisie (referentiels.md §4.2) ; 2A / 2B : avertissement seulement. */
export function controlerFiness(valeur: CellValue | null | undefined): FinessControle {
  const texte = typeof valeur === "string" ? valeur.trim().toUpperCase() : "";
  const s = brut(valeur);
  const separateurs = texte !== "" && texte !== s;
  const r = (statut: StatutFiness, numero = s): FinessControle => ({ statut, numero, separateurs });
  if (s === "") return r("vide");
  if (/^\d{8}$/.test(s) && luhn(`0${s}`)) return r("zero-perdu", `0${s}`);
  if (!FORMAT.test(s)) return r("format");
  if (/^2[AB]/.test(s)) return r("corse-non-verifiable");
  return luhn(s) ? r("valide") : r("cle");
}
