import { localiser, reconnaitreOnglets } from "../src/domain/classeur/reconnaissance";
import { viderMemoires } from "../src/domain/classeur/memoires";
import type { WorkbookSnapshot } from "../src/domain/classeur/snapshot";
import { typerClasseur } from "../src/domain/classeur/typage";
import { creerVue, executerControles } from "../src/domain/controles";
import { completude } from "../src/domain/saisie";
import { installerHote } from "../src/gateway/host-simule";
import type { EspaceExcel } from "../src/gateway/office/erreurs";
import { OfficeGateway } from "../src/gateway/office/office-gateway";
import { analyserInstantane } from "../src/use-cases/analyser";
import { mediane as medianeBrute } from "./statistiques";

/**
 * Temps de l'analyse pure, phase par phase, sur des instantanés **neufs** : chaque tour relit le
 * classeur (hôte simulé sans latence, la lecture du volet) et analyse une copie profonde, si bien
 * qu'aucun cache rangé par instantané (WeakMap) ne passe d'un tour à l'autre. Les deux premiers
 * tours chauffent le JIT et ne sont pas comptés.
 */

export const PHASES = [
  "lecture",
  "typage",
  "reconnaissance",
  "reperage",
  "completude",
  "indicateurs",
  "controles",
] as const;
export type Phase = (typeof PHASES)[number];

export interface TempsAnalyse {
  readonly phases: Readonly<Record<Phase, number>>;
  /** Somme des médianes des phases d'analyse (lecture exclue). */
  readonly sommePhasesMs: number;
  /** `analyserInstantane` de bout en bout (rendu des constats compris), médiane. */
  readonly analyseMs: number;
  /**
   * La même, mémoires par texte vidées juste avant (`viderMemoires`) : ce que paie la première
   * analyse d'un processus ; `analyseMs` profite des textes déjà vus aux tours précédents.
   */
  readonly analyseFroideMs: number;
  readonly syncsLecture: number;
  readonly constats: number;
  readonly tours: number;
}

const ECHAUFFEMENT = 2;
const arrondi = (x: number) => Math.round(x * 10) / 10;

const mediane = (t: readonly number[]) => arrondi(medianeBrute(t));

/** Un tour : chaque phase chronométrée sur un instantané qu'aucune analyse n'a encore vu. */
function tour(s: WorkbookSnapshot): Record<Exclude<Phase, "lecture">, number> {
  const t: number[] = [performance.now()];
  const top = () => t.push(performance.now());
  const typage = typerClasseur(s);
  for (const sheet of s.sheets) typage.feuille(sheet);
  top();
  const onglets = reconnaitreOnglets(s);
  top();
  const repere = localiser(s, onglets);
  top();
  completude(s, onglets, repere);
  top();
  const vue = creerVue({ snapshot: s, onglets, repere });
  vue.indicateurs();
  vue.ecartsFormules();
  top();
  executerControles(vue);
  top();
  const d = (i: number) => (t[i + 1] ?? 0) - (t[i] ?? 0);
  return {
    typage: d(0),
    reconnaissance: d(1),
    reperage: d(2),
    completude: d(3),
    indicateurs: d(4),
    controles: d(5),
  };
}

async function lire(snapshot: WorkbookSnapshot): Promise<{ ms: number; syncs: number }> {
  const h = installerHote(snapshot);
  const t0 = performance.now();
  await new OfficeGateway(h.Excel as unknown as EspaceExcel).readSnapshot();
  return { ms: performance.now() - t0, syncs: h.stats.syncs };
}

export async function mesurerPhases(snapshot: WorkbookSnapshot, tours = 5): Promise<TempsAnalyse> {
  const releves: Record<Phase, number[]> = Object.fromEntries(PHASES.map((p) => [p, []])) as never;
  const analyses: number[] = [];
  const froides: number[] = [];
  let syncs = 0;
  let constats = 0;
  for (let i = 0; i < tours + ECHAUFFEMENT; i++) {
    const l = await lire(snapshot);
    const phases = tour(structuredClone(snapshot));
    const copie = structuredClone(snapshot);
    const t0 = performance.now();
    constats = analyserInstantane(copie).constats.length;
    const analyse = performance.now() - t0;
    const froide = structuredClone(snapshot);
    viderMemoires();
    const t1 = performance.now();
    analyserInstantane(froide);
    const analyseFroide = performance.now() - t1;
    syncs = l.syncs;
    if (i < ECHAUFFEMENT) continue;
    releves.lecture.push(l.ms);
    for (const [p, ms] of Object.entries(phases)) releves[p as Phase].push(ms);
    analyses.push(analyse);
    froides.push(analyseFroide);
  }
  const phases = Object.fromEntries(PHASES.map((p) => [p, mediane(releves[p])])) as Record<
    Phase,
    number
  >;
  const sommePhasesMs = arrondi(PHASES.slice(1).reduce((n, p) => n + phases[p], 0));
  return {
    phases,
    sommePhasesMs,
    analyseMs: mediane(analyses),
    analyseFroideMs: mediane(froides),
    syncsLecture: syncs,
    constats,
    tours,
  };
}
