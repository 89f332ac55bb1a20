import { rendreAnalyser } from "./messages-analyser";

/** Progression d'un lot sur la sortie d'erreur (la sortie standard reste au rapport ou au JSON). */
export interface Progression {
  debut(index: number, fichier: string): void;
  fin(dureeTotaleMs: number): void;
}

const secondes = (ms: number) =>
  (ms / 1000).toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Une ligne par fichier, puis le temps total ; rien pour un fichier seul. */
export function progression(ecrire: (t: string) => void, total: number): Progression {
  if (total < 2) return { debut: () => undefined, fin: () => undefined };
  return {
    debut: (i, fichier) =>
      ecrire(
        rendreAnalyser({ code: "progression/debut", params: { rang: i + 1, total, fichier } }),
      ),
    fin: (ms) =>
      ecrire(
        rendreAnalyser({ code: "progression/fin", params: { total, secondes: secondes(ms) } }),
      ),
  };
}
