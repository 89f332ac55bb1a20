import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";

/**
 * Instantané JSON du classeur d'exemple pour l'aperçu navigateur (src/apercu) : lit
 * assets/exemples/diagnostic-exemple.xlsx (`npm run exemple`) avec l'adaptateur fichier et écrit
 * assets/exemples/diagnostic-exemple.instantane.json, copié par webpack dans dist/exemples/.
 *
 *   tsx scripts/apercu/instantane.ts [source.xlsx] [sortie.json]
 *
 * Le fichier source n'est jamais modifié.
 */

const dossier = join(__dirname, "..", "..", "assets", "exemples");
const source = process.argv[2] ?? join(dossier, "diagnostic-exemple.xlsx");
const sortie = process.argv[3] ?? join(dossier, "diagnostic-exemple.instantane.json");

async function main(): Promise<void> {
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

main().catch((e: unknown) => {
  console.error(
    `L'instantané de l'aperçu n'a pas pu être écrit : ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exitCode = 1;
});
