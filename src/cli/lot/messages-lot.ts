import { rendu, type MessageDe } from "../../domain/erreurs/gabarit";

/**
 * Précisions d'un fichier dont le fil est tombé (lot d'`analyser` et de `relire`, ADR 0008) : elles
 * complètent le message « illisible » du code (`memoire-depassee`, `delai-depasse`,
 * `erreur-interne`). Un seul rendu (ADR 0015).
 */
export const MESSAGES_LOT = {
  "echec/memoire": "limite {{memoire}} Mo",
  "echec/delai": "plus de {{secondes}} s",
  "echec/lecteur-arrete": "lecteur arrêté : {{detail}}",
  "echec/arret-inattendu": "arrêt inattendu (code {{code}})",
} as const;

export type MessageLot = MessageDe<typeof MESSAGES_LOT>;

export const rendreLot = rendu(MESSAGES_LOT);
