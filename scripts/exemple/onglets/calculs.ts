import type { Valeur } from "../contexte";

/**
 * Valeurs en cache des formules, calculées ici comme Excel les calculerait (ExcelJS ne calcule
 * pas) : SOMME ignore textes et cellules vides ; un test `="" ` vaut pour une cellule vide.
 */

export const nombre = (v: Valeur): v is number => typeof v === "number";

/** SUM(…) : somme des seuls nombres (0 si aucun). */
export function somme(valeurs: readonly Valeur[]): number {
  return valeurs.filter(nombre).reduce((a, b) => a + b, 0);
}

/** Valeur d'une cellule dans une expression arithmétique d'Excel (vide = 0). */
export const n = (v: Valeur): number => (typeof v === "number" ? v : 0);

/** IF(OR(den="",num=""),"",IF(den=0,"",num/den)) — la formule de taux de 2-D. */
export function tauxSi(num: Valeur, den: Valeur): Valeur {
  if (num === null || den === null || num === "" || den === "") return "";
  if (typeof num !== "number" || typeof den !== "number") return { error: "#VALUE!" } as never;
  return den === 0 ? "" : num / den;
}

/** IF(den=0,"",num/den) sur des montants déjà calculés. */
export const divSi = (num: number, den: number): Valeur => (den === 0 ? "" : num / den);
