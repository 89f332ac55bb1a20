import type { AnalyseClasseur } from "../../use-cases/analyser";
import { analyserSommaire, type AnalyseSommaire } from "../../use-cases/analyser-sommaire";
import { repondre, type DemandeAnalyse, type ReponseAnalyse } from "./messages";

/**
 * Fil d'analyse du volet (Web Worker, ADR 0013, 0022) : reçoit un instantané (données simples),
 * renvoie le sommaire dès qu'il est calculé, puis le reste de l'analyse. Aucun accès à Office.js
 * ni au DOM ici : le volet lit le classeur, le fil pense. Construit par webpack en morceau à part
 * (`new Worker(new URL(…, import.meta.url))`, fil.ts). Le script du fil ne porte que le sommaire
 * (reconnaissance, repérage, complétude) ; les indicateurs et les contrôles sont un morceau chargé
 * après l'envoi du premier sommaire (ADR 0022) : il n'est pas sur le chemin des premières données.
 */
const fil = globalThis as unknown as {
  onmessage: ((e: MessageEvent<DemandeAnalyse>) => void) | null;
  postMessage: (m: ReponseAnalyse) => void;
};

let complement: Promise<(s: AnalyseSommaire) => AnalyseClasseur> | null = null;
const chargerComplement = () =>
  (complement ??= import(
    /* webpackChunkName: "analyse-complement" */ "../../use-cases/analyser"
  ).then(
    (m) => m.completerAnalyse,
    (e: unknown) => {
      complement = null; // redemandé à l'analyse suivante
      throw e;
    },
  ));

const ETAPES = {
  sommaire: analyserSommaire,
  complete: async (s: AnalyseSommaire) => (await chargerComplement())(s),
};

fil.onmessage = (e) => void repondre(e.data, ETAPES, (r) => fil.postMessage(r));
