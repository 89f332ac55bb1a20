import type { WorkbookSnapshot } from "../src/domain/classeur/snapshot";
import { installerHote } from "../src/gateway/host-simule";
import type { EspaceExcel } from "../src/gateway/office/erreurs";
import { OfficeGateway } from "../src/gateway/office/office-gateway";
import { lireNaif } from "./lecteur-naif";

/** Un classeur du banc : son nom, sa provenance et son instantané. */
export interface ClasseurBanc {
  readonly nom: string;
  readonly source: string;
  readonly snapshot: WorkbookSnapshot;
}

/** Valeurs d'une mesure (nombres de préférence ; `null` = sans objet). */
export type Resultat = Readonly<Record<string, number | string | null>>;

/**
 * Registre des mesures : d'autres fonctions (analyse, contrôles, fiches…) s'y ajoutent avec
 * `enregistrerMesure` ; `bench/run.ts` les exécute toutes sur chaque classeur.
 */
export interface Mesure {
  readonly id: string;
  readonly titre: string;
  executer(c: ClasseurBanc, o: { latenceMs: number }): Promise<Resultat>;
}

export const mesures: Mesure[] = [];

export function enregistrerMesure(m: Mesure): void {
  if (mesures.some((x) => x.id === m.id)) throw new Error(`Mesure déjà enregistrée : ${m.id}`);
  mesures.push(m);
}

const maintenant = () => performance.now();

/** Lecture groupée par la passerelle Office sur l'hôte simulé, latence réellement attendue. */
enregistrerMesure({
  id: "lecture-groupee",
  titre: "Lecture groupée (OfficeGateway.readSnapshot)",
  async executer(c, { latenceMs }) {
    const h = installerHote(c.snapshot, { latenceMs });
    const t0 = maintenant();
    await new OfficeGateway(h.Excel as unknown as EspaceExcel).readSnapshot();
    const mur = maintenant() - t0;
    return {
      syncs: h.stats.syncs,
      maxRequestBytes: h.stats.maxRequestBytes,
      maxResponseBytes: h.stats.maxResponseBytes,
      cellsRead: h.stats.cellsRead,
      tempsMs: Math.round(mur),
      tempsModele: "mesuré",
    };
  },
});

/**
 * Lecteur naïf cellule par cellule : la latence n'est pas attendue (des dizaines de milliers de
 * sync) mais ajoutée au calcul : temps = calcul mesuré + syncs × latence.
 */
enregistrerMesure({
  id: "lecture-naive",
  titre: "Lecteur naïf cellule par cellule (référence)",
  async executer(c, { latenceMs }) {
    const h = installerHote(c.snapshot);
    const t0 = maintenant();
    await lireNaif(h.Excel);
    const calcul = maintenant() - t0;
    return {
      syncs: h.stats.syncs,
      maxRequestBytes: h.stats.maxRequestBytes,
      maxResponseBytes: h.stats.maxResponseBytes,
      cellsRead: h.stats.cellsRead,
      tempsMs: Math.round(calcul + h.stats.syncs * latenceMs),
      tempsModele: "calcul + syncs × latence",
    };
  },
});

/** Nombre de cellules des plages utilisées d'un instantané. */
export const nbCellules = (w: WorkbookSnapshot) =>
  w.sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
