import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { AnalyseClasseur } from "../../use-cases/analyser";

/**
 * Messages entre le volet et le fil d'analyse (Web Worker, ADR 0013) : des données simples
 * (clonage structuré), jamais d'objet Office.js. L'analyse revient sans son instantané, que le
 * volet possède déjà : on ne le recopie pas une seconde fois.
 */
export interface DemandeAnalyse {
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
}

export type AnalyseSansInstantane = Omit<AnalyseClasseur, "snapshot">;

export type ReponseAnalyse =
  | { readonly id: number; readonly ok: true; readonly analyse: AnalyseSansInstantane }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Ce que fait le fil : l'analyse, ou le message français de son erreur. */
export function repondre(
  demande: DemandeAnalyse,
  analyser: (s: WorkbookSnapshot) => AnalyseClasseur,
): ReponseAnalyse {
  try {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- retiré du message de retour
    const { snapshot, ...analyse } = analyser(demande.snapshot);
    return { id: demande.id, ok: true, analyse };
  } catch (e) {
    return { id: demande.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
