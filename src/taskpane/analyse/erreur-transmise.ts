import { ErreurDiagnostic } from "../../domain/erreurs/erreur-diagnostic";
import type { ValeurParametre } from "../../domain/erreurs/gabarit";

/**
 * Une erreur levée dans le fil d'analyse, telle qu'elle traverse `postMessage` (ADR 0015, 0022) :
 * le clonage structuré ne garde ni la classe ni les champs d'une `Error`. Une `ErreurDiagnostic`
 * (erreur pour l'utilisateur) passe en `{ code, params }` avec son texte français et redevient une
 * `ErreurDiagnostic` de l'autre côté : la session dit alors son message tel quel, pas « Erreur
 * inattendue ». Toute autre erreur reste une faute du programme (`Error`, son message).
 */
export interface ErreurTransmise {
  readonly message: string;
  readonly diagnostic: {
    readonly code: string;
    readonly params: Readonly<Record<string, ValeurParametre>>;
  } | null;
}

/** Côté fil : l'erreur en données simples (clonables). */
export function transmettreErreur(e: unknown): ErreurTransmise {
  if (e instanceof ErreurDiagnostic)
    return { message: e.message, diagnostic: { code: e.code, params: { ...e.params } } };
  return { message: e instanceof Error ? e.message : String(e), diagnostic: null };
}

/** Côté volet : l'erreur reconstruite, de la même sorte qu'au départ. */
export function reconstruireErreur(t: ErreurTransmise): Error {
  if (t.diagnostic) return new ErreurDiagnostic(t.diagnostic.code, t.diagnostic.params, t.message);
  return new Error(t.message);
}
