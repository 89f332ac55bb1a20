import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusHostile } from "../test/gateway/xlsx/corpus-hostile";

/**
 * Mémoire de pointe (maxRSS du processus, fils d'analyse compris) et durée sur le corpus hostile
 * (ADR 0007, 0008) : un processus par fichier, puis le lot entier avec les classeurs d'exemple.
 * Budget annoncé (docs/cli.md) : 600 Mo par processus.
 */
export interface MesureHostile {
  readonly fichier: string;
  readonly statut: string;
  readonly dureeMs: number;
  readonly rssMo: number;
}

const TSX = require.resolve("tsx/cli");
const SCRIPT = join(__dirname, "rss-analyse.ts");

function mesurer(fichiers: readonly string[]) {
  const r = spawnSync(process.execPath, [TSX, SCRIPT, ...fichiers], {
    encoding: "utf8",
    timeout: 300_000,
  });
  return JSON.parse(r.stdout || "{}") as { statuts: string[]; dureeMs: number; rssMo: number };
}

export async function mesurerHostiles(exemples: readonly string[]): Promise<MesureHostile[]> {
  const dossier = mkdtempSync(join(tmpdir(), "cpom-banc-"));
  try {
    const corpus = await corpusHostile();
    const chemins = corpus.map((f) => {
      const c = join(dossier, f.nom);
      writeFileSync(c, f.octets);
      return c;
    });
    const res: MesureHostile[] = corpus.map((f, i) => {
      const m = mesurer([chemins[i] as string]);
      return { fichier: f.nom, statut: m.statuts?.[0] ?? "?", dureeMs: m.dureeMs, rssMo: m.rssMo };
    });
    const lot = mesurer([...exemples, ...chemins]);
    const analyses = lot.statuts.filter((s) => s === "analyse").length;
    res.push({
      fichier: `lot (${exemples.length} exemples + ${chemins.length} hostiles)`,
      statut: `${analyses} analysés, ${lot.statuts.length - analyses} illisibles`,
      dureeMs: lot.dureeMs,
      rssMo: lot.rssMo,
    });
    return res;
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}
