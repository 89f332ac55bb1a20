/**
 * Repères de temps du chargement du volet (issue 20, ADR 0022) : `performance.mark` nommés
 * `cpom:…`, lus par `npm run bench:volet` (scripts/mesures/volet.mjs) pour dire où passe le temps
 * (téléchargement de l'instantané, lecture par l'hôte, analyse, rendu). Sans `performance`
 * (vieux moteur), rien.
 */
export const MARQUES = [
  "instantane-telecharge", // aperçu : l'instantané du classeur d'exemple est arrivé
  "hote-installe", // aperçu : l'hôte simulé est prêt (window.Excel)
  "lecture-debut", // la session demande l'instantané à la passerelle
  "lecture-fin",
  "analyse-demandee", // l'instantané part au fil d'analyse (ou au fil principal)
  "sommaire-pret", // le sommaire (reconnaissance, complétude) est de retour
  "analyse-prete", // l'analyse complète (indicateurs, contrôles) est de retour
] as const;

export type Marque = (typeof MARQUES)[number];

export function marquer(nom: Marque): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark(`cpom:${nom}`);
}
