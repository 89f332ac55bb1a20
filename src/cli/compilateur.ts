import { setFlagsFromString } from "node:v8";

/**
 * Réglage de V8 pour la ligne de commande (ADR 0026, ADR 0030). Un lot de 100 retours passe une
 * bonne part de son temps à « monter en régime » : ≈ 1 900 fonctions sont optimisées par fil, et
 * sur un ou deux cœurs cette compilation prend le processeur aux fichiers. Optimiser moins tôt ne
 * garde que les fonctions vraiment chaudes ; dans un lot, chaque cœur porte déjà un fil : les fils
 * auxiliaires du ramasse-miettes ne font que leur disputer le processeur (`--single-threaded-gc`).
 *
 * Les noms et les valeurs par défaut changent d'une version de V8 à l'autre : Node 22 et suivants
 * refusent de démarrer sur `--interrupt-budget` (« bad option », code 9), le réglage mesuré pour
 * Node 20. Chaque réglage vaut donc pour la version majeure de V8 où il a été mesuré ; une version
 * inconnue garde les valeurs par défaut de son V8 (aucune relance).
 *
 * Les drapeaux de V8 valent pour tout le processus, fils compris (un `Worker` n'accepte pas
 * d'options de V8 dans `execArgv`), et ceux du ramasse-miettes ne se changent qu'au lancement :
 * le point d'entrée relance Node avec eux (`drapeauxManquants`).
 */
export interface ReglageV8 {
  /** Drapeaux du compilateur optimisant : V8 les accepte aussi une fois démarré. */
  readonly compilateur: readonly string[];
  /** Drapeaux du ramasse-miettes : au lancement seulement. */
  readonly lancement: readonly string[];
}

const FIL_UNIQUE_GC = ["--single-threaded-gc"];

/** Node 22 à 26 (V8 12 à 14) : TurboFan après 8 fois plus d'appels que par défaut (3 000). */
const APRES_V8_11: ReglageV8 = {
  compilateur: ["--invocation-count-for-turbofan=24000"],
  lancement: FIL_UNIQUE_GC,
};

/** Réglages mesurés, par version majeure de V8 (banc du lot d'`analyser`, ADR 0026 et 0030). */
export const REGLAGES_V8: Readonly<Record<number, ReglageV8>> = {
  // Node 20 : budget d'interruption 16 fois celui par défaut (67 584), inlining cumulé divisé par
  // 7,7 (920 → 120 : TurboFan compile ≈ 0,97 s → 0,64 s par fil, ADR 0032).
  11: {
    compilateur: ["--interrupt-budget=1081344", "--max-inlined-bytecode-size-cumulative=120"],
    lancement: FIL_UNIQUE_GC,
  },
  12: APRES_V8_11,
  13: APRES_V8_11,
  14: APRES_V8_11,
};

const AUCUN: ReglageV8 = { compilateur: [], lancement: [] };

/** Le réglage de cette version de V8 (« 12.4.254.21-node.57 ») ; aucun si elle n'a pas été mesurée. */
export function reglageV8(versionV8: string = process.versions.v8): ReglageV8 {
  return REGLAGES_V8[Number.parseInt(versionV8, 10)] ?? AUCUN;
}

/** Tous les drapeaux de cette version de V8, compilateur puis ramasse-miettes. */
export function drapeauxV8(versionV8: string = process.versions.v8): readonly string[] {
  const r = reglageV8(versionV8);
  return [...r.compilateur, ...r.lancement];
}

/** Drapeaux que ce processus n'a pas reçus au lancement (`process.execArgv`) ; vide s'il les a. */
export function drapeauxManquants(
  execArgv: readonly string[],
  versionV8: string = process.versions.v8,
): string[] {
  return drapeauxV8(versionV8).filter((d) => !execArgv.includes(d));
}

/**
 * Sans relance possible : les drapeaux du compilateur posés dans ce processus (ceux du
 * ramasse-miettes ne se posent qu'au lancement : changés ensuite, V8 s'arrête).
 */
export function reglerCompilateurSurPlace(): void {
  for (const d of reglageV8().compilateur) setFlagsFromString(d);
}

/**
 * Code de sortie de Node quand une option de la ligne de commande est refusée (« bad option ») ;
 * la ligne de commande elle-même ne rend que 0, 1 ou 2.
 */
export const CODE_OPTION_REFUSEE = 9;
