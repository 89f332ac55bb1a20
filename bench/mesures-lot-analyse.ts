/**
 * Banc du lot d'`analyser` (issue 20) : les 100 retours du banc de `relire` (mêmes fichiers, même
 * machinerie), analysés en une commande par le binaire compilé (fils bornés), comparés à la lecture
 * ExcelJS nue des mêmes fichiers dans un processus neuf, puis la même commande épinglée sur un
 * cœur (`taskset -c 0`) : ratio un cœur / lecture nue sur un cœur (≤ 1,15 visé ; les deux
 * épinglées, car ExcelJS non épinglé prend le second cœur pour son ramasse-miettes et zlib), le
 * même ratio contre la lecture nue libre (plus sévère, donné à côté) et accélération tous les
 * cœurs / un cœur (≥ 1,7 visé avec deux). Cœurs occupés = temps processeur (fils compris) / temps
 * écoulé. Seul : `npx tsx bench/mesures-lot-analyse.ts [--json] [--fichiers 100]`.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  chronometrer,
  compilerSiBesoin,
  ecrireRetours,
  lancerSeul,
  lectureNueMs,
  prefixeUnCoeur,
} from "./mesures-relecture";

const RACINE = join(__dirname, "..");

export interface MesureLotAnalyse {
  readonly fichiers: number;
  readonly coeurs: number;
  readonly chargeMoyenne: number;
  /** Lecture ExcelJS nue, non épinglée (tous les cœurs). */
  readonly lectureNueMs: number;
  /** La même, épinglée sur un cœur ; null sans taskset. */
  readonly lectureNueUnCoeurMs: number | null;
  readonly analyserMs: number;
  readonly ratio: number;
  readonly msParFichier: number;
  readonly coeursOccupes: number;
  /** Même commande épinglée sur un cœur (`taskset -c 0`) ; null sans taskset. */
  readonly unCoeurMs: number | null;
  /** unCoeurMs / lectureNueUnCoeurMs : les deux sur un cœur (≤ 1,15 visé). */
  readonly ratioUnCoeur: number | null;
  /** unCoeurMs / lectureNueMs : la commande sur un cœur, ExcelJS libre (plus sévère). */
  readonly ratioUnCoeurContreLibre: number | null;
  /** unCoeurMs / analyserMs (≥ 1,7 visé avec deux cœurs). */
  readonly acceleration: number | null;
}

export async function mesurerLotAnalyse(n = 100): Promise<MesureLotAnalyse> {
  compilerSiBesoin();
  const dossier = mkdtempSync(join(tmpdir(), "cpom-banc-analyser-"));
  try {
    await ecrireRetours(dossier, n);
    const fichiers = readdirSync(dossier)
      .sort()
      .map((f) => join(dossier, f));
    const nue = lectureNueMs(dossier);
    const epingle = prefixeUnCoeur();
    const nueUn = epingle.length > 0 ? lectureNueMs(dossier, epingle) : null;
    const charge = loadavg()[0] ?? 0;
    const commande = [join(RACINE, "bin", "cpom-diagnostic.js"), "analyser", "--json", "--"];
    const r = chronometrer([...commande, ...fichiers]);
    const un = epingle.length > 0 ? chronometrer([...commande, ...fichiers], epingle).ms : null;
    const arrondi = (x: number) => Math.round(x * 100) / 100;
    return {
      fichiers: n,
      coeurs: availableParallelism(),
      chargeMoyenne: Math.round(charge * 10) / 10,
      lectureNueMs: Math.round(nue),
      lectureNueUnCoeurMs: nueUn === null ? null : Math.round(nueUn),
      analyserMs: r.ms,
      ratio: Math.round((r.ms / nue) * 100) / 100,
      msParFichier: Math.round(r.ms / n),
      coeursOccupes: Math.round((r.cpuMs / r.ms) * 100) / 100,
      unCoeurMs: un,
      ratioUnCoeur: un === null || nueUn === null ? null : arrondi(un / nueUn),
      ratioUnCoeurContreLibre: un === null ? null : arrondi(un / nue),
      acceleration: un === null ? null : arrondi(un / r.ms),
    };
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

if (require.main === module) lancerSeul(mesurerLotAnalyse);
