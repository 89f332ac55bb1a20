/**
 * Banc de la lecture d'un classeur (issue 20, point 3 ; ADR 0018) : par fichier, en millisecondes
 * (meilleur tour et médiane, chaque chemin en bloc dans le même processus ; le meilleur tour est le
 * moins troublé par une machine partagée), le chargement ExcelJS nu, l'ancien chemin
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
import { mediane } from "./statistiques";

export interface MesureLecture {
  readonly fichier: string;
  readonly octets: number;
  /** Meilleur tour. */
  readonly exceljsNuMs: number;
  readonly ancienMs: number;
  readonly directMs: number;
  /** directMs / exceljsNuMs. */
  readonly partDuChargementNu: number;
  /** Médianes. */
  readonly exceljsNuMedianeMs: number;
  readonly ancienMedianeMs: number;
  readonly directMedianeMs: number;
}

const FICHIERS = ["diagnostic-exemple.xlsx", "diagnostic-10x.xlsx"];

const arrondi = (x: number) => Math.round(x * 100) / 100;

/** Temps écoulé d'un appel, en millisecondes. */
async function chrono(f: () => unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
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
    // Chaque chemin en bloc, après 3 tours de chauffe.
    const bloc = async (f: () => unknown, sortie: number[]) => {
      for (let i = 0; i < tours + 3; i++) {
        const ms = await chrono(f);
        if (i >= 3) sortie.push(ms);
      }
    };
    await bloc(() => new ExcelJS.Workbook().xlsx.load(octets as never), nu);
    await bloc(() => lireClasseurXlsxExcelJs(octets), ancien);
    await bloc(() => lireClasseurDirect(octets, "le classeur", LIMITES), direct);
    const exceljsNuMs = arrondi(Math.min(...nu));
    const directMs = arrondi(Math.min(...direct));
    res.push({
      fichier: f,
      octets: octets.length,
      exceljsNuMs,
      ancienMs: arrondi(Math.min(...ancien)),
      directMs,
      partDuChargementNu: arrondi(directMs / exceljsNuMs),
      exceljsNuMedianeMs: arrondi(mediane(nu)),
      ancienMedianeMs: arrondi(mediane(ancien)),
      directMedianeMs: arrondi(mediane(direct)),
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
      console.log(`Lecture d'un classeur (${tours} tours ; charge ${loadavg()[0]})`);
      console.table(r);
    }
  });
}
