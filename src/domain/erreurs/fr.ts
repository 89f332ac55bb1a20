import { ErreurDiagnostic } from "./erreur-diagnostic";
import { rendu, type MessageDe } from "./gabarit";

/** Les erreurs du domaine dites à l'utilisateur, en français (rendu unique de la zone). */
export const ERREURS_DOMAINE = {
  "plan/rien-de-perdu":
    "Opération « {{titre}} » refusée pour ne rien perdre dans le classeur : rien n'a été écrit.\n{{violations}}\nVérifiez que le classeur n'a pas changé depuis l'analyse, relancez l'analyse puis réessayez.",
  "classeur/onglet-disparu":
    "L'onglet à corriger n'existe plus dans le classeur : actualisez le sommaire puis recommencez.",
  "classeur/type-inconnu": "Type d'onglet inconnu : {{type}}.",
} as const;

export type ErreurDomaine = MessageDe<typeof ERREURS_DOMAINE>;

export const rendreErreurDomaine = rendu(ERREURS_DOMAINE);

/** L'erreur du domaine `m`, son message rendu en français. */
export function erreurDomaine(m: ErreurDomaine): ErreurDiagnostic<ErreurDomaine["code"]> {
  return new ErreurDiagnostic(m.code, m.params, rendreErreurDomaine(m));
}
