import { reconnaitreIntitule2D } from "../classeur/reperage/2d/intitules";
import { INDICATEURS_2D, type Definition2D } from "./complementaires-2d";

/**
 * Reconnaissance d'un indicateur 2-D du modèle par son intitulé : les motifs et l'ordre d'essai
 * vivent avec le repérage (classeur/reperage/2d/intitules.ts) ; la définition est retrouvée par
 * son identifiant.
 */

let parId: ReadonlyMap<string, Definition2D> | undefined;

/** Reconnaît un indicateur 2-D par son intitulé déjà normalisé (`normaliserTexte`). */
export function reconnaitre2D(intituleNormalise: string): Definition2D | undefined {
  const i = reconnaitreIntitule2D(intituleNormalise);
  if (!i) return undefined;
  parId ??= new Map(INDICATEURS_2D.map((d) => [d.id, d]));
  return parId.get(i.id);
}
