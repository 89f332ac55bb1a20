import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { erreurJson, rapportIllisible } from "../rapport-fichier";
import {
  DELAI_FICHIER_S,
  MEMOIRE_FICHIER_MO,
  VARIABLE_DELAI,
  VARIABLE_MEMOIRE,
} from "../lot/analyse-lot";
import { rendreLot } from "../lot/messages-lot";
import { executerLot, type IssueTache } from "../lot/pool";
import type { FichierRelu, TacheRelecture } from "./relire-fichier";

/**
 * Lecture d'un lot `relire` (retours et classeurs envoyés mêlés) dans des fils bornés (ADR 0008),
 * **un par cœur** : le processus principal ne fait qu'apparier et écrire. Mêmes limites de mémoire
 * et de délai qu'`analyser` ; un fichier qui fait tomber son fil est rendu illisible.
 */

export const SCRIPT_RELECTURE = join(__dirname, `travailleur-relecture${extname(__filename)}`);

function entier(valeur: string | undefined, defaut: number, min: number, max: number): number {
  const n = Number(valeur);
  return valeur && Number.isInteger(n) && n >= min && n <= max ? n : defaut;
}

function relu(t: TacheRelecture, issue: IssueTache<FichierRelu>, memoireMo: number): FichierRelu {
  if (issue.kind === "ok") return issue.valeur;
  const erreur =
    issue.cause === "memoire"
      ? erreurJson(
          "memoire-depassee",
          t.fichier,
          rendreLot({ code: "echec/memoire", params: { memoire: memoireMo } }),
        )
      : issue.cause === "delai"
        ? erreurJson("delai-depasse", t.fichier, issue.detail)
        : erreurJson(
            "erreur-interne",
            t.fichier,
            rendreLot({ code: "echec/lecteur-arrete", params: { detail: issue.detail } }),
          );
  return {
    role: t.role,
    rapport: rapportIllisible(t.fichier, erreur),
    organisme: null,
    valeurs: [],
    empreinte: { kind: "absente" },
  };
}

export interface SuiviRelecture {
  debut(index: number, fichier: string): void;
  fin(index: number): void;
}

export async function relireLot(
  taches: readonly TacheRelecture[],
  suivi: SuiviRelecture,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FichierRelu[]> {
  const memoireMo = entier(env[VARIABLE_MEMOIRE], MEMOIRE_FICHIER_MO, 32, 16_384);
  const delaiS = entier(env[VARIABLE_DELAI], DELAI_FICHIER_S, 1, 86_400);
  const issues = await executerLot<TacheRelecture, FichierRelu>({
    script: SCRIPT_RELECTURE,
    taches,
    concurrence: Math.max(1, availableParallelism()),
    memoireMo,
    delaiMs: delaiS * 1000,
    surDebut: (i, t) => suivi.debut(i, t.fichier),
    surFin: (i) => suivi.fin(i),
  });
  return issues.map((issue, i) => relu(taches[i]!, issue, memoireMo));
}
