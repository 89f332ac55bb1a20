import { setFlagsFromString } from "node:v8";

/**
 * Réglage de V8 pour la ligne de commande (ADR 0026). Un lot de 100 retours passe une bonne part
 * de son temps à « monter en régime » : ≈ 1 900 fonctions sont optimisées par fil, et sur un ou
 * deux cœurs cette compilation prend le processeur aux fichiers. Un budget d'interruption 16 fois
 * celui de Node 20 (67 584) n'optimise que les fonctions vraiment chaudes, et un plafond d'inlining
 * moitié moindre rend chaque optimisation moins chère. Dans un lot, chaque cœur porte déjà un fil :
 * les fils auxiliaires du ramasse-miettes ne font que leur disputer le processeur
 * (`--single-threaded-gc`). Mesures dans l'ADR.
 *
 * Les drapeaux de V8 valent pour tout le processus, fils compris (un `Worker` n'accepte pas
 * d'options de V8 dans `execArgv`), et ceux du ramasse-miettes ne se changent qu'au lancement :
 * le point d'entrée relance Node avec eux (`drapeauxManquants`).
 */
/** Drapeaux du compilateur optimisant : V8 les accepte aussi une fois démarré. */
const DRAPEAUX_COMPILATEUR: readonly string[] = [
  "--interrupt-budget=1081344",
  "--max-inlined-bytecode-size-cumulative=460",
];
/** Drapeaux du ramasse-miettes : au lancement seulement. */
const DRAPEAUX_LANCEMENT: readonly string[] = ["--single-threaded-gc"];

export const DRAPEAUX_V8: readonly string[] = [...DRAPEAUX_COMPILATEUR, ...DRAPEAUX_LANCEMENT];

/** Drapeaux que ce processus n'a pas reçus au lancement (`process.execArgv`) ; vide s'il les a. */
export function drapeauxManquants(execArgv: readonly string[]): string[] {
  return DRAPEAUX_V8.filter((d) => !execArgv.includes(d));
}

/**
 * Sans relance possible : les drapeaux du compilateur posés dans ce processus (ceux du
 * ramasse-miettes ne se posent qu'au lancement : changés ensuite, V8 s'arrête).
 */
export function reglerCompilateurSurPlace(): void {
  for (const d of DRAPEAUX_COMPILATEUR) setFlagsFromString(d);
}
