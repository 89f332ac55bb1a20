import type { WorkbookGateway } from "../gateway/port";
import type { HoteInstalle } from "../gateway/host-simule";
import { marquer } from "../taskpane/analyse/marques";

/** Coût d'une lecture du classeur mesuré sur l'hôte simulé (affiché et vérifié en e2e). */
export interface MesureLecture {
  readonly syncs: number;
  readonly ms: number;
  /** Lecture partielle (onglets modifiés) ou complète. */
  readonly partielle: boolean;
}

declare global {
  interface Window {
    /** Lectures faites par le volet dans l'aperçu, dans l'ordre. */
    __lectures?: MesureLecture[];
  }
}

/**
 * Passerelle qui délègue tout et note, pour chaque lecture, le nombre de `sync` consommés sur
 * l'hôte simulé et sa durée. `surMesure` prévient l'aperçu (affichage) ; `surTerminee`, à la fin
 * de chaque lecture, réussie ou non.
 */
export function mesurerLectures(
  gateway: WorkbookGateway,
  hote: HoteInstalle,
  surMesure: (m: MesureLecture) => void,
  surTerminee: (reussie: boolean) => void = () => undefined,
): WorkbookGateway {
  const lectures: MesureLecture[] = (window.__lectures = []);
  const mesuree: WorkbookGateway = {
    readSnapshot: async (request) => {
      const avant = hote.stats.syncs;
      const debut = performance.now();
      marquer("lecture-debut");
      let snapshot;
      let reussie = false;
      try {
        snapshot = await gateway.readSnapshot(request);
        reussie = true;
      } finally {
        marquer("lecture-fin");
        surTerminee(reussie);
      }
      const m = {
        syncs: hote.stats.syncs - avant,
        ms: Math.round(performance.now() - debut),
        partielle: request?.sheetIds !== undefined,
      };
      lectures.push(m);
      surMesure(m);
      return snapshot;
    },
    apply: (plan) => gateway.apply(plan),
    goTo: (cible, options) => gateway.goTo(cible, options),
  };
  if (gateway.readSelection)
    mesuree.readSelection = () => gateway.readSelection?.() ?? Promise.resolve(null);
  if (gateway.subscribeChanges) {
    const s = gateway.subscribeChanges.bind(gateway);
    mesuree.subscribeChanges = (listener) => s(listener);
  }
  return mesuree;
}
