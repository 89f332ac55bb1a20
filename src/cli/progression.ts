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
    debut: (i, fichier) => ecrire(`[${i + 1}/${total}] Analyse de « ${fichier} »…\n`),
    fin: (ms) => ecrire(`${total} fichiers analysés en ${secondes(ms)} s.\n`),
  };
}
