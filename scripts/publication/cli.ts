/**
 * Étapes de publication, lancées par npm :
 *   tsx scripts/publication/cli.ts manifeste [--dist dist]   après npm run build (postbuild) :
 *       écrit dist/manifest.xml si ADRESSE_PUBLICATION est donnée, sinon le signale et continue ;
 *   tsx scripts/publication/cli.ts verifier                   exige une ADRESSE_PUBLICATION valable ;
 *   tsx scripts/publication/cli.ts paquet [--dist dist] [--sortie paquet]
 *       écrit paquet/diagnostic-cpom-<version>.zip (npm run paquet).
 * Toute erreur : message en français et code de sortie 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ErreurPublication, lireAdresse, VARIABLE_ADRESSE } from "./adresse";
import { genererManifeste, urlsDuManifeste, versionManifeste } from "./manifeste";
import { construirePaquet } from "./paquet";

const RACINE = resolve(__dirname, "..", "..");

function versionPackage(): string {
  const pkg = JSON.parse(readFileSync(join(RACINE, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

const modele = (): string => readFileSync(join(RACINE, "manifest.xml"), "utf8");
const affiche = (chemin: string): string => relative(process.cwd(), chemin) || chemin;

function ecrireManifeste(dist: string): void {
  const valeur = process.env[VARIABLE_ADRESSE];
  if (valeur === undefined || valeur.trim() === "") {
    console.log(
      `Note : ${VARIABLE_ADRESSE} n'est pas donnée, le manifeste de production n'est pas écrit ` +
        `(${affiche(dist)}/ sert aux tests et à l'aperçu). Pour un déploiement : ` +
        `${VARIABLE_ADRESSE}=https://intranet.exemple.fr/cpom/ npm run build (voir docs/installation.md).`,
    );
    return;
  }
  const adresse = lireAdresse(valeur);
  if (!existsSync(join(dist, "taskpane.html")))
    throw new ErreurPublication(
      `${affiche(dist)}/taskpane.html est absent : construisez d'abord le volet (npm run build).`,
    );
  const version = versionManifeste(versionPackage());
  const xml = genererManifeste(modele(), adresse, version);
  const fichier = join(dist, "manifest.xml");
  writeFileSync(fichier, xml, "utf8");
  console.log(
    `Manifeste de production écrit : ${affiche(fichier)} (version ${version}, ` +
      `${urlsDuManifeste(xml).length} URL sous ${adresse}).`,
  );
}

function ecrirePaquet(dist: string, sortie: string): void {
  const adresse = lireAdresse(process.env[VARIABLE_ADRESSE]);
  const paquet = construirePaquet({
    dist,
    modele: modele(),
    adresse,
    version: versionPackage(),
    date: new Date(),
  });
  mkdirSync(sortie, { recursive: true });
  const fichier = join(sortie, paquet.nom);
  writeFileSync(fichier, paquet.zip);
  console.log(
    `Paquet écrit : ${affiche(fichier)} (${Math.round(paquet.zip.length / 1024)} Ko, ` +
      `${paquet.fichiers.length} fichiers, pour ${adresse}). Mode d'emploi : LISEZMOI.txt dans l'archive.`,
  );
}

function principal(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dist: { type: "string", default: join(RACINE, "dist") },
      sortie: { type: "string", default: join(RACINE, "paquet") },
    },
  });
  const dist = resolve(values.dist);
  try {
    switch (positionals[0]) {
      case "manifeste":
        ecrireManifeste(dist);
        return 0;
      case "verifier":
        console.log(`Adresse de publication : ${lireAdresse(process.env[VARIABLE_ADRESSE])}`);
        return 0;
      case "paquet":
        ecrirePaquet(dist, resolve(values.sortie));
        return 0;
      default:
        console.error("Usage : tsx scripts/publication/cli.ts manifeste | verifier | paquet");
        return 2;
    }
  } catch (e) {
    if (!(e instanceof ErreurPublication)) throw e;
    console.error(`Publication impossible : ${e.message}`);
    return 1;
  }
}

process.exitCode = principal(process.argv.slice(2));
