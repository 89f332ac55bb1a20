/**
 * Normalisation des libellés et des noms d'onglets avant toute comparaison
 * (modèle du classeur, §7) : minuscules, sans accents, ponctuation ramenée à l'espace,
 * numérotation de tête retirée (sauf pour les noms d'onglets), « n° » ramené à « n ».
 */
export function normaliserTexte(
  texte: string,
  options: { garderNumerotation?: boolean } = {},
): string {
  let s = texte
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[\u00a0\u202f\u2009\t\r\n]/g, " ")
    .trim();
  if (!options.garderNumerotation) {
    // « 1. », « 1-1 », « 2) », « a) », « A. », « iv. » en tête de libellé.
    s = s.replace(/^(?:\d+(?:[.\-–)]\d+)*[.)\-–]?|[a-z][.)]|[ivx]+[.)])\s+/, "");
  }
  return s
    .replace(/\bn\s*°\s*/g, "n ")
    .replace(/\b(?:no|num)\.?\s+(?=finess)/g, "n ")
    .replace(/[’'`´‘"«»“”]/g, " ")
    .replace(/[‐‑‒–—―_-]/g, " ")
    .replace(/[.:;,!?*()[\]{}/\\|+=<>%€$#&@°]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Vrai si `motif` (normalisé) apparaît comme suite de mots entiers dans `texte` (normalisé). */
export function contientMots(texte: string, motif: string): boolean {
  if (!motif) return false;
  return ` ${texte} `.includes(` ${motif} `);
}
