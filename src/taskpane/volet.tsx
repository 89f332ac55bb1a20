import { useState } from "react";
import { OfficeGateway } from "../gateway/office/office-gateway";
import type { SessionDiagnostic } from "../use-cases/session";
import { analyseurDePage } from "./analyse/fil";
import { App } from "./App";
import { demarrerSession } from "./etat/session";

/**
 * Morceau « volet », chargé à la demande par index.tsx une fois Excel prêt (ADR 0013) : la
 * passerelle Office.js (lecture sur le fil principal : ses objets ne passent pas à un Worker),
 * l'analyse dans le fil d'analyse, les vues.
 */
const analyseur = analyseurDePage();

interface Prepare {
  readonly excel: typeof Excel;
  readonly gateway: OfficeGateway;
  readonly session?: SessionDiagnostic;
}

let prepare: Prepare | null = null;
let pris = false;

/**
 * Dès Excel prêt (index.tsx), avant le rendu du volet : la passerelle et la session, dont la
 * première lecture part aussitôt (ADR 0028). Sans effet une fois un volet monté.
 */
export function preparerVolet(excel: typeof Excel): void {
  if (pris || prepare) return;
  const gateway = new OfficeGateway(excel);
  prepare = {
    excel,
    gateway,
    session: demarrerSession(gateway, { analyseur: analyseur.analyser }),
  };
}

/** Ce que prend le premier volet monté : la préparation pour cet Excel, sinon une passerelle neuve. */
function prendre(excel: typeof Excel): Prepare {
  pris = true;
  const p = prepare?.excel === excel ? prepare : null;
  prepare = null;
  return p ?? { excel, gateway: new OfficeGateway(excel) };
}

export function VoletExcel({ excel }: { readonly excel: typeof Excel }) {
  const [{ gateway, session }] = useState(() => prendre(excel));
  return <App gateway={gateway} analyseur={analyseur.analyser} session={session} />;
}
