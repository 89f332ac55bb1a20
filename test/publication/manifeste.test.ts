import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErreurPublication } from "../../scripts/publication/adresse";
import {
  genererManifeste,
  urlsDuManifeste,
  versionManifeste,
} from "../../scripts/publication/manifeste";

const DEVELOPPEMENT = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const ADRESSE = "https://intranet.exemple.fr/cpom/";

describe("versionManifeste", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["12.0.3", "12.0.3.0"],
  ])("%s → %s", (v, attendue) => {
    expect(versionManifeste(v)).toBe(attendue);
  });

  it.each(["1.0.0-beta.1", "1.0", "v1.0.0", "1.0.0.0"])("refuse « %s »", (v) => {
    expect(() => versionManifeste(v)).toThrow(/doit être de la forme 1\.2\.3/);
  });
});

describe("genererManifeste", () => {
  const xml = genererManifeste(DEVELOPPEMENT, ADRESSE, "2.3.4.0");

  it("reporte toutes les URL sous l'adresse, y compris SupportUrl", () => {
    expect(urlsDuManifeste(xml)).toContain(`${ADRESSE}aide.html`);
    expect(urlsDuManifeste(xml).every((u) => u.startsWith(ADRESSE))).toBe(true);
    expect(urlsDuManifeste(xml)).toHaveLength(urlsDuManifeste(DEVELOPPEMENT).length);
  });

  it("pose la version et un en-tête de production (sans consigne de remplacement à la main)", () => {
    expect(xml).toContain("<Version>2.3.4.0</Version>");
    expect(xml).toMatch(/Manifeste de PRODUCTION/);
    expect(xml).toContain(`ADRESSE_PUBLICATION=${ADRESSE}`);
    expect(xml).not.toMatch(/DÉVELOPPEMENT/);
  });

  it("est déterministe", () => {
    expect(genererManifeste(DEVELOPPEMENT, ADRESSE, "2.3.4.0")).toBe(xml);
  });

  it.each([
    [
      "une URL ajoutée hors de localhost:3000",
      DEVELOPPEMENT.replace(
        'DefaultValue="https://localhost:3000/aide.html"',
        'DefaultValue="https://autre.example.org/aide.html"',
      ),
      /pas sous https:\/\/intranet\.exemple\.fr\/cpom\/ : https:\/\/autre\.example\.org\/aide\.html/,
    ],
    [
      "un manifeste sans URL de développement",
      DEVELOPPEMENT.split("https://localhost:3000/").join("https://ailleurs.example.org/"),
      /n'a pas la forme attendue/,
    ],
    [
      "un manifeste sans <Version>",
      DEVELOPPEMENT.replace(/<Version>[^<]*<\/Version>/, ""),
      /n'a pas la forme attendue/,
    ],
  ])("refuse %s", (_nom, modele, attendu) => {
    expect(() => genererManifeste(modele, ADRESSE, "1.0.0.0")).toThrow(ErreurPublication);
    expect(() => genererManifeste(modele, ADRESSE, "1.0.0.0")).toThrow(attendu);
  });
});
