import { useState } from "react";
import { OfficeGateway } from "../gateway/office/office-gateway";
import { analyseurDePage } from "./analyse/fil";
import { App } from "./App";

/**
 * Morceau « volet », chargé à la demande par index.tsx une fois Excel prêt (ADR 0013) : la
 * passerelle Office.js (lecture sur le fil principal : ses objets ne passent pas à un Worker),
 * l'analyse dans le fil d'analyse, les vues.
 */
const analyseur = analyseurDePage();

export function VoletExcel({ excel }: { readonly excel: typeof Excel }) {
  const [gateway] = useState(() => new OfficeGateway(excel));
  return <App gateway={gateway} analyseur={analyseur.analyser} />;
}
