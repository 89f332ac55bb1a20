import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGLAGES_V8, drapeauxManquants, drapeauxV8, reglageV8 } from "../../src/cli/compilateur";

// Un drapeau inconnu de V8 est ignoré avec un simple avertissement (posé en cours de route) ou
// fait refuser le lancement (code 9) : si une version de Node renomme l'un d'eux, ce test le dit.
const options = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
const ICI = drapeauxV8();

describe("drapeaux de V8 de la ligne de commande", () => {
  test.each(ICI.map((d) => [d]))("%s est connu de ce V8, avec une valeur de son type", (d) => {
    const [nom, valeur] = d.split("=");
    const type = new RegExp(`^\\s+${nom}\\s.*\\n\\s+type: (int|bool)\\b`, "m").exec(options)?.[1];
    expect(type).toBeDefined();
    if (type === "int") expect(Number(valeur)).toBeGreaterThan(0);
    else expect(valeur).toBeUndefined();
  });

  test("ce V8 a un réglage mesuré (sinon : mesurer, puis l'ajouter à REGLAGES_V8)", () => {
    expect(ICI.length).toBeGreaterThan(0);
  });

  test.each(Object.entries(REGLAGES_V8))("V8 %s : drapeaux bien formés", (_v, r) => {
    for (const d of [...r.compilateur, ...r.lancement]) expect(d).toMatch(/^--[a-z-]+(=\d+)?$/);
    expect(r.lancement).toContain("--single-threaded-gc");
  });

  test.each<[string, string, readonly string[]]>([
    ["Node 20", "11.3.244.8-node.25", ["--interrupt-budget=1081344"]],
    ["Node 22", "12.4.254.21-node.57", ["--invocation-count-for-turbofan=24000"]],
    ["Node 24", "13.6.233.17-node.63", ["--invocation-count-for-turbofan=24000"]],
    ["Node 26", "14.6.202.34-node.40", ["--invocation-count-for-turbofan=24000"]],
  ])("%s : le drapeau de compilation de sa version", (_n, v8, attendus) => {
    expect(reglageV8(v8).compilateur).toEqual(expect.arrayContaining([...attendus]));
  });

  test.each([["10.2.154.26-node.26"], ["99.0.1"], ["inconnue"]])(
    "V8 %s, non mesuré : aucun drapeau, donc aucune relance",
    (v8) => {
      expect(drapeauxV8(v8)).toEqual([]);
      expect(drapeauxManquants([], v8)).toEqual([]);
    },
  );

  test.each<[string, readonly string[], readonly string[]]>([
    ["lancé sans drapeau : tous à poser", [], ICI],
    ["relancé avec eux : rien à poser", [...ICI], []],
    ["autres options gardées à part", ["--inspect", ...ICI.slice(1)], ICI.slice(0, 1)],
  ])("%s", (_cas, execArgv, attendus) => {
    expect(drapeauxManquants(execArgv)).toEqual(attendus);
  });

  test("le point d'entrée relance Node avec eux avant de charger la ligne de commande", () => {
    const bin = readFileSync(join(__dirname, "..", "..", "bin", "cpom-diagnostic.js"), "utf8");
    const relance = bin.indexOf("spawnSync(process.execPath");
    expect(bin.indexOf("drapeauxManquants(process.execArgv)")).toBeGreaterThan(-1);
    expect(relance).toBeGreaterThan(-1);
    expect(relance).toBeLessThan(bin.indexOf("cli/main.js"));
    // Un Node qui refuse les drapeaux (code 9) ne fait pas échouer la commande.
    expect(bin).toContain("CODE_OPTION_REFUSEE");
  });

  test("relancé, le binaire garde code de sortie et sorties", () => {
    const sortie = execFileSync(
      process.execPath,
      [join(__dirname, "..", "..", "bin", "cpom-diagnostic.js"), "--version"],
      { encoding: "utf8" },
    );
    expect(sortie).toMatch(/\d+\.\d+\.\d+/);
  });
});
