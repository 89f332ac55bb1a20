import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RACINE = join(__dirname, "..", "..");
const TSX = join(RACINE, "node_modules", ".bin", "tsx");

function lancer(args: string[], adresse: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ADRESSE_PUBLICATION;
  if (adresse !== undefined) env.ADRESSE_PUBLICATION = adresse;
  return spawnSync(TSX, ["scripts/publication/cli.ts", ...args], {
    cwd: RACINE,
    env,
    encoding: "utf8",
  });
}

// L'étape lancée après npm run build (postbuild).
describe("cli.ts manifeste", () => {
  let dist = "";
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), "cpom-cli-"));
    writeFileSync(join(dist, "taskpane.html"), "<html></html>");
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("sans ADRESSE_PUBLICATION : le dit en français et n'écrit rien (la construction continue)", () => {
    const r = lancer(["manifeste", "--dist", dist], undefined);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ADRESSE_PUBLICATION n'est pas donnée/);
    expect(existsSync(join(dist, "manifest.xml"))).toBe(false);
  });

  it("avec une adresse http : échoue avec un message en français", () => {
    const r = lancer(["manifeste", "--dist", dist], "http://intranet.exemple.fr/cpom/");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /Publication impossible : ADRESSE_PUBLICATION doit commencer par https/,
    );
    expect(existsSync(join(dist, "manifest.xml"))).toBe(false);
  });

  it("avec une adresse https : écrit dist/manifest.xml sous cette adresse", () => {
    const r = lancer(["manifeste", "--dist", dist], "https://intranet.exemple.fr/cpom");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/11 URL sous https:\/\/intranet\.exemple\.fr\/cpom\//);
    const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://intranet.exemple.fr/cpom/taskpane.html" />',
    );
  });
});

describe("cli.ts verifier (début de npm run paquet)", () => {
  it("exige l'adresse avant toute construction", () => {
    const r = lancer(["verifier"], undefined);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ADRESSE_PUBLICATION est absente/);
  });
});
