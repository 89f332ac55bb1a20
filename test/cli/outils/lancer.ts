import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * Lance `cpom-diagnostic` dans un sous-processus, depuis les sources via tsx : pas de compilation
 * préalable, pas de course entre fichiers de test sur dist/ ; le chemin compilé (bin/ + dist/)
 * est vérifié à part par bin.test.ts.
 */

export interface Resultat {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const RACINE = join(__dirname, "..", "..", "..");
const TSX = require.resolve("tsx/cli");
const ENTREE = join(__dirname, "entree.ts");

export function lancer(
  args: readonly string[],
  cwd = RACINE,
  env: NodeJS.ProcessEnv = {},
  timeout = 60_000,
): Resultat {
  const r = spawnSync(process.execPath, [TSX, ENTREE, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    timeout,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Lance le binaire compilé (`node bin/cpom-diagnostic.js`), comme après `npm ci` ; `node` : un autre
 * exécutable de Node que celui des tests.
 */
export function lancerBin(
  args: readonly string[],
  cwd = RACINE,
  node = process.execPath,
): Resultat {
  const r = spawnSync(node, [join(RACINE, "bin", "cpom-diagnostic.js"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const RACINE_PROJET = RACINE;
