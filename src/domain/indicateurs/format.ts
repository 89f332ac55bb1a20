import { memoireVidable } from "../classeur/memoires";
import { rendreIndicateur } from "./messages";
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
  // Les explications et les contrôles formatent les mêmes valeurs plusieurs fois : mémoire bornée
  // par (décimales, exactes), vidée quand elle est pleine (Intl est lent).
  const cle = decimales * 2 + (exactes ? 1 : 0);
  let m = DEJA_FORMATES.get(cle);
  if (!m) {
    m = new Map();
    DEJA_FORMATES.set(cle, m);
  }
  const deja = m.get(valeur);
  if (deja !== undefined) return deja;
  const texte = formater(valeur, decimales, exactes);
  if (m.size >= TAILLE_MEMOIRE) m.clear();
  m.set(valeur, texte);
  return texte;
}

const TAILLE_MEMOIRE = 20_000;
const DEJA_FORMATES = memoireVidable(new Map<number, Map<number, string>>());

function formater(valeur: number, decimales: number, exactes: boolean): string {
  if (Number.isFinite(valeur) && Math.abs(valeur) >= GRANDEUR_ABSURDE) {
    const [mantisse, exposant] = valeur.toExponential(1).split("e");
    return `${(mantisse ?? "").replace(".", ",")} × 10^${Number(exposant)} (valeur démesurée)`;
  }
  // Évite « -0,0 » : un arrondi nul s'affiche 0.
  const arrondi = Number(valeur.toFixed(Math.min(decimales + 6, 20)));
  const texte = formateur(exactes ? decimales : 0, decimales).format(arrondi);
  return /^-0(?:,0*)?$/.test(texte) ? texte.slice(1) : texte;
}

/** Valeur d'un indicateur pour l'affichage ; `null` → « — ». `decimales` : au lieu de celles de l'unité. */
export function formaterValeur(
  valeur: number | null,
  unite: Unite,
  decimales = DECIMALES[unite],
): string {
  if (valeur === null) return "—";
  const nombre = unite === "%" ? valeur * 100 : valeur;
  const exactes = unite === "%" || unite === "jours" || unite === "ans" || unite === "ratio";
  return formaterNombre(nombre, decimales, exactes) + SUFFIXE[unite];
}

/** Ce qu'empêche chaque raison d'une valeur non calculée (catalogue des indicateurs). */
export const LIBELLES_RAISON: Readonly<Record<Raison, string>> = {
  "donnee-manquante": rendreIndicateur({ code: "raison/donnee-manquante", params: {} }),
  "denominateur-nul": rendreIndicateur({ code: "raison/denominateur-nul", params: {} }),
  "texte-non-numerique": rendreIndicateur({ code: "raison/texte-non-numerique", params: {} }),
  "valeur-erreur": rendreIndicateur({ code: "raison/valeur-erreur", params: {} }),
  "non-applicable": rendreIndicateur({ code: "raison/non-applicable", params: {} }),
};

/** Nombre fini écrit en chiffres (pas en notation scientifique « valeur démesurée »). */
const ecritEnClair = (x: number) => Number.isFinite(x) && Math.abs(x) < GRANDEUR_ABSURDE;

/** Décimales ajoutées au plus pour distinguer deux valeurs (2,61 % et 2,60 %, pas « 2,6 % » deux fois). */
const DECIMALES_EN_PLUS = 4;

/**
 * Décimales à afficher pour que des valeurs différentes ne s'écrivent jamais pareil : celles de
 * l'unité, plus ce qu'il faut (4 au plus) pour distinguer `valeur` de chaque repère (seuil, autre
 * entrée de même unité). Ainsi un seuil franchi se voit : « 2,61 % > 2,60 % ».
 */
export function decimalesDistinctes(
  valeur: number,
  unite: Unite,
  reperes: readonly number[],
): number {
  const base = DECIMALES[unite];
  const echelle = unite === "%" ? 100 : 1;
  // Seuls les repères distincts assez proches pour s'écrire pareil à `base` décimales sont formatés :
  // deux nombres écartés de plus de 2 × 10^-d ne s'arrondissent jamais au même texte (sauf
  // grandeur démesurée, écrite en notation scientifique, ou valeur non finie : toujours comparées).
  const proches = reperes.filter(
    (r) =>
      Math.abs(r - valeur) > 1e-12 * Math.max(1, Math.abs(r)) &&
      !(Math.abs((r - valeur) * echelle) > 2 * 10 ** -base && ecritEnClair(r * echelle)),
  );
  if (proches.length === 0) return base;
  for (let d = base; d < base + DECIMALES_EN_PLUS; d++) {
    const texte = (x: number) => formaterNombre(x * echelle, d);
    const t = texte(valeur);
    const confondu = proches.some((r) => texte(r) === t);
    if (!confondu) return d;
  }
  return base + DECIMALES_EN_PLUS;
}

/** Valeur affichée avec assez de décimales pour la distinguer des repères (seuils, entrées). */
export function formaterDistinct(
  valeur: number | null,
  unite: Unite,
  reperes: readonly number[],
): string {
  if (valeur === null) return "—";
  return formaterValeur(valeur, unite, decimalesDistinctes(valeur, unite, reperes));
}

/**
 * Nombre d'une condition de seuil (« > 10 % » → 0,1 ; « < 2 ans » → 2), dans l'unité de
 * stockage ; `null` si la condition n'en contient pas (« > taux autorisé »).
 */
export function nombreDeCondition(condition: string, unite: Unite): number | null {
  const m = /^[<>≤≥=]+\s*(-?\d[\d\s\u00a0\u202f]*(?:,\d+)?)\s*(%)?/.exec(condition.trim());
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  if (!Number.isFinite(n)) return null;
  return m[2] === "%" || unite === "%" ? n / 100 : n;
}
