import { analyseurDePage } from "../taskpane/analyse/fil";
import { adresseExemple, EXEMPLE, ouvrirEnAvance } from "./charger";

/**
 * Premier module évalué du script initial de l'aperçu (importé par index.tsx, sans React ni
 * Fluent UI) : le fil d'analyse démarre ; le classeur d'exemple est téléchargé, l'hôte simulé
 * installé et le volet préparé, sa première lecture lancée (ADR 0022, 0028). La page attend cette
 * ouverture pour son premier rendu (index.tsx) : sur le fil principal, la lecture passe avant le
 * rendu de la page, qui se fait pendant que le fil calcule le sommaire ; la coque statique
 * (ADR 0027) reste affichée d'ici là. Rien n'est affiché d'ici.
 */
analyseurDePage();
export const premierClasseur = ouvrirEnAvance(adresseExemple(EXEMPLE));
