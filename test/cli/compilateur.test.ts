import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DRAPEAUX_V8, drapeauxManquants } from "../../src/cli/compilateur";

// Un drapeau inconnu de V8 est ignoré avec un simple avertissement : si une version de Node
// renomme l'un d'eux, ce test le dit (le réglage de l'ADR 0026 serait perdu sans autre signe).
const options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });

describe("drapeaux de V8 de la ligne de commande", () => {
  test.each(DRAPEAUX_V8.map((d) => [d]))(
    "%s est connu de ce V8, avec une valeur de son type",
    (d) => {
      const [nom, valeur] = d.split("=");
      const type = new RegExp(`^\\s+${nom}\\s.*\\n\\s+type: (int|bool)\\b`, "m").exec(options)?.[1];
      expect(type).toBeDefined();
      if (type === "int") expect(Number(valeur)).toBeGreaterThan(0);
      else expect(valeur).toBeUndefined();
    },
  );

  test.each<[string, readonly string[], readonly string[]]>([
    ["lancé sans drapeau : tous à poser", [], DRAPEAUX_V8],
    ["relancé avec eux : rien à poser", [...DRAPEAUX_V8], []],
    [
      "autres options gardées à part",
      ["--inspect", ...DRAPEAUX_V8.slice(1)],
      DRAPEAUX_V8.slice(0, 1),
    ],
  ])("%s", (_cas, execArgv, attendus) => {
    expect(drapeauxManquants(execArgv)).toEqual(attendus);
  });

  test("le point d'entrée relance Node avec eux avant de charger la ligne de commande", () => {
    const bin = readFileSync(join(__dirname, "..", "..", "bin", "cpom-diagnostic.js"), "utf8");
    const relance = bin.indexOf("spawnSync(process.execPath");
    expect(bin.indexOf("drapeauxManquants(process.execArgv)")).toBeGreaterThan(-1);
    expect(relance).toBeGreaterThan(-1);
    expect(relance).toBeLessThan(bin.indexOf("cli/main.js"));
  });

  test("relancé, le binaire garde code de sortie et sorties", () => {
    const sortie = execFileSync(
      process.execPath,
      [join(__dirname, "..", "..", "bin", "cpom-diagnostic.js"), "--version"],
      {
        encoding: "utf8",
      },
    );
    expect(sortie).toMatch(/\d+\.\d+\.\d+/);
  });
});
