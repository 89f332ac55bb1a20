import { main } from "../../../src/cli/main";

/** Lance la commande depuis les sources (tsx), comme bin/cpom-diagnostic.js le fait depuis dist/. */
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`erreur inattendue : ${String(e)}\n`);
    process.exitCode = 2;
  },
);
