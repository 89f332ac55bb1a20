#!/usr/bin/env node
"use strict";
// Point d'entrée de la ligne de commande des coordonnateurs (compilée par `npm ci` via `prepare`).
let main;
try {
  // Avant tout autre module : Node relancé avec les drapeaux de V8 des lots, hérités par les fils
  // (ADR 0026, 0030) ; sans relance possible, les drapeaux du compilateur posés ici. Un Node qui
  // refuse un drapeau (code 9, avant toute ligne de la commande) : la commande continue sans eux.
  const v8 = require("../dist-node/cli/compilateur.js");
  const manquants = v8.drapeauxManquants(process.execArgv);
  if (manquants.length > 0) {
    const { spawnSync } = require("node:child_process");
    const args = [...process.execArgv, ...manquants, __filename, ...process.argv.slice(2)];
    const r = spawnSync(process.execPath, args, { stdio: "inherit" });
    if (!r.error && r.status !== v8.CODE_OPTION_REFUSEE) {
      if (r.signal) process.kill(process.pid, r.signal);
      process.exit(r.status ?? 2);
    }
    if (r.error) v8.reglerCompilateurSurPlace();
    else {
      process.stderr.write(
        "cpom-diagnostic : ce Node refuse les réglages de V8 prévus pour les lots ; la commande continue avec ses réglages par défaut.\n",
      );
    }
  }
  ({ main } = require("../dist-node/cli/main.js"));
} catch (e) {
  process.stderr.write(
    "cpom-diagnostic : la ligne de commande n'est pas compilée. Lancez « npm run build:node » puis réessayez.\n" +
      `(${e && e.message})\n`,
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`cpom-diagnostic : erreur inattendue : ${e && e.message}\n`);
    process.exitCode = 2;
  },
);
