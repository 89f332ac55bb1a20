import type { Raison, Unite } from "./types";

/**
 * Affichage fr-FR (Intl, ES2022). Calcul en pleine précision, arrondi à l'affichage seulement, au
 * plus proche, demi vers le haut (« halfExpand » d'Intl) : 0,1 % ; 0,1 jour ; 0,1 an ; l'euro ;
 * 0,01 pour les ratios, les ETP et les nombres. Aucune lecture d'horloge.
 */

const DECIMALES: Readonly<Record<Unite, number>> = {
  "%": 1,
  jours: 1,
  ans: 1,
  "€": 0,
  ratio: 2,
  ETP: 2,
  nombre: 2,
};

const SUFFIXE: Readonly<Record<Unite, string>> = {
  "%": "\u00a0%",
  jours: "\u00a0j",
  ans: "\u00a0ans",
  "€": "\u00a0€",
  ratio: "",
  ETP: "\u00a0ETP",
  nombre: "",
};

const formateurs = new Map<string, Intl.NumberFormat>();

function formateur(min: number, max: number): Intl.NumberFormat {
  const cle = `${min}-${max}`;
  let f = formateurs.get(cle);
  if (!f) {
    f = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: min, maximumFractionDigits: max });
    formateurs.set(cle, f);
  }
  return f;
}

/** Formate un nombre en fr-FR (espace fine insécable des milliers, virgule décimale). */
/** Au-delà, un nombre n'a pas de sens dans un Diagnostic : il est écrit court et signalé. */
export const GRANDEUR_ABSURDE = 1e15;

export function formaterNombre(valeur: number, decimales: number, exactes = true): string {
  if (Number.isFinite(valeur) && Math.abs(valeur) >= GRANDEUR_ABSURDE) {
    const [mantisse, exposant] = valeur.toExponential(1).split("e");
    return `${(mantisse ?? "").replace(".", ",")} × 10^${Number(exposant)} (valeur démesurée)`;
  }
  // Évite « -0,0 » : un arrondi nul s'affiche 0.
  const arrondi = Number(valeur.toFixed(Math.min(decimales + 6, 20)));
  const texte = formateur(exactes ? decimales : 0, decimales).format(arrondi);
  return /^-0(?:,0*)?$/.test(texte) ? texte.slice(1) : texte;
}

/** Valeur d'un indicateur pour l'affichage ; `null` → « — ». */
export function formaterValeur(valeur: number | null, unite: Unite): string {
  if (valeur === null) return "—";
  const decimales = DECIMALES[unite];
  const nombre = unite === "%" ? valeur * 100 : valeur;
  const exactes = unite === "%" || unite === "jours" || unite === "ans" || unite === "ratio";
  return formaterNombre(nombre, decimales, exactes) + SUFFIXE[unite];
}

export const LIBELLES_RAISON: Readonly<Record<Raison, string>> = {
  "donnee-manquante": "une donnée n'est pas renseignée",
  "denominateur-nul": "le dénominateur vaut zéro",
  "texte-non-numerique": "une donnée contient un texte qui n'est pas un nombre",
  "valeur-erreur": "une donnée contient une valeur d'erreur",
  "non-applicable": "l'indicateur n'a pas de sens ici",
};
