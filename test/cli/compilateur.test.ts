import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DRAPEAUX_V8 } from "../../src/cli/compilateur";

// setFlagsFromString ignore sans rien dire un drapeau inconnu : si une version de Node renomme
// l'un d'eux, ce test le dit (le réglage de l'ADR 0026 serait perdu sans autre signe).
const options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });

describe("drapeaux de V8 de la ligne de commande", () => {
  test.each(DRAPEAUX_V8.map((d) => [d]))("%s est connu de ce V8, de type entier", (d) => {
    const [nom, valeur] = d.split("=");
    expect(options).toMatch(new RegExp(`^\\s+${nom}\\s.*\\n\\s+type: int\\b`, "m"));
    expect(Number(valeur)).toBeGreaterThan(0);
  });

  test("le point d'entrée les pose avant de charger la ligne de commande", () => {
    const bin = readFileSync(join(__dirname, "..", "..", "bin", "cpom-diagnostic.js"), "utf8");
    expect(bin.indexOf("reglerCompilateur()")).toBeGreaterThan(-1);
    expect(bin.indexOf("reglerCompilateur()")).toBeLessThan(bin.indexOf("cli/main.js"));
  });
});
