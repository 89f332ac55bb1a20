/**
 * Banc de `relire` (issue 15) : 100 retours générés (copies du classeur d'exemple décalées ou
 * modifiées comme le ferait un gestionnaire), relus en une commande par le binaire compilé, comparés
 * à la **lecture ExcelJS nue** des mêmes fichiers (un `Workbook.xlsx.load` après l'autre, dans un
 * processus neuf). Cœurs occupés = temps processeur (utilisateur + système, fils compris) / temps
 * écoulé de la commande. Objectif : relire ≤ 1,3 × la lecture nue, tous les cœurs occupés.
 * Cinq tours entrelacés (lecture nue, puis `relire`), médianes ; `etendueRelire` dit l'écart entre
 * tours. Seul : `npx tsx bench/mesures-relecture.ts [--json] [--fichiers 100] [--tours 5]`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { classeurEnvoye, DECALAGES, retour, type Mutation } from "../test/cli/outils/retours";
import { etendueRelative, mediane } from "./statistiques";

const RACINE = join(__dirname, "..");

export interface MesureRelecture {
  readonly fichiers: number;
  readonly coeurs: number;
  readonly chargeMoyenne: number;
  /** Tours entrelacés ; chaque figure est la médiane des tours. */
  readonly tours: number;
  readonly lectureNueMs: number;
  readonly relireMs: number;
  /** (plus lent − plus rapide) / médiane des tours de `relire`. */
  readonly etendueRelire: number | null;
  readonly ratio: number;
  readonly coeursOccupes: number;
  readonly lignesProgression: number;
}

const SEMEES: Mutation[] = [
  { kind: "valeur", onglet: "2-B FLASH", cellule: "D6", valeur: 0.5 },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "E7", valeur: 0.42 },
];

/** Écrit `n` retours (variantes du classeur envoyé) dans `dossier` ; partagé avec le banc d'`analyser`. */
export async function ecrireRetours(dossier: string, n: number): Promise<void> {
  const envoi = await classeurEnvoye();
  const variantes = [
    envoi,
    ...(await Promise.all(DECALAGES.map((_, i) => retour(envoi, DECALAGES.slice(0, i + 1))))),
    await retour(envoi, [...SEMEES, ...DECALAGES]),
  ];
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dossier, `retour-${String(i).padStart(3, "0")}.xlsx`),
      variantes[i % variantes.length]!,
    );
  }
}

const LECTURE_NUE = `
const { readdirSync, readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");
const dossier = process.argv[1];
const octets = readdirSync(dossier).sort().map((f) => readFileSync(dossier + "/" + f));
(async () => {
  const t0 = performance.now();
  for (const o of octets) await new ExcelJS.Workbook().xlsx.load(o);
  process.stdout.write(String(performance.now() - t0));
})();
`;

/** Préfixe qui épingle une commande sur un seul cœur (`taskset -c 0`), si la machine l'a. */
export function prefixeUnCoeur(): string[] {
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0 ? ["taskset", "-c", "0"] : [];
}

/**
 * Lecture ExcelJS nue de tous les fichiers du dossier, dans un processus neuf (ms). Sans préfixe,
 * non épinglée : ExcelJS lit sur un fil, mais son ramasse-miettes et la décompression de zlib
 * (réserve de fils de libuv) prennent le second cœur ; c'est la comparaison la plus sévère pour la
 * ligne de commande. Avec `prefixeUnCoeur()`, épinglée sur un cœur comme la commande comparée.
 */
export function lectureNueMs(dossier: string, prefixe: readonly string[] = []): number {
  const [commande, ...avant] = [...prefixe, process.execPath];
  return Number(
    execFileSync(commande!, [...avant, "-e", LECTURE_NUE, dossier], {
      cwd: RACINE,
      encoding: "utf8",
    }),
  );
}

/**
 * La même lecture nue, chronométrée comme une commande (`chronometrer`) : du lancement de Node à sa
 * sortie, `require("exceljs")` et lecture des fichiers sur le disque compris, comme le paie la
 * ligne de commande comparée (ms écoulées).
 */
export function lectureNueProcessusMs(dossier: string, prefixe: readonly string[] = []): number {
  return chronometrer(["-e", LECTURE_NUE, dossier], prefixe).ms;
}

