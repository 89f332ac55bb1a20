/**
 * Registre des mémoires de module (réponses rangées par texte, gardées d'une analyse à l'autre :
 * normalisation, reconnaissance d'intitulés, correspondances, nombres formatés…). `viderMemoires`
 * les vide toutes : le banc s'en sert pour mesurer une analyse « à froid », telle que la paie la
 * première analyse d'un processus. Aucun effet sur les résultats, seulement sur le temps.
 */
const VIDAGES = new Set<() => void>();

/** Enregistre `m` (Map, Set…) pour `viderMemoires` ; rend `m`. */
export function memoireVidable<M extends { clear(): void }>(m: M): M {
  VIDAGES.add(() => m.clear());
  return m;
}

/** Enregistre une façon de vider une mémoire qui ne se vide pas par `clear` (WeakMap…). */
export function surVidage(vider: () => void): void {
  VIDAGES.add(vider);
}

export function viderMemoires(): void {
  for (const v of VIDAGES) v();
}
