import type { Gravite } from "../domain/controles/types";
import { GatewayError } from "../gateway/port";
import { lireClasseurXlsx } from "../gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../use-cases/analyser";
import { fichierAnalyse, fichierIllisible, type FichierJson } from "./document";

/** Résultat de l'analyse d'un fichier : sa part du document JSON et ce qu'ajoute la sortie texte. */
export interface RapportFichier {
  readonly json: FichierJson;
  /** Aucun onglet du Diagnostic reconnu : pourquoi, en français ; sinon null. */
  readonly nonReconnu: string | null;
  readonly dureeMs: number;
}

/** Code stable d'une erreur de lecture : celui de la passerelle (`Unreadable`…), sinon `Unknown`. */
function erreurDeLecture(e: unknown, fichier: string) {
  if (e instanceof GatewayError) return { code: e.code, message: e.message };
  return {
    code: "Unknown",
    message: `« ${fichier} » n'a pas pu être lu (${String(e)}) : ouvrez-le dans Excel pour vérifier qu'il n'est pas endommagé.`,
  };
}

/** Lit le fichier (jamais modifié) et l'analyse ; un fichier illisible n'interrompt pas le lot. */
export async function analyserFichier(
  fichier: string,
  gravite: Gravite | null,
): Promise<RapportFichier> {
  const debut = performance.now();
  const duree = () => Math.round(performance.now() - debut);
  let snapshot;
  try {
    snapshot = await lireClasseurXlsx(fichier);
  } catch (e) {
    return {
      json: fichierIllisible(fichier, erreurDeLecture(e, fichier)),
      nonReconnu: null,
      dureeMs: duree(),
    };
  }
  try {
    const analyse = analyserInstantane(snapshot, gravite ? { gravite } : {});
    return {
      json: fichierAnalyse(fichier, analyse),
      nonReconnu: analyse.nonReconnu,
      dureeMs: duree(),
    };
  } catch (e) {
    const message = `L'analyse de « ${fichier} » a échoué sur une erreur inattendue (${e instanceof Error ? e.message : String(e)}) : signalez-la à l'équipe de l'outil, avec le fichier si possible.`;
    return {
      json: fichierIllisible(fichier, { code: "Unknown", message }),
      nonReconnu: null,
      dureeMs: duree(),
    };
  }
}
