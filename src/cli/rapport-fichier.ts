import {
  ERREURS_FICHIER,
  ErreurFichier,
  messageFichier,
  type CodeFichier,
} from "../gateway/erreurs-fichier";
import { fichierIllisible, type ErreurJson, type FichierJson } from "./document";

/*
 * Le rapport d'un fichier et ses erreurs, sans l'analyse : le processus principal d'un lot s'en
 * sert sans charger le domaine (seuls les fils analysent : ≈ 0,15 s de modules en moins avant le
 * premier fil).
 */

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
