import type { Champ } from "../classeur/modele";
import type { CellValue } from "../classeur/snapshot";
import type { Raison } from "./types";

/**
 * Lecture d'une entrée d'indicateur. Provisoire : en attendant `lireNombre` (src/domain/valeurs),
 * une lecture minimale des nombres « à la française » (modèle §3.3 bis).
 */
export interface Lu {
  readonly valeur: number | null;
  readonly raison?: Raison;
  /** Nombre lu dans un texte : les formules d'Excel l'ignorent, à signaler. */
  readonly depuisTexte?: boolean;
  readonly brute?: CellValue;
}

const ESPACES = /[\s\u00a0\u202f\u2009]/g;

function lireTexte(texte: string): number | null {
  let s = texte.replace(ESPACES, "");
  let signe = 1;
  let facteur = 1;
  if (/^\(.*\)$/.test(s)) {
    signe = -1;
    s = s.slice(1, -1);
  }
  if (s.endsWith("€")) s = s.slice(0, -1);
  if (s.endsWith("%")) {
    facteur = 0.01;
    s = s.slice(0, -1);
  }
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(s)) return null;
  return signe * facteur * Number(s.replace(",", "."));
}

export function lireEntree(champ: Champ | undefined): Lu {
  if (!champ) return { valeur: null, raison: "donnee-manquante" };
  const { value, type } = champ.cellule;
  switch (type) {
    case "Empty":
      return { valeur: null, raison: "donnee-manquante" };
    case "Double":
      return typeof value === "number" && Number.isFinite(value)
        ? { valeur: value }
        : { valeur: null, raison: "valeur-erreur", brute: value };
    case "Error":
      return { valeur: null, raison: "valeur-erreur", brute: value };
    case "Boolean":
      return { valeur: null, raison: "texte-non-numerique", brute: value };
    case "String": {
      const texte = String(value);
      if (texte.trim() === "") return { valeur: null, raison: "donnee-manquante" };
      if (/^#/.test(texte.trim())) return { valeur: null, raison: "valeur-erreur", brute: value };
      const n = lireTexte(texte);
      return n === null
        ? { valeur: null, raison: "texte-non-numerique", brute: value }
        : { valeur: n, depuisTexte: true, brute: value };
    }
  }
}
