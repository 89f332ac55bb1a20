/**
 * Paquet de publication : le contenu web de dist/ (sans la ligne de commande compilée dist/node,
 * ni les source maps, ni un ancien manifeste), le manifeste de production et un LISEZMOI.txt,
 * dans une archive zip à copier telle quelle sur le serveur web.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ErreurPublication } from "./adresse";
import { genererManifeste, versionManifeste } from "./manifeste";
import { texteLisezmoi } from "./lisezmoi";
import { ecrireZip, type EntreeZip } from "./zip";

export interface DemandePaquet {
  /** Dossier construit (dist/). */
  readonly dist: string;
  /** Texte du manifeste de développement (manifest.xml). */
  readonly modele: string;
  /** Adresse de publication, déjà vérifiée (lireAdresse). */
  readonly adresse: string;
  /** Version de package.json. */
  readonly version: string;
  /** Date des fichiers de l'archive. */
  readonly date: Date;
}

export interface Paquet {
  /** Nom du fichier zip : diagnostic-cpom-<version>.zip. */
  readonly nom: string;
  readonly zip: Buffer;
  /** Chemins dans l'archive, triés. */
  readonly fichiers: readonly string[];
  readonly manifeste: string;
}

/** Exclus du paquet : CLI compilée, source maps, manifeste d'une construction précédente. */
function exclu(chemin: string): boolean {
  return chemin.startsWith("node/") || chemin.endsWith(".map") || chemin === "manifest.xml";
}

function lister(dossier: string, racine = dossier): string[] {
  return readdirSync(dossier).flatMap((nom) => {
    const complet = join(dossier, nom);
    if (statSync(complet).isDirectory()) return lister(complet, racine);
    return [relative(racine, complet).split(sep).join("/")];
  });
}

/** Fichiers de dist/ à publier (chemins relatifs en « / »), après vérification de la construction. */
export function fichiersAPublier(dist: string): string[] {
  let tous: string[];
  try {
    tous = lister(dist);
  } catch {
    throw new ErreurPublication(
      `Le dossier ${dist} est introuvable : construisez d'abord le volet (npm run build).`,
    );
  }
  for (const page of ["taskpane.html", "commands.html", "aide.html"])
    if (!tous.includes(page))
      throw new ErreurPublication(
        `${dist} ne contient pas ${page} : construisez d'abord le volet (npm run build).`,
      );
  if (!readFileSync(join(dist, "taskpane.html"), "utf8").includes("Content-Security-Policy"))
    throw new ErreurPublication(
      `${dist}/taskpane.html n'a pas de politique de sécurité (CSP) : c'est une construction de ` +
        "développement. Relancez npm run build.",
    );
  return tous.filter((f) => !exclu(f)).sort();
}

export function construirePaquet(demande: DemandePaquet): Paquet {
  const { dist, modele, adresse, version, date } = demande;
  const manifeste = genererManifeste(modele, adresse, versionManifeste(version));
  const web = fichiersAPublier(dist);
  const fichiers = [...web, "manifest.xml", "LISEZMOI.txt"].sort();
  const entrees: EntreeZip[] = [
    ...web.map((f) => ({ nom: f, contenu: readFileSync(join(dist, f)) })),
    { nom: "manifest.xml", contenu: Buffer.from(manifeste, "utf8") },
    {
      nom: "LISEZMOI.txt",
      contenu: Buffer.from(texteLisezmoi({ adresse, version, fichiers }), "utf8"),
    },
  ].sort((a, b) => a.nom.localeCompare(b.nom));
  return {
    nom: `diagnostic-cpom-${version}.zip`,
    zip: ecrireZip(entrees, date),
    fichiers,
    manifeste,
  };
}
