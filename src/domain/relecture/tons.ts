import { COMPLETUDE_MIN, type IndicateursCles, type Priorite } from "./synthese";

/**
 * Couleur de lecture d'une case de la synthèse (rapports et volet) : « bon », « moyen »,
 * « mauvais », ou null (rien à dire). Repères de lecture pour une relecture rapide, pas des seuils
 * réglementaires : les contrôles et les seuils des indicateurs (docs/indicateurs.md) font foi.
 */

export type Ton = "bon" | "moyen" | "mauvais";

export function tonCompletude(v: number | null): Ton | null {
  if (v === null) return null;
  return v >= 1 ? "bon" : v >= COMPLETUDE_MIN ? "moyen" : "mauvais";
}

export const tonNombre = (n: number, grave: boolean): Ton =>
  n === 0 ? "bon" : grave ? "mauvais" : "moyen";

type Regle = (v: number) => Ton;

const REGLES: Readonly<Record<keyof IndicateursCles, Regle>> = {
  tauxOccupation: (v) => (v >= 0.95 ? "bon" : v >= 0.85 ? "moyen" : "mauvais"),
  tauxCaf: (v) => (v >= 0.03 ? "bon" : v >= 0 ? "moyen" : "mauvais"),
  frngJours: (v) => (v >= 60 ? "bon" : v >= 30 ? "moyen" : "mauvais"),
  tresorerieJours: (v) => (v >= 30 ? "bon" : v >= 15 ? "moyen" : "mauvais"),
  creton: (v) => (v === 0 ? "bon" : "moyen"),
};

export function tonIndicateur(cle: keyof IndicateursCles, v: number | null): Ton | null {
  return v === null ? null : REGLES[cle](v);
}

export const TON_PRIORITE: Readonly<Record<Priorite, Ton>> = {
  appeler: "mauvais",
  verifier: "moyen",
  conforme: "bon",
};

export const LIBELLE_PRIORITE: Readonly<Record<Priorite, string>> = {
  appeler: "À appeler",
  verifier: "À vérifier",
  conforme: "Conforme",
};

/** Libellés et unités des indicateurs clés, dans l'ordre des rapports. */
export const INDICATEURS_CLES: readonly {
  readonly cle: keyof IndicateursCles;
  readonly libelle: string;
  readonly unite: "%" | "jours" | "nombre";
}[] = [
  { cle: "tauxOccupation", libelle: "Taux d'occupation (moyenne ESMS)", unite: "%" },
  { cle: "tauxCaf", libelle: "Taux de CAF", unite: "%" },
  { cle: "frngJours", libelle: "FRNG (jours)", unite: "jours" },
  { cle: "tresorerieJours", libelle: "Trésorerie (jours)", unite: "jours" },
  { cle: "creton", libelle: "Creton (personnes)", unite: "nombre" },
];
