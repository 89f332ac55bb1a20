import { createContext, useContext, useEffect, useState, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { WorkbookGateway } from "../../gateway/port";
import type { AnalyseClasseur } from "../../use-cases/analyser";
import type { AnalyseSommaire, AnalyseurProgressif } from "../../use-cases/analyser-sommaire";
import { SessionDiagnostic, type EtatSession } from "../../use-cases/session";

/** La session du classeur, partagée par les vues (contexte React + `useSyncExternalStore`). */

interface ContexteSession {
  readonly session: SessionDiagnostic;
  readonly gateway: WorkbookGateway;
}

const Contexte = createContext<ContexteSession | null>(null);

/** Première lecture d'une session : une seule fois, même si l'effet est rejoué (StrictMode). */
const chargements = new WeakMap<SessionDiagnostic, Promise<void>>();

/** Options d'une session du volet (délai de relecture, analyseur). */
export interface OptionsSession {
  /** Délai avant de relire un onglet modifié (ms) ; défaut de la session. */
  readonly delaiRafraichissement?: number;
  /** Qui analyse (fil d'analyse du volet, ADR 0013, 0022) ; défaut : le fil principal. */
  readonly analyseur?: AnalyseurProgressif;
}

/**
 * Crée la session et lance sa première lecture hors de React, depuis la racine de composition
 * (ADR 0028) : la lecture du classeur et l'analyse dans le fil partent avant le premier rendu du
 * volet, pas après lui. `FournisseurSession` la reprend (`session`) sans relire.
 */
export function demarrerSession(
  gateway: WorkbookGateway,
  options: OptionsSession = {},
): SessionDiagnostic {
  const session = new SessionDiagnostic(gateway, options.delaiRafraichissement, options.analyseur);
  chargements.set(session, session.charger());
  return session;
}

export interface ProprietesFournisseur extends OptionsSession {
  readonly gateway: WorkbookGateway;
  /** Session déjà démarrée (`demarrerSession`) ; sinon créée ici, lue au premier effet. */
  readonly session?: SessionDiagnostic;
  readonly children: ReactNode;
}

export function FournisseurSession({
  gateway,
  delaiRafraichissement,
  analyseur,
  session: demarree,
  children,
}: ProprietesFournisseur) {
  const [valeur] = useState<ContexteSession>(() => ({
    gateway,
    session: demarree ?? new SessionDiagnostic(gateway, delaiRafraichissement, analyseur),
  }));
  const { session } = valeur;
  useEffect(() => {
    let actif = true;
    let chargement = chargements.get(session);
    if (!chargement) {
      chargement = session.charger();
      chargements.set(session, chargement);
    }
    void chargement.then(() => {
      if (actif) void session.suivreModifications();
    });
    return () => {
      actif = false;
      void session.arreter();
    };
  }, [session]);
  return <Contexte.Provider value={valeur}>{children}</Contexte.Provider>;
}

export interface UtilisationSession extends ContexteSession {
  readonly etat: EtatSession;
}

export function useSession(): UtilisationSession {
  const c = useContext(Contexte);
  if (!c) throw new Error("useSession : la vue doit être rendue dans <FournisseurSession>.");
  const etat = useSyncExternalStore(c.session.abonner, c.session.etat, c.session.etat);
  return { ...c, etat };
}

/** Le sommaire du classeur lu : celui de l'analyse complète, ou, avant elle, la partielle. */
export function sommaireDe(etat: EtatSession): AnalyseSommaire | null {
  return etat.analyse ?? etat.partielle;
}

/** Pour le sommaire, affiché dès la reconnaissance et la complétude (ADR 0022). */
export function useSommaire(): UtilisationSession & { readonly analyse: AnalyseSommaire } {
  const u = useSession();
  const analyse = sommaireDe(u.etat);
  if (!analyse) throw new Error("useSommaire : le classeur n'est pas encore lu.");
  return { ...u, analyse };
}

/** Pour les vues qui ne s'affichent qu'une fois le classeur lu et analysé en entier. */
export function useAnalyse(): UtilisationSession & { readonly analyse: AnalyseClasseur } {
  const u = useSession();
  if (!u.etat.analyse) throw new Error("useAnalyse : le classeur n'est pas encore lu.");
  return { ...u, analyse: u.etat.analyse };
}
