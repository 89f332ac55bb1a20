/**
 * Noms de feuilles Excel : 1 à 31 caractères, sans `: \ / ? * [ ]`, sans apostrophe en début ou en
 * fin, « History » réservé ; deux feuilles ne peuvent pas porter le même nom à la casse près.
 */

import { rendreRaisonNom, type RaisonNomFeuille } from "./messages-garde";

export const LONGUEUR_MAX_NOM = 31;
const INTERDITS = /[:\\/?*[\]]/;

/** `null` si le nom est valide, sinon la raison, en données. */
export function raisonNomInvalide(nom: string): RaisonNomFeuille | null {
  if (nom.trim() === "") return { code: "nom/vide", params: {} };
  if (nom.length > LONGUEUR_MAX_NOM)
    return { code: "nom/trop-long", params: { nom, max: LONGUEUR_MAX_NOM } };
  if (INTERDITS.test(nom)) return { code: "nom/interdit", params: { nom } };
  if (nom.startsWith("'") || nom.endsWith("'")) return { code: "nom/apostrophe", params: { nom } };
  if (nom.toLowerCase() === "history") return { code: "nom/reserve", params: {} };
  return null;
}

/** `null` si le nom est valide, sinon la raison (en français). */
export function validerNomDeFeuille(nom: string): string | null {
  const r = raisonNomInvalide(nom);
  return r && rendreRaisonNom(r);
}

export const memeNom = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

function nettoyer(souhaite: string): string {
  const s = souhaite
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return s === "" || s.toLowerCase() === "history" ? "Feuille" : s;
}

const tronquer = (s: string, n: number) => s.slice(0, n).trimEnd().replace(/'+$/, "");

/**
 * Nom libre et valide proche de `souhaite` : « Fiche objectif 1.1 », sinon « Fiche objectif 1.1 (2) »,
 * « (3) »… ; caractères interdits remplacés, tronqué à 31 caractères en gardant le suffixe.
 */
export function nomDeFeuilleLibre(souhaite: string, nomsExistants: readonly string[]): string {
  const base = nettoyer(souhaite);
  const pris = (n: string) => nomsExistants.some((e) => memeNom(e, n));
  const premier = tronquer(base, LONGUEUR_MAX_NOM);
  if (!pris(premier)) return premier;
  for (let i = 2; ; i++) {
    const suffixe = ` (${i})`;
    const nom = `${tronquer(base, LONGUEUR_MAX_NOM - suffixe.length)}${suffixe}`;
    if (!pris(nom)) return nom;
  }
}
