import { setFlagsFromString } from "node:v8";

/**
 * Réglage du compilateur optimisant de V8 pour la ligne de commande (ADR 0026). Un lot de
 * 100 retours passe l'essentiel de son temps à « monter en régime » : ≈ 1 900 fonctions sont
 * optimisées par fil, et sur un ou deux cœurs cette compilation prend le processeur aux fichiers.
 * Un budget d'interruption 16 fois celui de Node 20 (67 584) n'optimise que les fonctions vraiment
 * chaudes, et un plafond d'inlining moitié moindre rend chaque optimisation moins chère : même lot,
 * 2 cœurs 6,4 → 4,4 s, épinglé sur un cœur 11,2 → 7,7 s (mesures dans l'ADR).
 *
 * Les drapeaux de V8 valent pour tout le processus, fils compris (un `Worker` n'accepte pas
 * d'options de V8 dans `execArgv`) : ils sont posés par le point d'entrée, avant tout module.
 */
export const DRAPEAUX_V8: readonly string[] = [
  "--interrupt-budget=1081344",
  "--max-inlined-bytecode-size-cumulative=460",
];

export function reglerCompilateur(): void {
  for (const d of DRAPEAUX_V8) setFlagsFromString(d);
}
