import type { Gravite } from "../domain/controles/types";
import {
  ERREURS_FICHIER,
  ErreurFichier,
  messageFichier,
  type CodeFichier,
} from "../gateway/erreurs-fichier";
import { lireClasseurXlsxBorne, type LectureBornee } from "../gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../use-cases/analyser";
import { fichierAnalyse, fichierIllisible, type ErreurJson, type FichierJson } from "./document";

/** Résultat de l'analyse d'un fichier : sa part du document JSON et ce qu'ajoute la sortie texte. */
export interface RapportFichier {
  readonly json: FichierJson;
  /** Aucun onglet du Diagnostic reconnu : pourquoi, en français ; sinon null. */
  readonly nonReconnu: string | null;
  readonly dureeMs: number;
}

/** L'erreur JSON d'un code : message complet et conseil seul. */
export function erreurJson(code: CodeFichier, fichier: string, precision?: string): ErreurJson {
  return {
    code,
    message: messageFichier(code, fichier, precision),
    conseil: ERREURS_FICHIER[code].conseil,
  };
}

/** Code stable d'une erreur de lecture ; toute autre erreur est `erreur-interne`. */
export function erreurDeLecture(e: unknown, fichier: string): ErreurJson {
  if (e instanceof ErreurFichier) {
    return { code: e.raison, message: e.message, conseil: ERREURS_FICHIER[e.raison].conseil };
  }
  return erreurJson(
    "erreur-interne",
    fichier,
    `lecture : ${e instanceof Error ? e.message : String(e)}`,
  );
}

/** Rapport d'un fichier illisible. */
export function rapportIllisible(fichier: string, erreur: ErreurJson, dureeMs = 0): RapportFichier {
  return { json: fichierIllisible(fichier, erreur), nonReconnu: null, dureeMs };
}

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
