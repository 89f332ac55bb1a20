import type { Raison } from "./types";

/**
 * Petits calculs purs partagés par les familles. Jamais 0 ni Infinity pour une valeur absente :
 * une division par zéro renvoie la raison `denominateur-nul`.
 */

export function estRaison(v: number | Raison): v is Raison {
  return typeof v === "string";
}

export function ratio(numerateur: number, denominateur: number): number | Raison {
  if (denominateur === 0) return "denominateur-nul";
  return numerateur / denominateur;
}

/** Valeur × 365 / charges courantes (jours de charges courantes). */
export function enJours(montant: number, chargesCourantes: number): number | Raison {
  const r = ratio(montant, chargesCourantes);
  return estRaison(r) ? r : r * 365;
}

export function somme(valeurs: readonly number[]): number {
  return valeurs.reduce((s, v) => s + v, 0);
}
