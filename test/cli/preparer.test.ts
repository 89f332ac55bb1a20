import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { EMPREINTE_NS, lireEmpreinte } from "../../src/domain/relecture";
import { ecrirePartieXml, lirePartieXml } from "../../src/gateway/xlsx/parties-xml";
import { donneesBrutes, lireRepertoire } from "../../src/gateway/xlsx/zip";
import { Dossier, empreinte } from "./outils/classeurs";
import { lancer } from "./outils/lancer";
import { classeurEnvoye, DECALAGES, retour, type Mutation } from "./outils/retours";

/**
 * `preparer` : une copie du classeur envoyé qui porte l'empreinte de ses valeurs pré-renseignées
 * (ADR 0012) ; `relire` vérifie ensuite un retour sans le classeur envoyé et signale une empreinte
 * absente ou altérée.
 */
jest.setTimeout(120_000);

const dossier = new Dossier();
let envoi: string;
let prepare: string;
let xml: string;

const SEMEES: Mutation[] = [
  { kind: "valeur", onglet: "2-B FLASH", cellule: "D6", valeur: 0.5 },
  { kind: "valeur", onglet: "2-C ANAP", cellule: "E7", valeur: 0.42 },
];

function contenus(octets: Buffer): Map<string, string> {
  return new Map(
    lireRepertoire(octets, 5000).map((e) => {
      const brut = donneesBrutes(octets, e);
      return [e.nom, (e.methode === 0 ? brut : inflateRawSync(brut)).toString("base64")];
    }),
  );
}

beforeAll(async () => {
  envoi = dossier.ecrire("envoi.xlsx", await classeurEnvoye());
  prepare = dossier.fichier("envoi-prepare.xlsx");
});
afterAll(() => dossier.supprimer());

describe("preparer", () => {
  it("crée la copie avec l'empreinte ; l'original n'est pas modifié", () => {
    const avant = empreinte(envoi);
    const r = lancer(["preparer", envoi, "--sortie", prepare]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Empreinte de 172 valeur\(s\) pré-renseignée\(s\)/);
    expect(empreinte(envoi)).toBe(avant);
    xml = lirePartieXml(readFileSync(prepare), EMPREINTE_NS) ?? "";
    const e = lireEmpreinte(xml);
    expect(e.kind).toBe("valide");
    expect(e.kind === "valide" && e.valeurs.length).toBe(172);
  });

  it("toutes les parties de l'original sont recopiées à l'identique (sauf types et relations)", async () => {
    const a = contenus(readFileSync(envoi));
    const b = contenus(readFileSync(prepare));
    for (const [nom, c] of a) {
      if (nom === "[Content_Types].xml" || nom === "xl/_rels/workbook.xml.rels") continue;
      expect([nom, b.get(nom)]).toEqual([nom, c]);
    }
    expect([...b.keys()].filter((k) => !a.has(k)).sort()).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(prepare) as never);
    expect(wb.worksheets.length).toBeGreaterThan(10);
  });

  it.each([
    ["existe déjà", () => prepare, /existe déjà : il n'est jamais écrasé/],
    ["même fichier", () => envoi, /est un classeur lu/],
    [
      "autre extension",
      () => dossier.fichier("copie.xlsm"),
      /doit avoir l'extension du classeur envoyé/,
    ],
  ])("refus (%s) : code 2, rien d'écrit", (_, sortie, motif) => {
    const r = lancer(["preparer", envoi, "--sortie", sortie()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(motif);
  });
});

describe("relire avec l'empreinte, sans le classeur envoyé", () => {
  let doc: {
    fichiers: {
      fichier: string;
      reference: string | null;
      empreinte: string;
      prerenseignees_modifiees: unknown[];
      constats: { controle: string; gravite: string }[];
    }[];
  };
  beforeAll(async () => {
    // Excel garde la partie à l'enregistrement : on la remet dans les retours modifiés par ExcelJS.
    const avecPartie = async (m: Mutation[], x: string) =>
      ecrirePartieXml(await retour(readFileSync(envoi), m), EMPREINTE_NS, x);
    dossier.ecrire("r-intact.xlsx", readFileSync(prepare));
    dossier.ecrire("r-decale.xlsx", await avecPartie([...DECALAGES], xml));
    dossier.ecrire("r-modifie.xlsx", await avecPartie([...SEMEES, ...DECALAGES], xml));
    dossier.ecrire("r-altere.xlsx", await avecPartie([], xml.replace(">0.909<", ">0.5<")));
    dossier.ecrire("r-sans.xlsx", await retour(readFileSync(envoi), []));
    const noms = ["r-intact", "r-decale", "r-modifie", "r-altere", "r-sans"];
    const r = lancer(
      ["relire", ...noms.map((n) => dossier.fichier(`${n}.xlsx`)), "--json"],
      undefined,
      {},
      110_000,
    );
    doc = JSON.parse(r.stdout);
  });
  const f = (n: string) => doc.fichiers.find((x) => x.fichier.endsWith(`${n}.xlsx`))!;

  it("intact ou décalé : empreinte valide, aucune différence", () => {
    for (const n of ["r-intact", "r-decale"]) {
      expect(f(n)).toMatchObject({
        reference: null,
        empreinte: "valide",
        prerenseignees_modifiees: [],
      });
    }
  });

  it("modifié : les valeurs semées, d'après l'empreinte", () => {
    expect(f("r-modifie").empreinte).toBe("valide");
    expect(f("r-modifie").prerenseignees_modifiees).toHaveLength(2);
  });

  it("empreinte altérée ou absente : signalée", () => {
    expect(f("r-altere").empreinte).toBe("alteree");
    expect(f("r-altere").constats).toContainEqual(
      expect.objectContaining({ controle: "relecture/empreinte-alteree", gravite: "alerte" }),
    );
    expect(f("r-sans").empreinte).toBe("absente");
    expect(f("r-sans").constats).toContainEqual(
      expect.objectContaining({ controle: "relecture/empreinte-absente", gravite: "info" }),
    );
  });
});
