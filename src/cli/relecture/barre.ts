import { rendreRelecture } from "./messages-relecture";

/**
 * Barre de progression de `relire` sur la sortie d'erreur : fichier n / N, fichier en cours, temps
 * restant estimé. Sur un terminal, une seule ligne réécrite ; sinon (journal, tube) une ligne par
 * fichier terminé, sans séquence de commande.
 */

export interface BarreProgression {
  debut(index: number, fichier: string): void;
  fin(index: number): void;
  terminer(dureeMs: number): void;
}

const secondes = (ms: number) =>
  (ms / 1000).toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function restant(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60
    ? rendreRelecture({
        code: "barre/minutes",
        params: { minutes: Math.floor(s / 60), secondes: String(s % 60).padStart(2, "0") },
      })
    : rendreRelecture({ code: "barre/secondes", params: { secondes: s } });
}

const court = (f: string, max = 40) => {
  const nom = f.split(/[\\/]/).pop() ?? f;
  return nom.length > max ? `…${nom.slice(-(max - 1))}` : nom;
};

export function barreProgression(
  ecrire: (t: string) => void,
  total: number,
  options: { readonly terminal: boolean; readonly maintenant?: () => number },
): BarreProgression {
  const maintenant = options.maintenant ?? (() => performance.now());
  const depart = maintenant();
  let faits = 0;
  let courant = "";
  const noms = new Map<number, string>();
  const ligne = () => {
    const ecoule = maintenant() - depart;
    const largeur = 20;
    const plein = Math.round((faits / Math.max(1, total)) * largeur);
    const barre = `[${"#".repeat(plein)}${".".repeat(largeur - plein)}]`;
    const params = { barre, faits, total, fichier: court(courant) };
    return faits > 0
      ? rendreRelecture({
          code: "barre/ligne-estimee",
          params: { ...params, restant: restant((ecoule / faits) * (total - faits)) },
        })
      : rendreRelecture({ code: "barre/ligne", params });
  };
  return {
    debut(i, fichier) {
      noms.set(i, fichier);
      courant = fichier;
      if (options.terminal) ecrire(`\r\x1b[2K${ligne()}`);
    },
    fin(i) {
      faits++;
      if (!options.terminal) courant = noms.get(i) ?? courant;
      ecrire(options.terminal ? `\r\x1b[2K${ligne()}` : `${ligne()}\n`);
    },
    terminer(ms) {
      const fin = rendreRelecture({ code: "barre/fin", params: { total, secondes: secondes(ms) } });
      ecrire(`${options.terminal ? "\r\x1b[2K" : ""}${fin}`);
    },
  };
}
