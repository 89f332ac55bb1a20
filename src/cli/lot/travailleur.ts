import { parentPort } from "node:worker_threads";
import type { ReponseFil } from "./pool";

/**
 * Côté fil d'un lot (pool.ts) : reçoit les tâches une à une, rend le résultat ou l'erreur levée
 * (message seulement). Ce qui ne se rattrape pas (mémoire épuisée, arrêt brutal) est vu par le lot.
 */
export function servirTaches<T, R>(traiter: (tache: T) => Promise<R> | R): void {
  const port = parentPort;
  if (!port) throw new Error("servirTaches : à appeler dans un fil (worker_threads)");
  port.on("message", (m: { index: number; tache: T }) => {
    const repondre = (r: ReponseFil<R>) => port.postMessage(r);
    Promise.resolve()
      .then(() => traiter(m.tache))
      .then(
        (valeur) => repondre({ index: m.index, ok: true, valeur }),
        (e: unknown) =>
          repondre({
            index: m.index,
            ok: false,
            detail: e instanceof Error ? e.message : String(e),
          }),
      );
  });
}
