import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { AnalyseClasseur } from "../../use-cases/analyser";
import type { AnalyseSommaire, AnalyseurProgressif } from "../../use-cases/analyser-sommaire";
import { reconstruireErreur } from "./erreur-transmise";
import { marquer, marquerA } from "./marques";
import type { DemandeAnalyse, ReponseAnalyse } from "./messages";

/**
 * L'analyse du volet hors du fil principal (ADR 0013, 0022) : l'instantané lu par Office.js
 * (données simples) part au fil d'analyse ; le sommaire revient dès qu'il est calculé
 * (`surSommaire`), puis le reste de l'analyse. L'interface et Excel ne sont jamais bloqués.
 * Sans Worker (jest, jsdom, navigateur qui le refuse) ou si le fil tombe (script introuvable,
 * CSP), l'analyse se fait sur le fil principal, en deux temps aussi, avec le même résultat (son
 * code n'est alors chargé qu'à ce moment : ce module reste léger, pour démarrer le fil dès le
 * script initial).
 */

const chargerAnalyse = async () => {
  const [complete, sommaire] = await Promise.all([
    import(/* webpackChunkName: "analyse-principal" */ "../../use-cases/analyser"),
    import(/* webpackChunkName: "analyse-principal" */ "../../use-cases/analyser-sommaire"),
  ]);
  return { complete: complete.completerAnalyse, sommaire: sommaire.analyserSommaire };
};

/** Laisse le navigateur peindre le sommaire avant le reste de l'analyse (fil principal). */
const ceder = () => new Promise<void>((r) => setTimeout(r, 0));

export type ModeAnalyse = "fil" | "principal";

/** Ce que le volet utilise d'un Worker (un faux dans les tests). */
export interface FilAnalyse {
  postMessage(message: DemandeAnalyse): void;
  addEventListener(type: "message", f: (e: MessageEvent<ReponseAnalyse>) => void): void;
  addEventListener(type: "error" | "messageerror", f: (e: Event) => void): void;
  terminate(): void;
}

/** Un `AnalyseurProgressif` toujours asynchrone (fil ou code chargé à la demande). */
export type AnalyseurAsynchrone = (
  ...p: Parameters<AnalyseurProgressif>
) => Promise<AnalyseClasseur>;

export interface AnalyseurDuVolet {
  readonly analyser: AnalyseurAsynchrone;
  /** Où la dernière analyse a été faite (`null` : aucune encore). */
  readonly mode: () => ModeAnalyse | null;
  readonly arreter: () => void;
}

interface EnAttente {
  readonly snapshot: WorkbookSnapshot;
  readonly surSommaire: ((s: AnalyseSommaire) => void) | undefined;
  /** Le sommaire reçu du fil, complété par le message suivant. */
  sommaire: AnalyseSommaire | null;
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

  const principal = async (
    snapshot: WorkbookSnapshot,
    surSommaire?: (s: AnalyseSommaire) => void,
  ): Promise<AnalyseClasseur> => {
    const etapes = await chargerAnalyse();
    noter("principal");
    const sommaire = etapes.sommaire(snapshot);
    if (surSommaire) {
      marquer("sommaire-pret");
      surSommaire(sommaire);
      await ceder();
    }
    const analyse = etapes.complete(sommaire);
    marquer("analyse-prete");
    return analyse;
  };
  /** Le fil est tombé : les analyses en attente et les suivantes se font ici. */
  const abandonner = (raison: string) => {
    if (!fil) return;
    console.warn(`Analyse sur le fil principal : le fil d'analyse est indisponible (${raison}).`);
    fil.terminate();
    fil = null;
    const reprises = [...attente.values()];
    attente.clear();
    for (const a of reprises)
      principal(a.snapshot, a.sommaire ? undefined : a.surSommaire).then(a.resoudre, a.rejeter);
  };

  const recevoir = (r: ReponseAnalyse) => {
    const a = attente.get(r.id);
    if (!a) return;
    noter("fil");
    if (r.etape === "sommaire") {
      if (r.instants) {
        marquerA("fil-recu", r.instants.recu);
        marquerA("fil-envoye", r.instants.envoye);
      }
      marquer("sommaire-pret");
      a.sommaire = { ...r.sommaire, snapshot: a.snapshot };
      a.surSommaire?.(a.sommaire);
      return;
    }
    attente.delete(r.id);
    if (r.etape === "erreur") return a.rejeter(reconstruireErreur(r.erreur));
    if (!a.sommaire) return a.rejeter(new Error("complément d'analyse reçu avant son sommaire"));
    marquer("analyse-prete");
    a.resoudre({ ...a.sommaire, ...r.complement });
  };

  try {
    fil = creer();
  } catch (e) {
    console.warn("Fil d'analyse non créé :", e);
    fil = null;
  }
  fil?.addEventListener("message", (e) => recevoir(e.data));
  fil?.addEventListener("error", (e) => {
    e.preventDefault(); // signalé ci-dessous, en français, et rattrapé
    abandonner(e instanceof ErrorEvent && e.message ? e.message : "script non chargé");
  });
  fil?.addEventListener("messageerror", () => abandonner("message illisible"));

  const analyser: AnalyseurAsynchrone = (snapshot, surSommaire) => {
    const f = fil;
    marquer("analyse-demandee");
    if (!f) return principal(snapshot, surSommaire);
    const id = suivant++;
    return new Promise<AnalyseClasseur>((resoudre, rejeter) => {
      attente.set(id, { snapshot, surSommaire, sommaire: null, resoudre, rejeter });
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
