import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { genererClasseur } from "../../scripts/exemple/classeur";
import { genererAutreMiseEnPage } from "../../scripts/exemple-autre/index";
import { drapeauxV8 } from "../../src/cli/compilateur";
import { Dossier, feuillesValides } from "./outils/classeurs";
import { lancerBin, RACINE_PROJET } from "./outils/lancer";

/**
 * Le chemin livré : `npm run build:node` (ce que `prepare` lance à `npm ci`) compile la commande et
 * tout ce qu'elle importe dans dist-node (hors de dist/, que `npm run build` vide) ; `node bin/cpom-diagnostic.js` l'exécute.
 */
jest.setTimeout(180_000);

const dossier = new Dossier();
let classeur: string;
let exemples: string[];

beforeAll(async () => {
  execFileSync("npm", ["run", "-s", "build:node"], { cwd: RACINE_PROJET, stdio: "pipe" });
  classeur = await dossier.classeur("valide.xlsx", feuillesValides());
  exemples = [
    dossier.ecrire("exemple.xlsx", (await genererClasseur("exemple")).buffer),
    dossier.ecrire("autre-mise-en-page.xlsx", (await genererAutreMiseEnPage()).buffer),
  ];
});
afterAll(() => dossier.supprimer());

describe("bin/cpom-diagnostic.js (compilé)", () => {
  it("le paquet déclare la commande et la compile au prepare", () => {
    const pkg = JSON.parse(readFileSync(join(RACINE_PROJET, "package.json"), "utf8"));
    expect(pkg.bin).toEqual({ "cpom-diagnostic": "bin/cpom-diagnostic.js" });
    expect(pkg.scripts.prepare).toBe(pkg.scripts["build:node"]);
  });

  it("la commande compilée est hors de dist/, que `npm run build` (webpack, clean) vide", () => {
    const conf = JSON.parse(readFileSync(join(RACINE_PROJET, "tsconfig.node.json"), "utf8"));
    expect(conf.compilerOptions.outDir).toBe("dist-node");
    expect(readFileSync(join(RACINE_PROJET, "bin", "cpom-diagnostic.js"), "utf8")).toContain(
      "../dist-node/cli/main.js",
    );
  });

  it("--version et --help", () => {
    const pkg = JSON.parse(readFileSync(join(RACINE_PROJET, "package.json"), "utf8"));
    expect(lancerBin(["--version"]).stdout).toBe(`cpom-diagnostic ${pkg.version}\n`);
    const aide = lancerBin(["--help"]);
    expect(aide.code).toBe(0);
    expect(aide.stdout).toContain("Utilisation :");
  });

  it("analyser --json depuis un autre dossier : un document JSON, code 0", () => {
    const r = lancerBin(["analyser", basename(classeur), "--json"], dossier.chemin);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.fichiers[0]).toMatchObject({ fichier: "valide.xlsx", statut: "analyse" });
  });
});

/**
 * `engines` promet Node >= 20.9 ; le point d'entrée relance Node avec des drapeaux de V8 propres à
 * chaque version (ADR 0030 : Node 22 et suivants refusaient de démarrer sur ceux de Node 20). La CI
 * fournit Node 22 et 24 (`.ci/nodes-supplementaires`, CPOM_NODES_SUPPLEMENTAIRES) ; hors CI, sans
 * la variable, ces cas sont sautés.
 */
const AUTRES_NODES = process.env["CPOM_NODES_SUPPLEMENTAIRES"];
const nodes = (AUTRES_NODES ?? "").split(":").filter(Boolean);

test("la CI fournit les autres versions de Node", () => {
  if (process.env["CI"] === "true") expect(AUTRES_NODES).toBeDefined();
  else expect(nodes.every((n) => n.startsWith("/"))).toBe(true);
});

// Jest refuse un tableau vide, même pour des cas sautés : une ligne qui dit pourquoi ils le sont.
const tableNodes =
  nodes.length > 0 ? nodes.map((n) => [n]) : [["(CPOM_NODES_SUPPLEMENTAIRES absente)"]];

(nodes.length > 0 ? describe : describe.skip).each(tableNodes)(
  "le binaire compilé sous %s",
  (node) => {
    it("a un réglage de V8 mesuré pour cette version, accepté au lancement", () => {
      const v8 = execFileSync(node, ["-p", "process.versions.v8"], { encoding: "utf8" }).trim();
      expect(drapeauxV8(v8).length).toBeGreaterThan(0);
      const r = lancerBin(["--version"], RACINE_PROJET, node);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toMatch(/^cpom-diagnostic \d+\.\d+\.\d+\n$/);
    });

    it("analyser --json rend le même document, au même code, que sous ce Node-ci", () => {
      const args = ["analyser", "--json", "--", ...exemples];
      const ici = lancerBin(args);
      const la = lancerBin(args, RACINE_PROJET, node);
      expect(la.stderr).not.toContain("refuse");
      expect(la.code).toBe(ici.code);
      expect(JSON.parse(la.stdout).fichiers).toHaveLength(2);
      expect(la.stdout).toBe(ici.stdout);
    });
  },
);
