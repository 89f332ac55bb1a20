// Budget du volet (issue 20, ADR 0013) : le JavaScript initial de l'entrée « taskpane » (ce que
// le volet charge avant d'afficher quoi que ce soit) ne dépasse pas BUDGET_GZIP octets une fois
// compressé (gzip niveau 6, celui des serveurs web courants). Au-delà, la construction échoue,
// avec la liste des fichiers. Complète `performance.maxEntrypointSize` de webpack (octets bruts).
const { gzipSync } = require("node:zlib");

const BUDGET_GZIP = 200 * 1024;
const ko = (o) => `${(o / 1024).toFixed(1)} Ko`;

class PluginBudgetVolet {
  constructor({ entree = "taskpane", budget = BUDGET_GZIP } = {}) {
    this.entree = entree;
    this.budget = budget;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PluginBudgetVolet", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PluginBudgetVolet", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const point = compilation.entrypoints.get(this.entree);
          if (!point) return;
          const fichiers = point.getFiles().filter((f) => f.endsWith(".js"));
          const tailles = fichiers.map((f) => {
            const source = compilation.getAsset(f)?.source.buffer() ?? Buffer.alloc(0);
            return { f, brut: source.length, gzip: gzipSync(source, { level: 6 }).length };
          });
          const gzip = tailles.reduce((s, t) => s + t.gzip, 0);
          const detail = tailles.map((t) => `${t.f} ${ko(t.brut)} (${ko(t.gzip)} gzip)`);
          if (gzip > this.budget) {
            compilation.errors.push(
              new WebpackError(
                `Budget du volet dépassé : JavaScript initial de « ${this.entree} » ${ko(gzip)} gzip > ${ko(this.budget)} ` +
                  `(${detail.join(", ")}). Chargez à la demande ce qui ne sert pas au premier affichage (ADR 0013).`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = { PluginBudgetVolet, BUDGET_GZIP };
