import { join } from "node:path";
import { executerLot } from "../../../src/cli/lot/pool";
import type { Tache } from "./fil-plantage";

/**
 * Le lot isole chaque tâche dans un fil borné : mémoire épuisée, pile débordée, arrêt brutal,
 * délai dépassé ou exception ne font échouer que leur tâche ; les suivantes sont faites (ADR 0008).
 */
jest.setTimeout(120_000);

const SCRIPT = join(__dirname, "fil-plantage.ts");

describe("executerLot", () => {
  it("chaque plantage est rendu en échec à sa place, le lot continue et finit", async () => {
    const taches: Tache[] = [
      "ok",
      "memoire",
      "ok",
      "pile",
      "sortie",
      "ok",
      "attente",
      "exception",
      "ok",
    ];
    const debuts: number[] = [];
    const fins: number[] = [];
    const issues = await executerLot<Tache, string>({
      script: SCRIPT,
      taches,
      memoireMo: 64,
      delaiMs: 10_000,
      surDebut: (i) => debuts.push(i),
      surFin: (i) => fins.push(i),
    });
    const resume = issues.map((x) => (x.kind === "ok" ? x.valeur : x.cause));
    expect(resume).toEqual([
      "fait : ok",
      "memoire",
      "fait : ok",
      "plantage",
      "plantage",
      "fait : ok",
      "delai",
      "plantage",
      "fait : ok",
    ]);
    expect(issues[3]).toMatchObject({ detail: expect.stringMatching(/call stack/i) });
    expect(issues[7]).toMatchObject({ detail: "lecteur en panne" });
    expect(debuts).toEqual(taches.map((_, i) => i));
    expect([...fins].sort((a, b) => a - b)).toEqual(taches.map((_, i) => i));
  });

  it("deux fils en parallèle : une issue par tâche, dans l'ordre des tâches", async () => {
    const taches: Tache[] = ["ok", "exception", "ok", "ok"];
    const issues = await executerLot<Tache, string>({ script: SCRIPT, taches, concurrence: 2 });
    expect(issues.map((x) => x.kind)).toEqual(["ok", "echec", "ok", "ok"]);
  });

  it("un lot vide rend une liste vide", async () => {
    await expect(executerLot({ script: SCRIPT, taches: [] })).resolves.toEqual([]);
  });
});
