import { analyserInstantane } from "../../use-cases/analyser";
import { repondre, type DemandeAnalyse } from "./messages";

/**
 * Fil d'analyse du volet (Web Worker, ADR 0013) : reçoit un instantané (données simples), renvoie
 * l'analyse pure. Aucun accès à Office.js ni au DOM ici : le volet lit le classeur, le fil pense.
 * Construit par webpack en morceau à part (`new Worker(new URL(…, import.meta.url))`, fil.ts).
 */
const fil = globalThis as unknown as {
  onmessage: ((e: MessageEvent<DemandeAnalyse>) => void) | null;
  postMessage: (m: unknown) => void;
};

fil.onmessage = (e) => fil.postMessage(repondre(e.data, analyserInstantane));
