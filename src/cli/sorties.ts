/** Où la commande écrit : sortie standard (rapport, JSON) et sortie d'erreur (progression, refus). */
export interface Sorties {
  out(texte: string): void;
  err(texte: string): void;
}

export const SORTIES_PROCESSUS: Sorties = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};
