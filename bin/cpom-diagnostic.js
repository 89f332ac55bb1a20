#!/usr/bin/env node
"use strict";
// Point d'entrée de la ligne de commande des coordonnateurs (compilée par `npm ci` via `prepare`).
let main;
try {
  // Avant tout autre module : réglage du compilateur de V8, hérité par les fils (ADR 0026).
  require("../dist-node/cli/compilateur.js").reglerCompilateur();
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
