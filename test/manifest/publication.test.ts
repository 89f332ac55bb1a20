/**
 * @jest-environment jsdom
 */
// Le manifeste de PRODUCTION (construit par scripts/publication) passe les mêmes vérifications
// hors ligne que le manifeste de développement : XSD maison + xmllint, et test structurel.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lireAdresse } from "../../scripts/publication/adresse";
import { genererManifeste, versionManifeste } from "../../scripts/publication/manifeste";
import { verifierManifeste } from "./outils/structure";
import { validerAvecXsd } from "./outils/xsd";

const RACINE = join(__dirname, "..", "..");
const DEVELOPPEMENT = readFileSync(join(RACINE, "manifest.xml"), "utf8");
const VERSION = (
  JSON.parse(readFileSync(join(RACINE, "package.json"), "utf8")) as { version: string }
).version;
const chemins = (urls: readonly string[]) =>
  [...new Set(urls.map((u) => new URL(u).pathname))].sort();

describe.each([
  ["l'adresse d'exemple de la CI", "https://intranet.exemple.fr/cpom/"],
  ["une racine de site", "https://cpom.ars.example.org/"],
  ["un port et un chemin profond, sans barre finale", "https://ars.example.org:8443/outils/cpom"],
])("manifeste de production pour %s", (_nom, saisie) => {
  const adresse = lireAdresse(saisie);
  const xml = genererManifeste(DEVELOPPEMENT, adresse, versionManifeste(VERSION));
  const lu = verifierManifeste(xml);

  it("est valide pour le XSD maison (xmllint, hors ligne)", () => {
    expect(validerAvecXsd(xml)).toEqual({ valide: true, erreurs: [] });
  });

  it("passe la vérification structurelle", () => {
    expect(lu.problemes).toEqual([]);
  });

  it("ne contient plus localhost et chacune de ses 11 URL est sous l'adresse", () => {
    expect(xml).not.toMatch(/localhost/i);
    expect(lu.urls).toHaveLength(11);
    for (const u of lu.urls) expect(u.startsWith(adresse)).toBe(true);
  });

  it("désigne les mêmes fichiers que le manifeste de développement", () => {
    const base = new URL(adresse).pathname;
    expect(chemins(lu.urls).map((c) => `/${c.slice(base.length)}`)).toEqual(
      chemins(verifierManifeste(DEVELOPPEMENT).urls),
    );
  });

  it("porte la version de package.json et le même Id", () => {
    expect(xml).toContain(`<Version>${VERSION}.0</Version>`);
    const id = (x: string) => /<Id>([^<]+)<\/Id>/.exec(x)?.[1];
    expect(id(xml)).toBe(id(DEVELOPPEMENT));
  });
});
