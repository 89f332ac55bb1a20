import { servirTaches } from "../../../src/cli/lot/travailleur";

/** Fil de test du lot : chaque tâche dit comment tomber (ou réussir). */
export type Tache = "ok" | "memoire" | "pile" | "sortie" | "attente" | "exception";

const recursion = (n: number): number => recursion(n + 1) + 1;

servirTaches<Tache, string>((t) => {
  switch (t) {
    case "memoire": {
      const tas: number[][] = [];
      for (;;) tas.push(new Array<number>(1_000_000).fill(1));
    }
    case "pile":
      return String(recursion(0));
    case "sortie":
      return process.exit(3);
    case "attente":
      return new Promise<string>(() => undefined);
    case "exception":
      throw new Error("lecteur en panne");
    default:
      return `fait : ${t}`;
  }
});
