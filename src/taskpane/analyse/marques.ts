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
  "fil-recu", // le fil d'analyse a reçu l'instantané (instant du fil, reporté ici)
  "fil-envoye", // le fil d'analyse envoie le sommaire (instant du fil, reporté ici)
  "sommaire-pret", // le sommaire (reconnaissance, complétude) est de retour
  "analyse-prete", // l'analyse complète (indicateurs, contrôles) est de retour
] as const;

export type Marque = (typeof MARQUES)[number];

export function marquer(nom: Marque): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark(`cpom:${nom}`);
}

/**
 * Instant absolu (ms depuis l'époque : `performance.timeOrigin + performance.now()`), commun au
 * volet et au fil d'analyse, dont les `performance.now()` n'ont pas la même origine.
 */
export function instantAbsolu(): number | undefined {
  if (typeof performance === "undefined" || typeof performance.timeOrigin !== "number") return;
  return performance.timeOrigin + performance.now();
}

/** Repère posé à un instant absolu venu d'un autre fil (`instantAbsolu` du fil d'analyse). */
export function marquerA(nom: Marque, instant: number): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  const startTime = instant - performance.timeOrigin;
  if (Number.isFinite(startTime) && startTime >= 0) performance.mark(`cpom:${nom}`, { startTime });
}
