import type { ValeurParametre } from "./gabarit";

/**
 * Une erreur **pour l'utilisateur** : un code stable, ses paramètres, et le texte français déjà
 * rendu par le rendu de sa zone (`message`). Toute autre erreur est une faute du programme : le
 * volet l'enveloppe dans « Erreur inattendue » (`messageErreur`, use-cases/session).
 */
export class ErreurDiagnostic<
  C extends string = string,
  P extends Readonly<Record<string, ValeurParametre>> = Readonly<Record<string, ValeurParametre>>,
> extends Error {
  constructor(
    readonly code: C,
    readonly params: P,
    message: string,
  ) {
    super(message);
    this.name = "ErreurDiagnostic";
  }
}
