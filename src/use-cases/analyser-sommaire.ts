import {
  localiser,
  pourquoiNonReconnu,
  reconnaitreOnglets,
} from "../domain/classeur/reconnaissance";
import type { DiagnosticRepere } from "../domain/classeur/modele";
import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { completude, marcheDesZones, type MarcheDesZones } from "../domain/saisie";
import type { AnalyseClasseur } from "./analyser";

/**
 * Le sommaire d'un instantané, première partie de l'analyse (issue 20, ADR 0022) : reconnaissance
 * des onglets, repérage, complétude — ce qu'il faut au sommaire du volet, vue d'arrivée du
 * gestionnaire — sans les indicateurs ni les contrôles, qui coûtent le plus. Mêmes phases du
 * domaine, dans le même ordre, que `analyserInstantane` (analyser.ts) : une partie de son résultat,
 * champ pour champ.
 */
export type AnalyseSommaire = Pick<
  AnalyseClasseur,
  "snapshot" | "onglets" | "repere" | "completude" | "nonReconnu"
>;

/**
 * La marche des zones de saisie (ADR 0023) faite une fois par analyse : la complétude du sommaire
 * et les contrôles du complément (`completerAnalyse`) la partagent. Portée par le repère de
 * l'analyse, hors du sommaire : elle ne traverse pas `postMessage` avec lui.
 */
const marches = new WeakMap<DiagnosticRepere, MarcheDesZones>();

export function marcheDe(repere: DiagnosticRepere): MarcheDesZones {
  let m = marches.get(repere);
  if (!m) marches.set(repere, (m = marcheDesZones(repere)));
  return m;
}

export function analyserSommaire(snapshot: WorkbookSnapshot): AnalyseSommaire {
  const onglets = reconnaitreOnglets(snapshot);
  const repere = localiser(snapshot, onglets);
  return {
    snapshot,
    onglets,
    repere,
    completude: completude(snapshot, onglets, repere, marcheDe(repere)),
    nonReconnu: pourquoiNonReconnu(onglets),
  };
}

/**
 * Qui analyse un instantané en deux temps : le sommaire dès qu'il est calculé (`surSommaire`),
 * puis l'analyse complète. Un `Analyseur` (analyser.ts) en est un, qui ne donne pas le sommaire
 * à part.
 */
export type AnalyseurProgressif = (
  snapshot: WorkbookSnapshot,
  surSommaire?: (s: AnalyseSommaire) => void,
) => AnalyseClasseur | Promise<AnalyseClasseur>;
