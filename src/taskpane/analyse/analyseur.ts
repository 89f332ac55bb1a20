import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { AnalyseClasseur, Analyseur } from "../../use-cases/analyser";
import type { DemandeAnalyse, ReponseAnalyse } from "./messages";

/**
 * L'analyse du volet hors du fil principal (ADR 0013) : l'instantané lu par Office.js (données
 * simples) part au fil d'analyse, l'analyse revient ; l'interface et Excel ne sont jamais bloqués
 * pendant les 250 à 350 ms d'une analyse complète. Sans Worker (jest, jsdom, navigateur qui le
 * refuse) ou si le fil tombe (script introuvable, CSP), l'analyse se fait sur le fil principal,
 * avec le même résultat (le code de l'analyse n'est alors chargé qu'à ce moment : ce module reste
 * léger, pour démarrer le fil dès le script initial).
 */

const chargerAnalyse = async () =>
  (await import(/* webpackChunkName: "analyse-principal" */ "../../use-cases/analyser"))
    .analyserInstantane;

export type ModeAnalyse = "fil" | "principal";

/** Ce que le volet utilise d'un Worker (un faux dans les tests). */
export interface FilAnalyse {
  postMessage(message: DemandeAnalyse): void;
  addEventListener(type: "message", f: (e: MessageEvent<ReponseAnalyse>) => void): void;
  addEventListener(type: "error" | "messageerror", f: (e: Event) => void): void;
  terminate(): void;
}

export interface AnalyseurDuVolet {
  readonly analyser: Analyseur;
  /** Où la dernière analyse a été faite (`null` : aucune encore). */
  readonly mode: () => ModeAnalyse | null;
  readonly arreter: () => void;
}

interface EnAttente {
  readonly snapshot: WorkbookSnapshot;
  readonly resoudre: (a: AnalyseClasseur) => void;
  readonly rejeter: (e: Error) => void;
}

export function analyseurDuVolet(
  creer: () => FilAnalyse | null = () => null,
  surMode: (m: ModeAnalyse) => void = () => undefined,
): AnalyseurDuVolet {
  let mode: ModeAnalyse | null = null;
  const noter = (m: ModeAnalyse) => {
    if (m !== mode) surMode(m);
    mode = m;
  };
  const attente = new Map<number, EnAttente>();
  let suivant = 1;
  let fil: FilAnalyse | null = null;

  const principal = async (snapshot: WorkbookSnapshot): Promise<AnalyseClasseur> => {
    const analyser = await chargerAnalyse();
    noter("principal");
    return analyser(snapshot);
  };
  /** Le fil est tombé : les analyses en attente et les suivantes se font ici. */
  const abandonner = (raison: string) => {
    if (!fil) return;
    console.warn(`Analyse sur le fil principal : le fil d'analyse est indisponible (${raison}).`);
    fil.terminate();
    fil = null;
    const reprises = [...attente.values()];
    attente.clear();
    for (const a of reprises) principal(a.snapshot).then(a.resoudre, a.rejeter);
  };

  try {
    fil = creer();
  } catch (e) {
    console.warn("Fil d'analyse non créé :", e);
    fil = null;
  }
  fil?.addEventListener("message", (e) => {
    const r = e.data;
    const a = attente.get(r.id);
    if (!a) return;
    attente.delete(r.id);
    noter("fil");
    if (r.ok) a.resoudre({ ...r.analyse, snapshot: a.snapshot });
    else a.rejeter(new Error(r.message));
  });
  fil?.addEventListener("error", (e) => {
    e.preventDefault(); // signalé ci-dessous, en français, et rattrapé
    abandonner(e instanceof ErrorEvent && e.message ? e.message : "script non chargé");
  });
  fil?.addEventListener("messageerror", () => abandonner("message illisible"));

  const analyser = (snapshot: WorkbookSnapshot): Promise<AnalyseClasseur> => {
    const f = fil;
    if (!f) return principal(snapshot);
    const id = suivant++;
    return new Promise<AnalyseClasseur>((resoudre, rejeter) => {
      attente.set(id, { snapshot, resoudre, rejeter });
      try {
        f.postMessage({ id, snapshot });
      } catch (e) {
        abandonner(e instanceof Error ? e.message : String(e)); // instantané non clonable
      }
    });
  };

  return {
    analyser,
    mode: () => mode,
    arreter: () => {
      fil?.terminate();
      fil = null;
    },
  };
}