/** Compile la ligne de commande (dist-node) si elle manque ou si une source est plus récente. */
export function compilerSiBesoin(): void {
  const cible = join(RACINE, "dist-node", "cli", "relecture", "travailleur-relecture.js");
  if (existsSync(cible) && statSync(cible).mtimeMs >= sourceLaPlusRecente(join(RACINE, "src"))) {
    return;
  }
  execFileSync("npm", ["run", "-s", "build:node"], { cwd: RACINE, stdio: "inherit" });
}

function sourceLaPlusRecente(dossier: string): number {
  let max = 0;
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = join(dossier, e.name);
    if (e.isDirectory()) max = Math.max(max, sourceLaPlusRecente(chemin));
    else if (/\.tsx?$/.test(e.name)) max = Math.max(max, statSync(chemin).mtimeMs);
  }
  return max;
}

/** Temps écoulé et temps processeur (fils compris) de la commande, par le « times » de bash. */
export function chronometrer(
  args: readonly string[],
  prefixe: readonly string[] = [],
): {
  ms: number;
  cpuMs: number;
  stderr: string;
} {
  const script = `s=$(date +%s%N); ${prefixe.join(" ")} node "$@" >/dev/null 2>"$ERR"; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); times`;
  const err = join(tmpdir(), `relire-banc-${process.pid}.err`);
  const r = spawnSync("bash", ["-c", script, "bash", ...args], {
    cwd: RACINE,
    encoding: "utf8",
    env: { ...process.env, ERR: err },
  });
  const lignes = r.stdout.trim().split("\n");
  const secondes = (t: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const [u, s] = (lignes[2] ?? "").split(/\s+/);
  const stderr = existsSync(err) ? readFileSync(err, "utf8") : "";
  rmSync(err, { force: true });
  return { ms: Number(lignes[0]), cpuMs: (secondes(u ?? "") + secondes(s ?? "")) * 1000, stderr };
}

/** Tours entrelacés du banc de `relire` (lecture nue, puis commande), comme celui d'`analyser`. */
export const TOURS_RELECTURE = 5;

export async function mesurerRelecture(n = 100, tours = TOURS_RELECTURE): Promise<MesureRelecture> {
  compilerSiBesoin();
  const dossier = mkdtempSync(join(tmpdir(), "cpom-banc-relire-"));
  try {
    await ecrireRetours(dossier, n);
    const charge = loadavg()[0] ?? 0;
    const nues: number[] = [];
    const relectures: ReturnType<typeof chronometrer>[] = [];
    for (let i = 0; i < Math.max(1, tours); i++) {
      nues.push(lectureNueMs(dossier));
      relectures.push(
        chronometrer([join(RACINE, "bin", "cpom-diagnostic.js"), "relire", dossier, "--json"]),
      );
    }
    const nue = mediane(nues);
    const relire = mediane(relectures.map((r) => r.ms));
    const etendue = etendueRelative(relectures.map((r) => r.ms));
    const dernier = relectures[relectures.length - 1]!;
    return {
      fichiers: n,
      tours: relectures.length,
      coeurs: availableParallelism(),
      chargeMoyenne: Math.round(charge * 10) / 10,
      lectureNueMs: Math.round(nue),
      relireMs: Math.round(relire),
      etendueRelire: etendue === null ? null : Math.round(etendue * 100) / 100,
      ratio: Math.round((relire / nue) * 100) / 100,
      coeursOccupes: Math.round(mediane(relectures.map((r) => r.cpuMs / r.ms)) * 100) / 100,
      lignesProgression: dernier.stderr.split("\n").filter((l) => /\d+\/\d+/.test(l)).length,
    };
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

/**
 * Lance un banc de lot seul (`--fichiers N`, `--tours T`, `--json`) : tableau ou JSON sur stdout ;
 * sans `--tours`, le nombre de tours par défaut du banc.
 */
export function lancerSeul<M>(mesurer: (n: number, tours?: number) => Promise<M>): void {
  const args = process.argv.slice(2);
  const option = (nom: string) => (args.includes(nom) ? Number(args[args.indexOf(nom) + 1]) : NaN);
  const n = option("--fichiers") || 100;
  const tours = option("--tours") || undefined;
  mesurer(n, tours).then(
    (m) => {
      if (args.includes("--json")) process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
      else console.table([m]);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) lancerSeul(mesurerRelecture);
