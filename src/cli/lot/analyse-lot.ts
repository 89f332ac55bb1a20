import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import type { Gravite } from "../../domain/controles/types";
import { erreurJson, rapportIllisible, type RapportFichier } from "../rapport-fichier";
import { rendreLot } from "./messages-lot";
import { executerLot, type IssueTache } from "./pool";
import type { TacheAnalyse } from "./travailleur-analyse";

/**
 * Analyse d'un lot de fichiers, chacun dans un fil borné (ADR 0008) : mémoire, pile, délai. Un
 * fichier qui fait tomber son fil est rendu « illisible » (`memoire-depassee`, `delai-depasse`,
 * `erreur-interne`) et le lot continue.
 */

/** Tas V8 accordé à un fichier (Mo) et délai (s), par défaut ; variables d'environnement pour les changer. */
export const MEMOIRE_FICHIER_MO = 1024;
export const DELAI_FICHIER_S = 120;
export const VARIABLE_MEMOIRE = "CPOM_DIAGNOSTIC_MEMOIRE_MO";
export const VARIABLE_DELAI = "CPOM_DIAGNOSTIC_DELAI_S";

function entier(valeur: string | undefined, defaut: number, min: number, max: number): number {
  const n = Number(valeur);
  return valeur && Number.isInteger(n) && n >= min && n <= max ? n : defaut;
}

/** Script du fil : à côté de ce fichier, compilé (.js) ou source (.ts). */
export const SCRIPT_ANALYSE = join(__dirname, `travailleur-analyse${extname(__filename)}`);

export interface SuiviLot {
  debut(index: number, fichier: string): void;
  fin(index: number, rapport: RapportFichier): void;
}

function rapportDEchec(fichier: string, issue: IssueTache<RapportFichier>, memoireMo: number) {
  if (issue.kind === "ok") return issue.valeur;
  if (issue.cause === "memoire") {
    return rapportIllisible(
      fichier,
      erreurJson(
        "memoire-depassee",
        fichier,
        rendreLot({ code: "echec/memoire", params: { memoire: memoireMo } }),
      ),
    );
  }
  if (issue.cause === "delai") {
    return rapportIllisible(fichier, erreurJson("delai-depasse", fichier, issue.detail));
  }
  return rapportIllisible(
    fichier,
    erreurJson(
      "erreur-interne",
      fichier,
      rendreLot({ code: "echec/lecteur-arrete", params: { detail: issue.detail } }),
    ),
  );
}

export async function analyserLot(
  fichiers: readonly string[],
  gravite: Gravite | null,
  suivi: SuiviLot,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RapportFichier[]> {
  const memoireMo = entier(env[VARIABLE_MEMOIRE], MEMOIRE_FICHIER_MO, 32, 16_384);
  const delaiS = entier(env[VARIABLE_DELAI], DELAI_FICHIER_S, 1, 86_400);
  const taches: TacheAnalyse[] = fichiers.map((fichier) => ({ fichier, gravite }));
  const issues = await executerLot<TacheAnalyse, RapportFichier>({
    script: SCRIPT_ANALYSE,
    taches,
    // Un fil par cœur disponible (affinité comprise) : le fil principal ne fait qu'attendre.
    concurrence: Math.max(1, availableParallelism()),
    memoireMo,
    delaiMs: delaiS * 1000,
    surDebut: (i, t) => suivi.debut(i, t.fichier),
    surFin: (i, issue) => suivi.fin(i, rapportDEchec(fichiers[i] ?? "", issue, memoireMo)),
  });
  return issues.map((issue, i) => rapportDEchec(fichiers[i] ?? "", issue, memoireMo));
}
