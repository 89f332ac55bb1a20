import { analyserFichier, type RapportFichier } from "./analyser-fichier";
import { AIDE, lireArguments, type Commande } from "./arguments";
import { codeDeSortie, resumer, type DocumentJson } from "./document";
import { commandeFiches } from "./fiches";
import { progression } from "./progression";
import { texteBilan, texteFichier } from "./sortie-texte";
import { SORTIES_PROCESSUS, type Sorties } from "./sorties";
import { versionOutil } from "./version";

/**
 * `cpom-diagnostic` : racine de composition de la ligne de commande (passerelle fichier ExcelJS).
 * Rend le code de sortie : 0 rien à signaler, 1 au moins une erreur, 2 illisible ou mauvais usage.
 */
export async function main(
  args: readonly string[],
  io: Sorties = SORTIES_PROCESSUS,
): Promise<number> {
  const commande = lireArguments(args);
  switch (commande.kind) {
    case "aide":
      io.out(AIDE);
      return 0;
    case "version":
      io.out(`cpom-diagnostic ${versionOutil()}\n`);
      return 0;
    case "erreur":
      io.err(`cpom-diagnostic : ${commande.message}\nAide : cpom-diagnostic --help\n`);
      return 2;
    case "analyser":
      return analyser(commande, io);
    case "fiches":
      return commandeFiches(commande, io);
  }
}

async function analyser(c: Extract<Commande, { kind: "analyser" }>, io: Sorties): Promise<number> {
  const suivi = progression(io.err, c.fichiers.length);
  const debut = performance.now();
  const rapports: RapportFichier[] = [];
  for (const [i, fichier] of c.fichiers.entries()) {
    suivi.debut(i, fichier);
    const r = await analyserFichier(fichier, c.gravite);
    rapports.push(r);
    if (!c.json) io.out(texteFichier(r, c.gravite));
  }
  suivi.fin(performance.now() - debut);
  const fichiers = rapports.map((r) => r.json);
  const document: DocumentJson = {
    outil: "cpom-diagnostic",
    version: versionOutil(),
    fichiers,
    resume: resumer(fichiers),
  };
  if (c.json) io.out(`${JSON.stringify(document, null, 2)}\n`);
  else if (fichiers.length > 1) io.out(texteBilan(document.resume, c.gravite));
  return codeDeSortie(document.resume);
}
