import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { PluginBudgetVolet } from "../../scripts/mesures/budget-webpack";

/** Le budget gzip du script initial du volet fait échouer la construction (ADR 0013). */
function construire(budget: number): Promise<webpack.Stats> {
  const dossier = mkdtempSync(join(tmpdir(), "cpom-budget-"));
  // Texte peu compressible : ≈ 40 Ko gzip.
  let graine = 1;
  const hasard = () => ((graine = (graine * 16807) % 2147483647) / 2147483647).toString(36);
  writeFileSync(
    join(dossier, "entree.js"),
    `console.log(${JSON.stringify(Array.from({ length: 6000 }, hasard).join(""))});`,
  );
  const compilateur = webpack({
    mode: "production",
    context: dossier,
    entry: { taskpane: "./entree.js" },
    output: { path: join(dossier, "dist") },
    plugins: [new PluginBudgetVolet({ budget })],
  });
  return new Promise((ok, ko) =>
    compilateur.run((e, stats) => {
      rmSync(dossier, { recursive: true, force: true });
      if (e || !stats) ko(e ?? new Error("pas de statistiques"));
      else ok(stats);
    }),
  );
}

describe("budget du volet", () => {
  it("au-delà du budget gzip : erreur de construction, en français, avec les fichiers", async () => {
    const stats = await construire(10 * 1024);
    const erreurs = stats.toJson({ errors: true }).errors ?? [];
    expect(erreurs.map((e) => e.message).join("\n")).toMatch(
      /Budget du volet dépassé : JavaScript initial de « taskpane » [\d.]+ Ko gzip > 10\.0 Ko \(taskpane\.js/,
    );
  });

  it("dans le budget : aucune erreur", async () => {
    const stats = await construire(200 * 1024);
    expect(stats.hasErrors()).toBe(false);
  });
});
