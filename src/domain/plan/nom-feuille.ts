/**
 * Noms de feuilles Excel : 1 à 31 caractères, sans `: \ / ? * [ ]`, sans apostrophe en début ou en
 * fin, « History » réservé ; deux feuilles ne peuvent pas porter le même nom à la casse près.
 */

export const LONGUEUR_MAX_NOM = 31;
const INTERDITS = /[:\\/?*[\]]/;

/** `null` si le nom est valide, sinon la raison (en français). */
export function validerNomDeFeuille(nom: string): string | null {
  if (nom.trim() === "") return "le nom de la feuille est vide";
  if (nom.length > LONGUEUR_MAX_NOM)
    return `le nom « ${nom} » dépasse ${LONGUEUR_MAX_NOM} caractères`;
  if (INTERDITS.test(nom))
    return `le nom « ${nom} » contient un caractère interdit (: \\ / ? * [ ])`;
  if (nom.startsWith("'") || nom.endsWith("'"))
    return `le nom « ${nom} » commence ou finit par une apostrophe`;
  if (nom.toLowerCase() === "history") return "le nom « History » est réservé par Excel";
  return null;
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
