import { completerAnalyse } from "../../use-cases/analyser";
import { analyserSommaire } from "../../use-cases/analyser-sommaire";
import { repondre, type DemandeAnalyse, type ReponseAnalyse } from "./messages";

/**
 * Fil d'analyse du volet (Web Worker, ADR 0013, 0022) : reçoit un instantané (données simples),
 * renvoie le sommaire dès qu'il est calculé, puis le reste de l'analyse. Aucun accès à Office.js
 * ni au DOM ici : le volet lit le classeur, le fil pense. Construit par webpack en morceau à part
 * (`new Worker(new URL(…, import.meta.url))`, fil.ts).
 */
const fil = globalThis as unknown as {
  onmessage: ((e: MessageEvent<DemandeAnalyse>) => void) | null;
  postMessage: (m: ReponseAnalyse) => void;
};

const ETAPES = { sommaire: analyserSommaire, complete: completerAnalyse };

fil.onmessage = (e) => repondre(e.data, ETAPES, (r) => fil.postMessage(r));
