import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import type { AnalyseClasseur } from "../../use-cases/analyser";
import type { AnalyseSommaire } from "../../use-cases/analyser-sommaire";
import { transmettreErreur, type ErreurTransmise } from "./erreur-transmise";
import { instantAbsolu } from "./marques";

/**
 * Messages entre le volet et le fil d'analyse (Web Worker, ADR 0013, 0022) : des données simples
 * (clonage structuré), jamais d'objet Office.js. Une demande reçoit, dans l'ordre :
 * 1. `sommaire` : reconnaissance, repérage, complétude (le sommaire du volet s'affiche) ;
 * 2. `complement` : indicateurs, écarts, contrôles — seulement ce que le sommaire n'a pas dit ;
 * ou `erreur` à la place de l'un ou de l'autre. Rien ne revient deux fois : ni l'instantané, que le
 * volet possède déjà, ni le sommaire avec le complément.
 */
export interface DemandeAnalyse {
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
}

export type SommaireSansInstantane = Omit<AnalyseSommaire, "snapshot">;
export type ComplementAnalyse = Omit<AnalyseClasseur, keyof AnalyseSommaire>;

export type ReponseAnalyse =
  | {
      readonly id: number;
      readonly etape: "sommaire";
      readonly sommaire: SommaireSansInstantane;
      /** Durée du calcul dans le fil (ms). */
      readonly ms: number;
      /**
       * Instants absolus (`instantAbsolu`, marques.ts) où le fil a reçu la demande et envoie le
       * sommaire : l'aller et le retour des messages, mesurés à part du calcul (bench:volet).
       */
      readonly instants?: { readonly recu: number; readonly envoye: number };
    }
  | {
      readonly id: number;
      readonly etape: "complement";
      readonly complement: ComplementAnalyse;
      readonly ms: number;
    }
  | { readonly id: number; readonly etape: "erreur"; readonly erreur: ErreurTransmise };

/** Les deux temps de l'analyse (use-cases/analyser-sommaire.ts, puis use-cases/analyser.ts). */
export interface EtapesAnalyse {
  readonly sommaire: (s: WorkbookSnapshot) => AnalyseSommaire;
  /**
   * Le reste de l'analyse, à partir du sommaire (sans refaire ses phases) ; une promesse quand son
   * code se charge à la demande (fil d'analyse : morceau chargé après l'envoi du sommaire).
   */
  readonly complete: (s: AnalyseSommaire) => AnalyseClasseur | Promise<AnalyseClasseur>;
}

const maintenant = () => (typeof performance === "undefined" ? Date.now() : performance.now());

/**
 * Ce que fait le fil d'une demande : le sommaire envoyé dès qu'il est calculé, puis le complément ;
 * une erreur, transmise avec sa sorte (`ErreurTransmise`), arrête la demande. Synchrone si
 * `etapes.complete` l'est ; sinon, le complément part quand sa promesse est résolue.
 */
export function repondre(
  demande: DemandeAnalyse,
  etapes: EtapesAnalyse,
  envoyer: (r: ReponseAnalyse) => void,
): void | Promise<void> {
  const recu = instantAbsolu();
  const { id, snapshot } = demande;
  const echec = (e: unknown) => envoyer({ id, etape: "erreur", erreur: transmettreErreur(e) });
  try {
    let debut = maintenant();
    const calcule = etapes.sommaire(snapshot);
    const { snapshot: _s, ...sommaire } = calcule;
    const ms = maintenant() - debut;
    const envoye = instantAbsolu();
    const instants = recu !== undefined && envoye !== undefined ? { recu, envoye } : undefined;
    envoyer({ id, etape: "sommaire", sommaire, ms, ...(instants ? { instants } : {}) });
    debut = maintenant();
    // Le sommaire, déjà envoyé, n'est ni recalculé ni recopié.
    const finir = (analyse: AnalyseClasseur) => {
      const {
        snapshot: _i,
        onglets: _o,
        repere: _r,
        completude: _c,
        nonReconnu: _n,
        ...complement
      } = analyse;
      envoyer({ id, etape: "complement", complement, ms: maintenant() - debut });
    };
    const analyse = etapes.complete(calcule);
    if (analyse instanceof Promise) return analyse.then(finir).catch(echec);
    finir(analyse);
  } catch (e) {
    echec(e);
  }
}
