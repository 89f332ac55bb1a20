import type { Gravite } from "../domain/controles/types";
import { lireClasseurXlsxBorne, type LectureBornee } from "../gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../use-cases/analyser";
import { fichierAnalyse } from "./document";
import {
  erreurDeLecture,
  erreurJson,
  rapportIllisible,
  type RapportFichier,
} from "./rapport-fichier";

/** Lit le fichier (jamais modifié) et l'analyse ; un fichier illisible n'interrompt pas le lot. */
export async function analyserFichier(
  fichier: string,
  gravite: Gravite | null,
): Promise<RapportFichier> {
  const debut = performance.now();
  const duree = () => Math.round(performance.now() - debut);
  let lecture: LectureBornee;
  try {
    lecture = await lireClasseurXlsxBorne(fichier);
  } catch (e) {
    return rapportIllisible(fichier, erreurDeLecture(e, fichier), duree());
  }
  try {
    const analyse = analyserInstantane(lecture.snapshot, gravite ? { gravite } : {});
    return {
      json: fichierAnalyse(fichier, analyse, lecture.avertissements),
      nonReconnu: analyse.nonReconnu,
      dureeMs: duree(),
    };
  } catch (e) {
    const precision = `analyse : ${e instanceof Error ? e.message : String(e)}`;
    return rapportIllisible(fichier, erreurJson("erreur-interne", fichier, precision), duree());
  }
}
