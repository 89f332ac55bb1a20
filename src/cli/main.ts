import { AIDE, lireArguments, type Commande } from "./arguments";
import { codeDeSortie, resumer, type DocumentJson } from "./document";
import { analyserLot } from "./lot/analyse-lot";
import { progression } from "./progression";
import { texteBilan, texteFichier } from "./sortie-texte";
import { rendreArguments } from "./messages-arguments";
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
      io.out(rendreArguments({ code: "usage/version", params: { version: versionOutil() } }));
      return 0;
    case "erreur":
      io.err(rendreArguments({ code: "usage/erreur", params: { message: commande.message } }));
      return 2;
    case "analyser":
      return analyser(commande, io);
    // Chaque commande charge ce qu'elle seule utilise (ExcelJS pour écrire, les rapports…) :
    // `analyser` démarre ses fils sans attendre ≈ 0,4 s de modules qu'il n'emploie pas.
    case "fiches":
      return (await import("./fiches")).commandeFiches(commande, io);
    case "relire":
      return (await import("./relecture/commande-relire")).commandeRelire(commande, io);
    case "preparer":
      return (await import("./relecture/commande-preparer")).commandePreparer(commande, io);
  }
}

async function analyser(c: Extract<Commande, { kind: "analyser" }>, io: Sorties): Promise<number> {
  const suivi = progression(io.err, c.fichiers.length);
  const debut = performance.now();
  // Les rapports texte sortent dans l'ordre de la ligne de commande, dès que possible.
  const prets = new Map<number, string>();
  let prochain = 0;
  const rapports = await analyserLot(c.fichiers, c.gravite, {
    debut: (i, fichier) => suivi.debut(i, fichier),
    fin: (i, r) => {
      if (c.json) return;
      prets.set(i, texteFichier(r, c.gravite));
      for (let t = prets.get(prochain); t !== undefined; t = prets.get(prochain)) {
        io.out(t);
        prets.delete(prochain++);
      }
    },
  });
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
