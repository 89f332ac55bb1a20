import { analyseurDePage } from "./analyse/fil";
import { dansUnHoteOffice } from "./coque/detecter-hote";

/**
 * Premier module évalué du script initial du volet (importé en tête d'index.tsx, sans React ni
 * Fluent UI) : ouvert par Office, le morceau du volet et le fil d'analyse sont demandés avant
 * l'évaluation du reste du script, pas après (issue 20, ADR 0022). Hors d'Excel, rien.
 */
if (dansUnHoteOffice()) {
  void import(/* webpackChunkName: "volet" */ "./volet").catch(() => undefined);
  analyseurDePage();
}
