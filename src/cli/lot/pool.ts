import { Worker } from "node:worker_threads";
import { rendreLot } from "./messages-lot";

/**
 * Lot de tâches isolées dans des fils d'exécution (worker_threads) aux ressources bornées
 * (ADR 0008) : une tâche qui épuise sa mémoire, déborde la pile, dépasse son délai ou fait tomber
 * sa bibliothèque ne tue que son fil ; elle est rendue en échec et le lot continue sur un fil neuf.
 * Réutilisable : `analyser` s'en sert (travailleur-analyse.ts), `relire` pourra s'en servir.
 *
 * Le script d'un fil appelle `servirTaches` (travailleur.ts). Compilé, c'est un .js ; depuis les
 * sources (tsx, ts-jest), un .ts chargé par `tsx/cjs/api` (dépendance de développement).
 */

export type CauseEchec = "memoire" | "delai" | "plantage";

export type IssueTache<R> =
  | { readonly kind: "ok"; readonly valeur: R }
  | { readonly kind: "echec"; readonly cause: CauseEchec; readonly detail: string };

export interface OptionsLot<T, R> {
  /** Chemin absolu du script du fil (.js compilé, ou .ts depuis les sources). */
  readonly script: string;
  readonly taches: readonly T[];
  /** Fils en parallèle (1 par défaut). */
  readonly concurrence?: number;
  /** Tas V8 d'un fil, en Mo. */
  readonly memoireMo?: number;
  /** Jeune génération du tas d'un fil, en Mo (`JEUNE_GENERATION_MO` par défaut). */
  readonly jeuneMo?: number;
  /** Pile d'un fil, en Mo (4 par défaut, comme Node). */
  readonly pileMo?: number;
  /** Délai d'une tâche, en ms (aucun par défaut). */
  readonly delaiMs?: number;
  readonly surDebut?: (index: number, tache: T) => void;
  readonly surFin?: (index: number, issue: IssueTache<R>) => void;
}

/** Message d'un fil vers le lot. */
export type ReponseFil<R> =
  | { readonly index: number; readonly ok: true; readonly valeur: R }
  | { readonly index: number; readonly ok: false; readonly detail: string };

/**
 * Jeune génération d'un fil (Mo). Une analyse alloue beaucoup d'objets de courte vie (cellules,
 * libellés, constats) : avec la taille par défaut de V8, les récupérations mineures se suivent
 * toutes les quelques dizaines de ms et recopient l'instantané en cours ; à 96 Mo, elles sont
 * 3 fois moins nombreuses (banc du lot d'`analyser` épinglé sur un cœur : ≈ 10 à 15 % de temps
 * processeur en moins). Coût : ≈ 100 Mo de plus par fil au plus.
 */
export const JEUNE_GENERATION_MO = 96;

function creerFil(o: OptionsLot<unknown, unknown>): Worker {
  const resourceLimits = {
    ...(o.memoireMo ? { maxOldGenerationSizeMb: o.memoireMo } : {}),
    stackSizeMb: o.pileMo ?? 4,
    maxYoungGenerationSizeMb: o.jeuneMo ?? JEUNE_GENERATION_MO,
  };
  // stdout du fil détourné (jeté) : la sortie standard reste au rapport ou au JSON.
  const options = { resourceLimits, stdout: true, stderr: false };
  if (!o.script.endsWith(".ts")) return new Worker(o.script, options);
  const amorce = [
    `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();`,
    `require(${JSON.stringify(o.script)});`,
  ].join("\n");
  return new Worker(amorce, { ...options, eval: true });
}

const texte = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Exécute les tâches ; rend une issue par tâche, dans l'ordre des tâches. */
export function executerLot<T, R>(o: OptionsLot<T, R>): Promise<IssueTache<R>[]> {
  const issues: IssueTache<R>[] = new Array<IssueTache<R>>(o.taches.length);
  let suivante = 0;
  let restantes = o.taches.length;
  return new Promise((resolve) => {
    if (restantes === 0) {
      resolve(issues);
      return;
    }
    const terminer = (index: number, issue: IssueTache<R>) => {
      issues[index] = issue;
      o.surFin?.(index, issue);
      if (--restantes === 0) resolve(issues);
    };
    const lancerFil = () => {
      if (suivante >= o.taches.length) return;
      const fil = creerFil(o as OptionsLot<unknown, unknown>);
      fil.stdout.resume();
      let enCours = -1;
      let minuterie: NodeJS.Timeout | undefined;
      let echec: { cause: CauseEchec; detail: string } | null = null;
      const donner = () => {
        if (suivante >= o.taches.length) {
          enCours = -1;
          void fil.terminate();
          return;
        }
        enCours = suivante++;
        const tache = o.taches[enCours] as T;
        o.surDebut?.(enCours, tache);
        if (o.delaiMs) {
          minuterie = setTimeout(() => {
            const secondes = Math.round(o.delaiMs! / 1000);
            echec = {
              cause: "delai",
              detail: rendreLot({ code: "echec/delai", params: { secondes } }),
            };
            void fil.terminate();
          }, o.delaiMs);
        }
        fil.postMessage({ index: enCours, tache });
      };
      fil.on("message", (m: ReponseFil<R>) => {
        if (m.index !== enCours) return;
        clearTimeout(minuterie);
        const issue: IssueTache<R> = m.ok
          ? { kind: "ok", valeur: m.valeur }
          : { kind: "echec", cause: "plantage", detail: m.detail };
        terminer(enCours, issue);
        donner();
      });
      fil.on("error", (e: Error & { code?: string }) => {
        echec ??= {
          cause: e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memoire" : "plantage",
          detail: texte(e),
        };
      });
      fil.on("exit", (code) => {
        clearTimeout(minuterie);
        if (enCours < 0) return;
        const perdu = enCours;
        enCours = -1;
        terminer(perdu, {
          kind: "echec",
          ...(echec ?? {
            cause: "plantage" as const,
            detail: rendreLot({ code: "echec/arret-inattendu", params: { code: String(code) } }),
          }),
        });
        lancerFil();
      });
      donner();
    };
    const n = Math.max(1, Math.min(o.concurrence ?? 1, o.taches.length));
    for (let i = 0; i < n; i++) lancerFil();
  });
}
