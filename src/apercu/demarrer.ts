import { analyseurDePage } from "../taskpane/analyse/fil";
import { adresseExemple, prechargerInstantane } from "./charger";

/**
 * Premier module évalué du script initial de l'aperçu (importé en tête d'index.tsx, sans React ni
 * Fluent UI) : le classeur d'exemple (ouvert d'abord par Racine), l'hôte simulé, la grille et le
 * volet, et le fil d'analyse sont demandés avant l'évaluation du reste du script (≈ 100 ms), pas
 * après (issue 20, ADR 0022). Rien n'est affiché d'ici.
 */
prechargerInstantane(adresseExemple("exemple"));
void import(/* webpackChunkName: "apercu-classeur" */ "./Apercu").catch(() => undefined);
analyseurDePage();
