import type { CellValue } from "../classeur/snapshot";
import { memoriser } from "./memoire";

/**
 * Numéro FINESS (docs/referentiels-finess.md) : la seule normalisation du domaine (espaces, points,
 * tirets ; nombre qui a perdu son zéro initial), la clé de Luhn sur les 9 chiffres (Corse : 2A → 21,
 * 2B → 22) et le département d'implantation. Vérifié sur l'extrait public FINESS (test/fixtures/finess).
 */

export type StatutFiness = "vide" | "valide" | "zero-perdu" | "format" | "cle";

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

/** Chiffres sur lesquels porte la clé : « 2A » compté « 21 », « 2B » compté « 22 » (Corse). */
function chiffresCle(s: string): string {
  return s.replace(/^2A/, "21").replace(/^2B/, "22");
}

/** Vrai si `s` (déjà normalisé) a le format FINESS et une clé juste. */
function cleJuste(s: string): boolean {
  return FORMAT.test(s) && luhn(chiffresCle(s));
}

/**
 * Numéro normalisé : majuscules, sans séparateurs ; un nombre (ou texte) à 8 chiffres reçoit son
 * zéro initial seulement si « 0 » + numéro passe la clé. "" pour une cellule vide ou un booléen.
 */
export function normaliserFiness(valeur: CellValue | null | undefined): string {
  // Un texte revient des milliers de fois (en-têtes 2-D, lignes d'Annexe 1) : réponse mémorisée.
  return typeof valeur === "string" ? finessDeTexte(valeur) : normaliser(valeur);
}

function normaliser(valeur: CellValue | null | undefined): string {
  const s = brut(valeur);
  return /^\d{8}$/.test(s) && luhn(`0${s}`) ? `0${s}` : s;
}

const finessDeTexte = memoriser(normaliser);

/** Vrai si le numéro (normalisé ou non) a le format FINESS et une clé de Luhn valide. */
export function cleFinessValide(finess: string): boolean {
  return cleJuste(normaliserFiness(finess));
}

/** Contrôle complet d'une saisie : vide, zéro perdu, format, clé (Corse comprise), valide. */
export function controlerFiness(valeur: CellValue | null | undefined): FinessControle {
  const texte = typeof valeur === "string" ? valeur.trim().toUpperCase() : "";
  const s = brut(valeur);
  const separateurs = texte !== "" && texte !== s;
  const r = (statut: StatutFiness, numero = s): FinessControle => ({ statut, numero, separateurs });
  if (s === "") return r("vide");
  if (/^\d{8}$/.test(s) && luhn(`0${s}`)) return r("zero-perdu", `0${s}`);
  if (!FORMAT.test(s)) return r("format");
  return cleJuste(s) ? r("valide") : r("cle");
}

/** Outre-mer : le 4e caractère désigne le département (9701 → 971 ; Mayotte 9805 → 976). */
const OUTRE_MER: Readonly<Record<string, string>> = { "9805": "976", "9806": "986" };

/**
 * Département d'implantation d'un numéro FINESS normalisé : « 44 », « 2A » ; outre-mer « 971 » à
 * « 974 » (9701 à 9704), « 976 » (Mayotte, 9805), « 986 » (Wallis-et-Futuna, 9806). "" hors format.
 */
export function departementFiness(numero: string): string {
  if (!FORMAT.test(numero)) return "";
  const prefixe = numero.slice(0, 4);
  const connu = OUTRE_MER[prefixe];
  if (connu) return connu;
  if (/^9[78]0/.test(numero)) return `${numero.slice(0, 2)}${numero[3]}`;
  if (/^9[78]/.test(numero)) return numero.slice(0, 3);
  return numero.slice(0, 2);
}
