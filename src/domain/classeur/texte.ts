import { memoireVidable } from "./memoires";

/**
 * Normalisation des libellés et des noms d'onglets avant toute comparaison
 * (modèle du classeur, §7) : minuscules, sans accents, ponctuation ramenée à l'espace,
 * numérotation de tête retirée (sauf pour les noms d'onglets), « n° » ramené à « n ».
 */
export function normaliserTexte(
  texte: string,
  options: { garderNumerotation?: boolean } = {},
): string {
  const cache = options.garderNumerotation ? CACHE_NUMEROTATION : CACHE;
  const deja = cache.get(texte);
  if (deja !== undefined) return deja;
  const norm = normaliser(texte, options.garderNumerotation === true);
  if (cache.size >= TAILLE_CACHE) cache.clear();
  cache.set(texte, norm);
  return norm;
}

/**
 * Les mêmes libellés sont normalisés des milliers de fois par analyse (synonymes, en-têtes, noms
 * d'ESMS) : la normalisation, pure, est mémorisée (taille bornée, vidée quand elle est pleine).
 */
const TAILLE_CACHE = 50_000;
const CACHE = memoireVidable(new Map<string, string>());
const CACHE_NUMEROTATION = memoireVidable(new Map<string, string>());

function normaliser(texte: string, garderNumerotation: boolean): string {
  let s = texte
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[\u00a0\u202f\u2009\t\r\n]/g, " ")
    .trim();
  if (!garderNumerotation) {
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
  // `" texte ".includes(" motif ")` sans construire les deux chaînes (appelé des milliers de
  // fois par libellé) ; un motif bordé d'espaces garde la règle écrite telle quelle.
  if (motif.charCodeAt(0) === ESPACE || motif.charCodeAt(motif.length - 1) === ESPACE) {
    return ` ${texte} `.includes(` ${motif} `);
  }
  for (let i = texte.indexOf(motif); i >= 0; i = texte.indexOf(motif, i + 1)) {
    const fin = i + motif.length;
    const avant = i === 0 || texte.charCodeAt(i - 1) === ESPACE;
    if (avant && (fin === texte.length || texte.charCodeAt(fin) === ESPACE)) return true;
  }
  return false;
}

const ESPACE = 32;
