import { analyseurDuVolet, type AnalyseurDuVolet } from "./analyseur";

/**
 * Crée le fil d'analyse (Web Worker). Seul endroit avec `import.meta.url` : webpack en fait un
 * morceau à part servi par la même origine (permis par la CSP : sans `worker-src`, c'est
 * `script-src 'self'` qui s'applique ; ADR 0006, 0013). Importé seulement par les racines de
 * composition (volet dans Excel, aperçu), jamais par jest (pas de Worker dans jsdom).
 */
export function creerFilAnalyse(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(
    /* webpackChunkName: "analyse" */ new URL("./analyse.worker.ts", import.meta.url),
    { name: "analyse-cpom" },
  );
}

let unique: AnalyseurDuVolet | null = null;

/**
 * L'analyseur de la page, créé une fois (le fil démarre aussitôt : son script se charge pendant
 * la lecture du classeur). `<html data-analyse="fil|principal">` dit où a tourné la dernière
 * analyse (vérifié en e2e sous la CSP de production).
 */
export function analyseurDePage(): AnalyseurDuVolet {
  unique ??= analyseurDuVolet(creerFilAnalyse, (m) => {
    document.documentElement.dataset["analyse"] = m;
  });
  return unique;
}
