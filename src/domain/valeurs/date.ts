import type { Cellule } from "../classeur/cellule";
import { codeErreur } from "./nombre";

/**
 * Lecture d'une date (§3.3) : numéro de série Excel (système 1900), ou texte « jj/mm/aaaa »
 * (aussi « j/m/aaaa », séparateurs « - » et « . », et « aaaa-mm-jj ») lu et marqué `depuisTexte`.
 */

export type DateLue =
  | { readonly kind: "vide" }
  | {
      readonly kind: "date";
      readonly annee: number;
      readonly mois: number;
      readonly jour: number;
      /** Numéro de série Excel (entier : l'heure est ignorée). */
      readonly serie: number;
      readonly depuisTexte: boolean;
    }
  | { readonly kind: "erreur"; readonly code: string }
  /** Texte non interprétable, date impossible (31/02), nombre hors des dates d'Excel, booléen. */
  | { readonly kind: "invalide"; readonly brute: string | number | boolean };

const JOUR_MS = 86_400_000;
/** Série 0 du système 1900, en tenant compte du faux 29/02/1900 d'Excel (série 60). */
const EPOQUE = Date.UTC(1899, 11, 30);
const SERIE_MAX = 2_958_465; // 31/12/9999

/** Date → numéro de série Excel (dates à partir du 01/03/1900). */
export function serieExcel(annee: number, mois: number, jour: number): number {
  return Math.round((Date.UTC(annee, mois - 1, jour) - EPOQUE) / JOUR_MS);
}

function depuisSerie(serie: number): DateLue {
  const s = Math.floor(serie);
  if (!Number.isFinite(serie) || s < 1 || s > SERIE_MAX) return { kind: "invalide", brute: serie };
  if (s === 60) return { kind: "invalide", brute: serie }; // 29/02/1900 n'existe pas
  const d = new Date(EPOQUE + (s < 60 ? s + 1 : s) * JOUR_MS);
  return {
    kind: "date",
    annee: d.getUTCFullYear(),
    mois: d.getUTCMonth() + 1,
    jour: d.getUTCDate(),
    serie: s,
    depuisTexte: false,
  };
}

function dateValide(annee: number, mois: number, jour: number): boolean {
  if (annee < 1900 || annee > 9999 || mois < 1 || mois > 12 || jour < 1) return false;
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  return d.getUTCMonth() === mois - 1 && d.getUTCDate() === jour;
}

function depuisTexte(texte: string): DateLue {
  const t = texte.trim();
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [annee, mois, jour] = fr
    ? [Number(fr[3]), Number(fr[2]), Number(fr[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!dateValide(annee, mois, jour)) return { kind: "invalide", brute: texte };
  return {
    kind: "date",
    annee,
    mois,
    jour,
    serie: serieExcel(annee, mois, jour),
    depuisTexte: true,
  };
}

export function lireDate(c: Pick<Cellule, "value" | "type">): DateLue {
  const { value, type } = c;
  if (type === "Empty") return { kind: "vide" };
  if (type === "Error") return { kind: "erreur", code: String(value).trim().toUpperCase() };
  if (typeof value === "number") return depuisSerie(value);
  if (typeof value === "boolean") return { kind: "invalide", brute: value };
  if (value.trim() === "") return { kind: "vide" };
  const code = codeErreur(value);
  return code ? { kind: "erreur", code } : depuisTexte(value);
}
