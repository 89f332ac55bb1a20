/**
 * Banc du lot d'`analyser` (issue 20, ADR 0032) : les 100 retours du banc de `relire` (mêmes
 * fichiers, même machinerie), analysés en une commande par le binaire compilé (fils bornés),
 * comparés à la lecture ExcelJS nue des mêmes fichiers, puis la même commande épinglée sur un cœur
 * (`taskset -c 0`).
 *
 * - ratio un cœur (≤ 1,15 visé) : la commande épinglée / la lecture nue épinglée, chronométrée de
 *   la même façon (un processus neuf, du lancement à la sortie : Node, `require`, lecture des
 *   fichiers compris). Les deux épinglées, car ExcelJS non épinglé prend le second cœur pour son
 *   ramasse-miettes et zlib.
 * - ratio contre la boucle : la même commande / la seule boucle de `load` de la lecture nue, sans
 *   le lancement de Node, `require("exceljs")` ni la lecture du disque (plus sévère, donné à côté) ;
 *   et contre la boucle libre (plus sévère encore).
 * - accélération (≥ 1,7 visée avec deux cœurs) : la commande sur un cœur / sur tous.
 *
 * La machine de mesure varie de ±20 % d'une minute à l'autre : chaque tour mesure tout, dans le
 * même ordre (tours entrelacés), et chaque figure est la médiane des tours ; `etendueUnCoeur` donne
 * l'écart du plus lent au plus rapide des tours de la commande sur un cœur. Cœurs occupés = temps
 * processeur (fils compris) / temps écoulé. Seul :
 * `npx tsx bench/mesures-lot-analyse.ts [--json] [--fichiers 100] [--tours 5]`.
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
  lectureNueProcessusMs,
  prefixeUnCoeur,
} from "./mesures-relecture";
import { etendueRelative, mediane } from "./statistiques";

const RACINE = join(__dirname, "..");
export const TOURS_LOT = 5;

export interface MesureLotAnalyse {
  readonly fichiers: number;
  readonly tours: number;
  readonly coeurs: number;
  readonly chargeMoyenne: number;
  /** Boucle de `load` d'ExcelJS, non épinglée (tous les cœurs). */
  readonly lectureNueMs: number;
  /** La même boucle, épinglée sur un cœur ; null sans taskset. */
  readonly lectureNueUnCoeurMs: number | null;
  /** Le processus entier de la lecture nue, épinglé ; null sans taskset. */
  readonly lectureNueProcessusUnCoeurMs: number | null;
  readonly analyserMs: number;
  readonly msParFichier: number;
  readonly coeursOccupes: number;
  /** Même commande épinglée sur un cœur (`taskset -c 0`) ; null sans taskset. */
  readonly unCoeurMs: number | null;
  /** (plus lent − plus rapide) / médiane des tours de la commande sur un cœur. */
  readonly etendueUnCoeur: number | null;
  /** unCoeurMs / lectureNueProcessusUnCoeurMs : deux processus épinglés (≤ 1,15 visé). */
  readonly ratioUnCoeur: number | null;
  /** unCoeurMs / lectureNueUnCoeurMs : contre la seule boucle de `load`, épinglée. */
  readonly ratioUnCoeurBoucle: number | null;
  /** unCoeurMs / lectureNueMs : contre la boucle libre (la plus sévère). */
  readonly ratioUnCoeurContreLibre: number | null;
  /** unCoeurMs / analyserMs (≥ 1,7 visé avec deux cœurs). */
  readonly acceleration: number | null;
  readonly tenu: { readonly ratioUnCoeur: boolean | null; readonly acceleration: boolean | null };
}

export const RATIO_UN_COEUR_MAX = 1.15;
export const ACCELERATION_MIN = 1.7;

const arrondi = (x: number) => Math.round(x * 100) / 100;
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : arrondi(a / b);

interface Tour {
  nue: number;
  nueUn: number | null;
  nueProcessusUn: number | null;
  libre: { ms: number; cpuMs: number };
  un: number | null;
}

function mesurerTour(dossier: string, fichiers: readonly string[], epingle: string[]): Tour {
  const commande = [join(RACINE, "bin", "cpom-diagnostic.js"), "analyser", "--json", "--"];
  const un = epingle.length > 0;
  return {
    nue: lectureNueMs(dossier),
    nueUn: un ? lectureNueMs(dossier, epingle) : null,
    nueProcessusUn: un ? lectureNueProcessusMs(dossier, epingle) : null,
    libre: chronometrer([...commande, ...fichiers]),
    un: un ? chronometrer([...commande, ...fichiers], epingle).ms : null,
  };
}

export async function mesurerLotAnalyse(n = 100, tours = TOURS_LOT): Promise<MesureLotAnalyse> {
  compilerSiBesoin();
  const dossier = mkdtempSync(join(tmpdir(), "cpom-banc-analyser-"));
  try {
    await ecrireRetours(dossier, n);
    const fichiers = readdirSync(dossier)
      .sort()
      .map((f) => join(dossier, f));
    const epingle = prefixeUnCoeur();
    const charge = loadavg()[0] ?? 0;
    const t: Tour[] = [];
    for (let i = 0; i < Math.max(1, tours); i++) t.push(mesurerTour(dossier, fichiers, epingle));
    const med = (f: (x: Tour) => number | null): number | null => {
      const xs = t.map(f).filter((x): x is number => x !== null);
      return xs.length === t.length ? Math.round(mediane(xs)) : null;
    };
    const nue = med((x) => x.nue)!;
    const libre = med((x) => x.libre.ms)!;
    const un = med((x) => x.un);
    const uns = t.map((x) => x.un).filter((x): x is number => x !== null);
    const etendue = etendueRelative(uns);
    const r1 = ratio(
      un,
      med((x) => x.nueProcessusUn),
    );
    const acc = ratio(un, libre);
    return {
      fichiers: n,
      tours: t.length,
      coeurs: availableParallelism(),
      chargeMoyenne: Math.round(charge * 10) / 10,
      lectureNueMs: nue,
      lectureNueUnCoeurMs: med((x) => x.nueUn),
      lectureNueProcessusUnCoeurMs: med((x) => x.nueProcessusUn),
      analyserMs: libre,
      msParFichier: Math.round(libre / n),
      coeursOccupes: arrondi(mediane(t.map((x) => x.libre.cpuMs / x.libre.ms))),
      unCoeurMs: un,
      etendueUnCoeur: etendue === null ? null : arrondi(etendue),
      ratioUnCoeur: r1,
      ratioUnCoeurBoucle: ratio(
        un,
        med((x) => x.nueUn),
      ),
      ratioUnCoeurContreLibre: ratio(un, nue),
      acceleration: acc,
      tenu: {
        ratioUnCoeur: r1 === null ? null : r1 <= RATIO_UN_COEUR_MAX,
        acceleration: acc === null ? null : acc >= ACCELERATION_MIN,
      },
    };
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

if (require.main === module) lancerSeul(mesurerLotAnalyse);
