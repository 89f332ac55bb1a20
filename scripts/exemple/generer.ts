import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { genererAutreMiseEnPage } from "../exemple-autre/index";
import { genererClasseur, type Variante } from "./classeur";

/**
 * `npm run exemple` : écrit les classeurs d'exemple dans assets/exemples/ (ignoré par git) —
 * exemple, vierge, complet, erreurs (+ JSON des incohérences semées), 10× (banc) — et, pour chaque
 * classeur, la liste de ses cellules bleues de saisie (`<nom>.saisies.json`) ; puis le second
 * classeur, d'une autre mise en page (`diagnostic-autre-mise-en-page.xlsx` et sa vérité terrain
 * `.verite.json`). `npm run exemple -- --variante autre-mise-en-page` n'écrit que celui-ci (ou
 * `--variante exemple`, `vierge`, `complet`, `erreurs` : le fichier de cette variante).
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

const AUTRE = "autre-mise-en-page";

async function ecrireAutre(): Promise<void> {
  const debut = performance.now();
  const { buffer, verite } = await genererAutreMiseEnPage();
  const chemin = join(dossier, `diagnostic-${AUTRE}.xlsx`);
  writeFileSync(chemin, buffer);
  writeFileSync(
    join(dossier, `diagnostic-${AUTRE}.verite.json`),
    `${JSON.stringify(verite, null, 1)}\n`,
  );
  const saisies = verite.onglets.reduce((n, o) => n + o.saisies.length, 0);
  const ms = Math.round(performance.now() - debut);
  console.log(
    `${relative(process.cwd(), chemin)} : ${verite.esms.length} ESMS, ${saisies} cellules de saisie, ${Math.round(buffer.byteLength / 1024)} Ko, ${ms} ms`,
  );
}

function varianteDemandee(argv: readonly string[]): string | null {
  const i = argv.indexOf("--variante");
  if (i < 0) return null;
  const v = argv[i + 1];
  const connues = [AUTRE, ...FICHIERS.filter(([, , f]) => f === 1).map(([, v]) => v)];
  if (!v || !connues.includes(v)) {
    throw new Error(`variante inconnue « ${v ?? ""} » : choisissez parmi ${connues.join(", ")}.`);
  }
  return v;
}

async function main(): Promise<void> {
  mkdirSync(dossier, { recursive: true });
  const voulue = varianteDemandee(process.argv.slice(2));
  if (voulue === AUTRE || voulue === null) await ecrireAutre();
  if (voulue === AUTRE) return;
  for (const [nom, variante, facteur] of FICHIERS) {
    if (voulue !== null && (variante !== voulue || facteur !== 1)) continue;
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
