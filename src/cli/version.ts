import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Version du paquet, lue dans le package.json du projet : on remonte depuis ce fichier, qu'il soit
 * compilé (dist-node/cli) ou lancé depuis les sources (src/cli).
 */
export function versionOutil(depuis: string = __dirname): string {
  for (let d = depuis; ; d = dirname(d)) {
    const chemin = join(d, "package.json");
    if (existsSync(chemin)) {
      const pkg = JSON.parse(readFileSync(chemin, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "diagnostic-cpom" && pkg.version) return pkg.version;
    }
    if (dirname(d) === d) return "inconnue";
  }
}
