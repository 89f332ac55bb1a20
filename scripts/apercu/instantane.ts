import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";

/**
 * Instantanés JSON des classeurs d'exemple pour l'aperçu navigateur (src/apercu, menu des
 * exemples) : lit assets/exemples/diagnostic-<variante>.xlsx (`npm run exemple`) avec
 * l'adaptateur fichier et écrit assets/exemples/diagnostic-<variante>.instantane.json, copiés par
 * webpack dans dist/exemples/.
 *
 *   tsx scripts/apercu/instantane.ts                      (les cinq exemples)
 *   tsx scripts/apercu/instantane.ts source.xlsx sortie.json
 *
 * Les fichiers source ne sont jamais modifiés.
 */

const dossier = join(__dirname, "..", "..", "assets", "exemples");
const VARIANTES = ["exemple", "vierge", "complet", "erreurs", "autre-mise-en-page"];

async function ecrire(source: string, sortie: string): Promise<void> {
  if (!existsSync(source)) {
    throw new Error(
      `le classeur d'exemple ${relative(process.cwd(), source)} est absent : lancez d'abord « npm run exemple ».`,
    );
  }
  const debut = performance.now();
  const snapshot = await lireClasseurXlsx(source);
  writeFileSync(sortie, `${JSON.stringify(snapshot)}\n`);
  const ko = Math.round(JSON.stringify(snapshot).length / 1024);
  const ms = Math.round(performance.now() - debut);
  console.log(
    `${relative(process.cwd(), sortie)} : ${snapshot.sheets.length} feuilles, ${ko} Ko, ${ms} ms`,
  );
}

async function main(): Promise<void> {
  const [source, sortie] = process.argv.slice(2);
  if (source) {
    await ecrire(source, sortie ?? source.replace(/\.xls[xm]$/i, ".instantane.json"));
    return;
  }
  for (const v of VARIANTES) {
    await ecrire(
      join(dossier, `diagnostic-${v}.xlsx`),
      join(dossier, `diagnostic-${v}.instantane.json`),
    );
  }
}

main().catch((e: unknown) => {
  console.error(
    `L'instantané de l'aperçu n'a pas pu être écrit : ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exitCode = 1;
});
