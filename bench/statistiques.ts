/** Médiane (moyenne des deux du milieu pour un nombre pair de valeurs) ; 0 pour une liste vide. */
export function mediane(xs: readonly number[]): number {
  const t = [...xs].sort((a, b) => a - b);
  const m = Math.floor(t.length / 2);
  if (t.length === 0) return 0;
  return t.length % 2 ? t[m]! : (t[m - 1]! + t[m]!) / 2;
}

/** (plus grande − plus petite) / médiane ; null pour une liste vide ou de médiane nulle. */
export function etendueRelative(xs: readonly number[]): number | null {
  const m = mediane(xs);
  return xs.length === 0 || m === 0 ? null : (Math.max(...xs) - Math.min(...xs)) / m;
}
