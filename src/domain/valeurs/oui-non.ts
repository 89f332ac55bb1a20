import type { Cellule } from "../classeur/cellule";
import { normaliserTexte } from "../classeur/texte";
import { codeErreur } from "./nombre";

/**
 * Lecture d'une réponse de liste des axes 2-A : « Oui », « Non », « Pratiques hétérogènes »
 * (§3.4), comparées après normalisation (casse, accents, espaces, singulier / pluriel).
 */

export type Reponse = "oui" | "non" | "pratiques-heterogenes";

export type OuiNonLu =
  | { readonly kind: "vide" }
  | { readonly kind: "reponse"; readonly reponse: Reponse }
  | { readonly kind: "erreur"; readonly code: string }
  /** Valeur collée hors de la liste (contrôle `saisie/valeur-hors-liste`). */
  | { readonly kind: "hors-liste"; readonly brute: string | number | boolean };

const SYNONYMES: Readonly<Record<string, Reponse>> = {
  oui: "oui",
  non: "non",
  "pratiques heterogenes": "pratiques-heterogenes",
  "pratique heterogene": "pratiques-heterogenes",
  "pratiques heterogene": "pratiques-heterogenes",
  "pratique heterogenes": "pratiques-heterogenes",
};

export function lireOuiNon(c: Pick<Cellule, "value" | "type">): OuiNonLu {
  const { value, type } = c;
  if (type === "Empty") return { kind: "vide" };
  if (type === "Error") return { kind: "erreur", code: String(value).trim().toUpperCase() };
  if (typeof value !== "string") return { kind: "hors-liste", brute: value };
  if (value.trim() === "") return { kind: "vide" };
  const code = codeErreur(value);
  if (code) return { kind: "erreur", code };
  const reponse = SYNONYMES[normaliserTexte(value)];
  return reponse ? { kind: "reponse", reponse } : { kind: "hors-liste", brute: value };
}
