import type { Cellule } from "../classeur/cellule";
import { memoriser } from "./memoire";

/**
 * Lecture d'une valeur de cellule comme nombre (modèle du classeur, §3.3 bis) : partagée par les
 * indicateurs et les contrôles. Une cellule vide n'est jamais 0 ; un nombre tapé « à la française »
 * dans du texte est lu et marqué `depuisTexte` (à signaler) ; une erreur reste une erreur.
 */

export type ValeurLue =
  | { readonly kind: "vide" }
  | { readonly kind: "nombre"; readonly valeur: number; readonly depuisTexte: boolean }
  | { readonly kind: "erreur"; readonly code: string }
  | { readonly kind: "texte"; readonly texte: string }
  | { readonly kind: "booleen"; readonly valeur: boolean };

/** Codes d'erreur d'Excel, en anglais et en français. */
export const CODES_ERREUR: readonly string[] = [
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#VALEUR!",
  "#N/A",
  "#NAME?",
  "#NOM?",
  "#NUM!",
  "#NULL!",
  "#NUL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
];

const ESPACE = "[ \\u00a0\\u202f\\u2009]";
/** « 1 234 », « 1 234,5 », « 1234.5 », « 1.234,50 » (point des milliers seulement avec virgule). */
const MOTIFS_NOMBRE: readonly RegExp[] = [
  /^\d+(?:[.,]\d+)?$/,
  new RegExp(`^\\d{1,3}(?:${ESPACE}\\d{3})+(?:,\\d+)?$`),
  /^\d{1,3}(?:\.\d{3})+,\d+$/,
];

/** Erreur d'Excel reconnue dans un texte (« #VALEUR! »), sinon `null`. */
export function codeErreur(texte: string): string | null {
  const t = texte.trim().toUpperCase();
  return CODES_ERREUR.includes(t) ? t : null;
}

/** Nombre tapé en texte à la française, ou `null` s'il n'est pas interprétable. */
export function lireNombreTexte(texte: string): number | null {
  let s = texte.replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
  let signe = 1;
  let facteur = 1;
  const parenthese = /^\((.*)\)$/.exec(s);
  if (parenthese) {
    signe = -1;
    s = (parenthese[1] ?? "").trim();
  }
  s = s.replace(/^€\s*/, "").replace(/\s*(?:€|eur|euros?)$/i, "");
  if (s.endsWith("%")) {
    facteur = 0.01;
    s = s.slice(0, -1).trim();
  }
  const m = /^([-+\u2212])\s*(.*)$/.exec(s);
  if (m) {
    if (parenthese) return null;
    if (m[1] !== "+") signe = -1;
    s = m[2] ?? "";
  }
  s = s.replace(/^€\s*/, "");
  if (!MOTIFS_NOMBRE.some((motif) => motif.test(s))) return null;
  const chiffres = s.includes(",")
    ? s.replace(/[ \u00a0\u202f\u2009.]/g, "").replace(",", ".")
    : s.replace(/[ \u00a0\u202f\u2009]/g, "");
  const n = Number(chiffres);
  return Number.isFinite(n) ? signe * n * facteur : null;
}

/**
 * Lit une cellule comme nombre. `numberFormat` n'intervient pas dans la lecture (un « 85 » tapé
 * dans une cellule % reste 85 : l'erreur d'échelle est l'affaire du contrôle dédié).
 */
export function lireNombre(c: Pick<Cellule, "value" | "type" | "numberFormat">): ValeurLue {
  const { value, type } = c;
  if (type === "Empty") return VIDE;
  if (type === "Error") return { kind: "erreur", code: String(value).trim().toUpperCase() };
  if (typeof value === "boolean") return value ? VRAI : FAUX;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "nombre", valeur: value, depuisTexte: false }
      : { kind: "erreur", code: "#NUM!" };
  }
  return lireTexte(value);
}

// Réponses sans paramètre partagées (lectures en lecture seule) : une cellule vide est lue des
// milliers de fois par analyse.
const VIDE: ValeurLue = Object.freeze({ kind: "vide" });
const VRAI: ValeurLue = Object.freeze({ kind: "booleen", valeur: true });
const FAUX: ValeurLue = Object.freeze({ kind: "booleen", valeur: false });

/**
 * Nombre lu d'une cellule, comme `lireNombre(c)` quand il rend un nombre, `null` sinon (vide,
 * erreur, texte, booléen) : sans objet construit, pour les contrôles qui ne veulent que la valeur.
 */
export function nombreDe(c: Pick<Cellule, "value" | "type">): number | null {
  const { value, type } = c;
  if (type === "Empty" || type === "Error" || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const lu = lireTexte(value);
  return lu.kind === "nombre" ? lu.valeur : null;
}

/**
 * Lecture d'un texte (une cellule ni vide, ni erreur d'Excel par son type) : les mêmes textes sont
 * lus comme nombres par plusieurs indicateurs et contrôles, d'où une réponse mémorisée (bornée).
 */
const lireTexte = memoriser((value: string): ValeurLue => {
  if (value.trim() === "") return VIDE;
  const code = codeErreur(value);
  if (code) return { kind: "erreur", code };
  const n = lireNombreTexte(value);
  return n === null
    ? { kind: "texte", texte: value }
    : { kind: "nombre", valeur: n, depuisTexte: true };
});
