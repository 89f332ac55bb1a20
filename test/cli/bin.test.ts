import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Dossier, feuillesValides } from "./outils/classeurs";
import { lancerBin, RACINE_PROJET } from "./outils/lancer";

/**
 * Le chemin livré : `npm run build:node` (ce que `prepare` lance à `npm ci`) compile la commande et
 * tout ce qu'elle importe dans dist-node (hors de dist/, que `npm run build` vide) ; `node bin/cpom-diagnostic.js` l'exécute.
 */
jest.setTimeout(180_000);

const dossier = new Dossier();
let classeur: string;

beforeAll(async () => {
  execFileSync("npm", ["run", "-s", "build:node"], { cwd: RACINE_PROJET, stdio: "pipe" });
  classeur = await dossier.classeur("valide.xlsx", feuillesValides());
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
