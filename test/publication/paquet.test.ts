import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { ErreurPublication } from "../../scripts/publication/adresse";
import { construirePaquet, fichiersAPublier } from "../../scripts/publication/paquet";

const MODELE = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const ADRESSE = "https://intranet.exemple.fr/cpom/";
const CSP = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">';

/** Un dist/ minimal, comme la construction le produit (CLI compilée et source maps comprises). */
function faux(fichiers: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), "cpom-dist-"));
  for (const [nom, contenu] of Object.entries(fichiers)) {
    mkdirSync(dirname(join(dist, nom)), { recursive: true });
    writeFileSync(join(dist, nom), contenu);
  }
  return dist;
}

const CONSTRUIT = {
  "taskpane.html": `<html><head>${CSP}</head></html>`,
  "commands.html": "<html></html>",
  "aide.html": "<html></html>",
  "taskpane.1234abcd.js": "console.log(1)",
  "taskpane.1234abcd.js.map": "{}",
  "assets/icone-16.png": "png",
  "node/cli/main.js": "cli",
  "manifest.xml": "<ancien/>",
};

describe("paquet de publication", () => {
  const dossiers: string[] = [];
  afterAll(() => dossiers.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dist = (f: Record<string, string>) => {
    const d = faux(f);
    dossiers.push(d);
    return d;
  };

  it("ne publie ni la CLI compilée, ni les source maps, ni un ancien manifeste", () => {
    expect(fichiersAPublier(dist(CONSTRUIT))).toEqual([
      "aide.html",
      "assets/icone-16.png",
      "commands.html",
      "taskpane.1234abcd.js",
      "taskpane.html",
    ]);
  });

  it("archive le contenu web, le manifeste de production et un LISEZMOI qui les cite", async () => {
    const paquet = construirePaquet({
      dist: dist(CONSTRUIT),
      modele: MODELE,
      adresse: ADRESSE,
      version: "1.2.3",
      date: new Date(2026, 0, 15),
    });
    expect(paquet.nom).toBe("diagnostic-cpom-1.2.3.zip");
    const archive = await JSZip.loadAsync(paquet.zip, { checkCRC32: true });
    expect(Object.keys(archive.files).sort()).toEqual([...paquet.fichiers]);
    expect(paquet.fichiers).toEqual(expect.arrayContaining(["manifest.xml", "LISEZMOI.txt"]));
    const manifeste = await archive.file("manifest.xml")?.async("string");
    expect(manifeste).toBe(paquet.manifeste);
    expect(manifeste).toContain("<Version>1.2.3.0</Version>");
    const lisezmoi = (await archive.file("LISEZMOI.txt")?.async("string")) ?? "";
    expect(lisezmoi).toContain(`${ADRESSE}taskpane.html`);
    expect(lisezmoi).toContain("https://appsforoffice.microsoft.com");
    expect(lisezmoi).toContain("- taskpane.1234abcd.js");
    expect(lisezmoi).not.toContain(".map");
  });

  it.each([
    ["sans dossier", null, /est introuvable : construisez d'abord/],
    [
      "sans taskpane.html",
      { "commands.html": "", "aide.html": "" },
      /ne contient pas taskpane\.html/,
    ],
    [
      "d'une construction de développement (sans CSP)",
      { ...CONSTRUIT, "taskpane.html": "<html></html>" },
      /pas de politique de sécurité \(CSP\)/,
    ],
  ])("refuse un dist/ %s", (_nom, fichiers, attendu) => {
    const d = fichiers ? dist(fichiers) : join(tmpdir(), "cpom-dist-absent-0");
    expect(() => fichiersAPublier(d)).toThrow(ErreurPublication);
    expect(() => fichiersAPublier(d)).toThrow(attendu);
  });
});
