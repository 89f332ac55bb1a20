import type { Gravite } from "../../domain/controles/types";
import { analyserFichier } from "../analyser-fichier";
import type { RapportFichier } from "../rapport-fichier";
import { servirTaches } from "./travailleur";

/** Fil d'analyse d'un lot `analyser` : un fichier par tâche (analyse-lot.ts). */
export interface TacheAnalyse {
  readonly fichier: string;
  readonly gravite: Gravite | null;
}

servirTaches<TacheAnalyse, RapportFichier>((t) => analyserFichier(t.fichier, t.gravite));
