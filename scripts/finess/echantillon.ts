/**
 * Échantillon de l'extrait public FINESS pour les tests (test/fixtures/finess) : lancé une fois, à
 * la main, quand la source change ; les tests ne lisent jamais la source.
 *
 *   npx tsx scripts/finess/echantillon.ts [source.csv]
 *
 * Source par défaut : /work/shared/data/finess-esms-ph-2021.csv (data.gouv.fr, « FINESS Extraction
 * du Fichier des établissements » du 08/01/2021, Licence Ouverte 2.0). Garde, à l'identique :
 * toutes les lignes de Corse (2A, 2B) et d'outre-mer (97x, 98x), ET ou EJ ; jusqu'à 60 lignes par
 * catégorie (toutes pour les petites) ; puis des lignes tirées (graine fixe) jusqu'à 5 200 numéros
 * distincts. Échoue au-delà de 600 Ko.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCE = process.argv[2] ?? "/work/shared/data/finess-esms-ph-2021.csv";
const SORTIE = join(__dirname, "../../test/fixtures/finess/finess-esms-echantillon.csv");
const PAR_CATEGORIE = 60;
const NUMEROS_VISES = 5200;
const TAILLE_MAX = 600 * 1024;

/** Tirage reproductible (mulberry32). */
function tirage(graine: number): () => number {
  let a = graine;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [entete, ...lignes] = readFileSync(SOURCE, "utf8").trim().split(/\r?\n/);
if (!entete?.startsWith("nofinesset;nofinessej;categetab;")) {
  throw new Error(`En-tête inattendu dans ${SOURCE} : ${entete}`);
}
const hasard = tirage(20210108);
const ordre = lignes
  .map((l) => ({ l, k: hasard() }))
  .sort((a, b) => a.k - b.k)
  .map((x) => x.l);

const gardees = new Set<string>();
const champs = (l: string) => l.split(";");
const lointaine = (n: string) => /^(2[AB]|9[78])/.test(n);
for (const l of ordre) {
  const [et = "", ej = ""] = champs(l);
  if (lointaine(et) || lointaine(ej)) gardees.add(l);
}
const parCategorie = new Map<string, number>();
for (const l of ordre) {
  const cat = champs(l)[2] ?? "";
  const n = parCategorie.get(cat) ?? 0;
  if (n < PAR_CATEGORIE) gardees.add(l);
  parCategorie.set(cat, n + 1);
}
const vus = new Set([...gardees].flatMap((l) => champs(l).slice(0, 2)));
for (const l of ordre) {
  if (vus.size >= NUMEROS_VISES) break;
  gardees.add(l);
  champs(l)
    .slice(0, 2)
    .forEach((n) => vus.add(n));
}

const texte = [entete, ...[...gardees].sort()].join("\n") + "\n";
if (Buffer.byteLength(texte) > TAILLE_MAX) throw new Error("Échantillon trop gros");
writeFileSync(SORTIE, texte);
console.log(
  `${gardees.size} lignes, ${vus.size} numéros distincts, ` +
    `${Math.round(Buffer.byteLength(texte) / 1024)} Ko → ${SORTIE}`,
);
