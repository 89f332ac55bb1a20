/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { verifierManifeste } from "./outils/structure";
import { validerAvecXsd } from "./outils/xsd";

const RACINE = join(__dirname, "..", "..");
const MANIFESTE = readFileSync(join(RACINE, "manifest.xml"), "utf8");

/** Remplace une occurrence exacte (le test échoue si le texte n'est plus dans le manifeste). */
function remplacer(xml: string, avant: string | RegExp, apres: string): string {
  const modifie = xml.replace(avant, apres);
  if (modifie === xml) throw new Error(`Motif absent du manifeste : ${String(avant)}`);
  return modifie;
}

/** Dimensions lues dans l'en-tête IHDR d'un PNG (null si ce n'est pas un PNG). */
function dimensionsPng(fichier: string): [number, number] | null {
  const o = readFileSync(fichier);
  if (o.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return null;
  if (o.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return [o.readUInt32BE(16), o.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("est valide pour le XSD maison (xmllint, hors ligne)", () => {
    expect(validerAvecXsd(MANIFESTE)).toEqual({ valide: true, erreurs: [] });
  });

  it("passe la vérification structurelle", () => {
    expect(verifierManifeste(MANIFESTE).problemes).toEqual([]);
  });

  it("ne désigne que des fichiers produits par la construction (pages et icônes PNG réelles)", () => {
    const { urls } = verifierManifeste(MANIFESTE);
    const chemins = [...new Set(urls.map((u) => new URL(u).pathname))].sort();
    expect(chemins).toEqual([
      "/aide.html",
      "/assets/icone-16.png",
      "/assets/icone-32.png",
      "/assets/icone-64.png",
      "/assets/icone-80.png",
      "/commands.html",
      "/taskpane.html",
    ]);
    // dist/assets est une copie de assets/icones ; les pages viennent de src/*/*.html.
    for (const c of chemins.filter((c) => c.startsWith("/assets/"))) {
      const fichier = join(RACINE, "assets", "icones", c.slice("/assets/".length));
      const taille = Number(/icone-(\d+)\.png$/.exec(c)?.[1]);
      expect(dimensionsPng(fichier)).toEqual([taille, taille]);
    }
    expect(existsSync(join(RACINE, "src", "taskpane", "taskpane.html"))).toBe(true);
    expect(existsSync(join(RACINE, "src", "commands", "commands.html"))).toBe(true);
    expect(existsSync(join(RACINE, "src", "aide", "aide.html"))).toBe(true);
  });

  it("signale l'absence de xmllint par un message clair au lieu de sauter la vérification", () => {
    expect(() => validerAvecXsd(MANIFESTE, "xmllint-absent-de-cette-machine")).toThrow(
      /libxml2-utils/,
    );
  });
});

describe("la vérification du manifeste échoue", () => {
  // Les deux vérifications (XSD et structure) doivent refuser ces erreurs-là.
  it.each([
    [
      "sur un GUID invalide",
      remplacer(MANIFESTE, /<Id>[^<]+<\/Id>/, "<Id>a7cbc704-c014-4c6a-aa74-ed462e914f1</Id>"),
      /n'est pas un GUID/,
    ],
    [
      "sur un GUID qui n'est pas hexadécimal",
      remplacer(MANIFESTE, /<Id>[^<]+<\/Id>/, "<Id>g7cbc704-c014-4c6a-aa74-ed462e914f16</Id>"),
      /n'est pas un GUID/,
    ],
    [
      "sur une SourceLocation en http://",
      remplacer(
        MANIFESTE,
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html" />',
      ),
      /URL non https : http:\/\/localhost:3000\/taskpane\.html/,
    ],
    [
      "sur une icône en http://",
      remplacer(
        MANIFESTE,
        'DefaultValue="https://localhost:3000/assets/icone-16.png"',
        'DefaultValue="http://localhost:3000/assets/icone-16.png"',
      ),
      /URL non https/,
    ],
  ])("%s (XSD et structure)", (_nom, xml, attendu) => {
    const xsd = validerAvecXsd(xml);
    expect(xsd.valide).toBe(false);
    expect(xsd.erreurs.join("\n")).toMatch(/Schemas validity error/);
    expect(verifierManifeste(xml).problemes.join("\n")).toMatch(attendu);
  });

  // Ce que seul le XSD voit : longueurs, ordre et valeurs permises des éléments.
  it.each([
    [
      "sur un libellé du ruban de plus de 125 caractères",
      remplacer(
        MANIFESTE,
        'id="CPOM.Group.Label" DefaultValue="Diagnostic CPOM"',
        `id="CPOM.Group.Label" DefaultValue="${"x".repeat(126)}"`,
      ),
      /maxLength/,
    ],
    [
      "sur des éléments dans le désordre",
      remplacer(
        MANIFESTE,
        "<Version>0.1.0.0</Version>\n  <ProviderName>Diagnostic CPOM</ProviderName>",
        "<ProviderName>Diagnostic CPOM</ProviderName>\n  <Version>0.1.0.0</Version>",
      ),
      /This element is not expected/,
    ],
    [
      "sur un type de contrôle inconnu",
      remplacer(MANIFESTE, 'xsi:type="Button"', 'xsi:type="Bouton"'),
      /Bouton/,
    ],
  ])("%s (XSD)", (_nom, xml, attendu) => {
    const xsd = validerAvecXsd(xml);
    expect(xsd.valide).toBe(false);
    expect(xsd.erreurs.join("\n")).toMatch(attendu);
  });

  // Ce que seul le test structurel sait voir.
  it.each([
    [
      "sur un resid qui ne correspond à aucune ressource",
      remplacer(MANIFESTE, '<Label resid="CPOM.Button.Label" />', '<Label resid="Inconnu" />'),
      /resid « Inconnu » \(Label\) ne correspond à aucune ressource/,
    ],
    [
      "sur un resid qui désigne la mauvaise sorte de ressource",
      remplacer(
        MANIFESTE,
        '<FunctionFile resid="Commands.Url" />',
        '<FunctionFile resid="Icon.16x16" />',
      ),
      /resid « Icon\.16x16 » \(FunctionFile\) devrait désigner une ressource Urls/,
    ],
    [
      "sur une traduction en-US manquante",
      remplacer(MANIFESTE, /\s*<Override Locale="en-US" Value="CPOM Diagnostic" \/>/, ""),
      /traduction en-US manquante/,
    ],
    [
      "sur une autre langue par défaut",
      remplacer(
        MANIFESTE,
        "<DefaultLocale>fr-FR</DefaultLocale>",
        "<DefaultLocale>en-US</DefaultLocale>",
      ),
      /DefaultLocale doit valoir fr-FR/,
    ],
    [
      "sur une exigence ExcelApi 1.8",
      remplacer(MANIFESTE, 'Name="ExcelApi" MinVersion="1.9"', 'Name="ExcelApi" MinVersion="1.8"'),
      /ExcelApi doit être en version 1\.9/,
    ],
    [
      "sur des permissions en lecture seule",
      remplacer(
        MANIFESTE,
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadDocument</Permissions>",
      ),
      /Permissions doit valoir ReadWriteDocument/,
    ],
    [
      "sur un bouton déplacé hors de l'onglet Accueil",
      remplacer(MANIFESTE, '<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'),
      /Aucun bouton « Diagnostic CPOM » dans l'onglet Accueil/,
    ],
    [
      "sur une icône de bouton sans la taille 80 px",
      remplacer(
        MANIFESTE,
        /(<Control[\s\S]*?)\s*<bt:Image size="80" resid="Icon\.80x80" \/>/,
        "$1",
      ),
      /n'a pas la taille 80 px/,
    ],
    [
      "sur une URL d'une autre origine",
      remplacer(
        MANIFESTE,
        'DefaultValue="https://localhost:3000/commands.html"',
        'DefaultValue="https://exemple.invalid/commands.html"',
      ),
      /hors de l'origine du volet/,
    ],
    ["sur un XML mal formé", remplacer(MANIFESTE, "</OfficeApp>", ""), /XML mal formé/],
  ])("%s", (_nom, xml, attendu) => {
    expect(verifierManifeste(xml).problemes.join("\n")).toMatch(attendu);
  });
});
