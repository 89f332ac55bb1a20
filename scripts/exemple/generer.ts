import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { genererClasseur, type Variante } from "./classeur";

/**
 * `npm run exemple` : écrit les classeurs d'exemple dans assets/exemples/ (ignoré par git) —
 * exemple, vierge, complet, erreurs (+ JSON des incohérences semées), 10× (banc) — et, pour chaque
 * classeur, la liste de ses cellules bleues de saisie (`<nom>.saisies.json`).
 */

const dossier = join(__dirname, "..", "..", "assets", "exemples");

const FICHIERS: readonly [nom: string, variante: Variante, facteur: number][] = [
  ["diagnostic-exemple", "exemple", 1],
  ["diagnostic-vierge", "vierge", 1],
  ["diagnostic-complet", "complet", 1],
  ["diagnostic-erreurs", "erreurs", 1],
  ["diagnostic-10x", "exemple", 10],
];

/** Un objet JSON par ligne : lisible et comparable ligne à ligne. */
const enLignes = (liste: readonly object[]) =>
  `[\n${liste.map((x) => JSON.stringify(x)).join(",\n")}\n]\n`;

async function main(): Promise<void> {
  mkdirSync(dossier, { recursive: true });
  for (const [nom, variante, facteur] of FICHIERS) {
    const debut = performance.now();
    const g = await genererClasseur(variante, { facteur });
    const ms = Math.round(performance.now() - debut);
    const chemin = join(dossier, `${nom}.xlsx`);
    writeFileSync(chemin, g.buffer);
    writeFileSync(join(dossier, `${nom}.saisies.json`), enLignes(g.saisies));
    if (variante === "erreurs") writeFileSync(join(dossier, `${nom}.json`), enLignes(g.erreurs));
    const ko = Math.round(g.buffer.byteLength / 1024);
    console.log(
      `${relative(process.cwd(), chemin)} : ${g.donnees.esms.length} ESMS, ${g.saisies.length} cellules de saisie, ${ko} Ko, ${ms} ms`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(
    `La génération des classeurs d'exemple a échoué : ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exitCode = 1;
});
