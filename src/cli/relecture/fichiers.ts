import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/**
 * Les classeurs désignés sur la ligne de commande : un fichier est pris tel quel (même illisible,
 * il sera signalé) ; un dossier donne ses .xlsx et .xlsm, sous-dossiers compris, dans l'ordre
 * alphabétique, sans les fichiers de verrou d'Excel (« ~$… ») ni les fichiers cachés.
 */

const CLASSEUR = new Set([".xlsx", ".xlsm"]);

async function dossier(chemin: string): Promise<string[]> {
  const entrees = await readdir(chemin, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entrees.sort((a, b) => a.name.localeCompare(b.name, "fr"))) {
    if (e.name.startsWith("~$") || e.name.startsWith(".")) continue;
    const p = join(chemin, e.name);
    if (e.isDirectory()) out.push(...(await dossier(p)));
    else if (CLASSEUR.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

export async function developperChemins(chemins: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const c of chemins) {
    const s = await stat(c).catch(() => null);
    if (s?.isDirectory()) out.push(...(await dossier(c)));
    else out.push(c);
  }
  return [...new Set(out)];
}
