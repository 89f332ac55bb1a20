import type { CellValue } from "../classeur/snapshot";

/**
 * Valeur pré-renseignée telle que la relecture la compare et l'écrit (JSON, empreinte, rapports) :
 * texte, nombre, booléen, ou `null` pour une cellule vide.
 */
export type ValeurRelue = string | number | boolean | null;

/** Valeur d'une cellule de l'instantané : texte rogné, "" et blancs → null. */
export function valeurRelue(v: CellValue | null | undefined): ValeurRelue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const t = v.normalize("NFC").trim();
    return t === "" ? null : t;
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** Nombre d'un texte écrit à la française ou à l'anglaise (« 0,9 », « 93 % »), sinon null. */
function nombreDe(v: ValeurRelue): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const t = v.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const pourcent = t.endsWith("%");
  const n = Number(pourcent ? t.slice(0, -1) : t);
  if (t === "" || !Number.isFinite(n)) return null;
  return pourcent ? n / 100 : n;
}

/** Même valeur ? Nombres à 1e-9 près (relatif), « 0,9 » écrit en texte vaut 0,9 ; textes sans casse. */
export function memesValeurs(a: ValeurRelue, b: ValeurRelue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const na = nombreDe(a);
  const nb = nombreDe(b);
  if (na !== null && nb !== null) {
    return Math.abs(na - nb) <= 1e-9 * Math.max(1, Math.abs(na), Math.abs(nb));
  }
  if (typeof a === "string" && typeof b === "string") {
    return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
  }
  return false;
}

/** Texte d'affichage d'une valeur (rapports) : « (vide) » pour null, nombres à la française. */
export function texteValeur(v: ValeurRelue): string {
  if (v === null) return "(vide)";
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  if (typeof v === "number") {
    return v.toLocaleString("fr-FR", { maximumFractionDigits: 6 }).replace(/\u202f/g, "\u00a0");
  }
  return v;
}
