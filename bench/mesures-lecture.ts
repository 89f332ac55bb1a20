/**
 * Banc de la lecture d'un classeur (issue 20, point 3 ; ADR 0018) : par fichier, en millisecondes
 * de processeur (médiane de tours alternés, dans le même processus : stable sur une machine
 * partagée, où le temps écoulé ne l'est pas), le chargement ExcelJS nu, l'ancien chemin
 * (pré-examen par flux, ExcelJS, conversion) et le lecteur direct (octets → instantané et
 * avertissements). Classeurs d'exemple 1× et 10× (assets/exemples, `npm run exemple`).
 * Seul : `npx tsx bench/mesures-lecture.ts [--json] [--tours 15]`.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { lireClasseurDirect } from "../src/gateway/xlsx/direct/lire-direct";
import { LIMITES } from "../src/gateway/xlsx/limites";
import { lireClasseurXlsxExcelJs } from "../src/gateway/xlsx/lire-xlsx";

export interface MesureLecture {
  readonly fichier: string;
  readonly octets: number;
  readonly exceljsNuMs: number;
  readonly ancienMs: number;
  readonly directMs: number;
  /** directMs / exceljsNuMs. */
  readonly partDuChargementNu: number;
}

const FICHIERS = ["diagnostic-exemple.xlsx", "diagnostic-10x.xlsx"];

const mediane = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const arrondi = (x: number) => Math.round(x * 100) / 100;

/** Temps processeur (utilisateur + système) d'un appel, en millisecondes. */
async function chrono(f: () => unknown): Promise<number> {
  const t = process.cpuUsage();
  await f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

export async function mesurerLecture(tours = 15): Promise<MesureLecture[]> {
  const dossier = join(__dirname, "..", "assets", "exemples");
  const res: MesureLecture[] = [];
  for (const f of FICHIERS) {
    const chemin = join(dossier, f);
    if (!existsSync(chemin)) continue;
    const octets = readFileSync(chemin);
    const nu: number[] = [];
    const ancien: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < tours + 3; i++) {
      const a = await chrono(() => new ExcelJS.Workbook().xlsx.load(octets as never));
      const b = await chrono(() => lireClasseurXlsxExcelJs(octets));
      const c = await chrono(() => lireClasseurDirect(octets, "le classeur", LIMITES));
      if (i < 3) continue; // tours de chauffe
      nu.push(a);
      ancien.push(b);
      direct.push(c);
    }
    const exceljsNuMs = arrondi(mediane(nu));
    const directMs = arrondi(mediane(direct));
    res.push({
      fichier: f,
      octets: octets.length,
      exceljsNuMs,
      ancienMs: arrondi(mediane(ancien)),
      directMs,
      partDuChargementNu: arrondi(directMs / exceljsNuMs),
    });
  }
  return res;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const tours = Number(args[args.indexOf("--tours") + 1]) || 15;
  void mesurerLecture(tours).then((r) => {
    if (args.includes("--json")) {
      process.stdout.write(`${JSON.stringify({ charge: loadavg(), lecture: r }, null, 2)}\n`);
    } else {
      console.log(`Lecture d'un classeur (médiane de ${tours} tours ; charge ${loadavg()[0]})`);
      console.table(r);
    }
  });
}
