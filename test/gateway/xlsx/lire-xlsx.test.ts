import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { GatewayError } from "../../../src/gateway/port";
import { appliquerTeinte, lireTheme } from "../../../src/gateway/commun/couleurs";
import { ErreurFichier } from "../../../src/gateway/erreurs-fichier";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { classeurDemo } from "./demo";

let saisie: SheetSnapshot;
let feuilles: readonly SheetSnapshot[];

beforeAll(async () => {
  const snap = await lireClasseurXlsx(await classeurDemo());
  feuilles = snap.sheets;
  saisie = snap.sheets[0]!;
});

const cell = <T>(g: readonly (readonly T[])[], a1: string): T | undefined => {
  const col = a1.charCodeAt(0) - 65;
  const row = Number(a1.slice(1)) - 1;
  return g[row - saisie.origin.row]?.[col - saisie.origin.col];
};

describe("lireClasseurXlsx", () => {
  it("plage utilisée : de B2 jusqu'à la zone bleue vide fusionnée B8:C8", () => {
    expect(saisie.origin).toEqual({ row: 1, col: 1 });
    expect([saisie.rowCount, saisie.columnCount]).toEqual([7, 4]);
    expect(saisie.values).toHaveLength(7);
    expect(saisie.values.every((l) => l.length === 4)).toBe(true);
  });

  it.each([
    ["B2", "Libellé", "String", null],
    ["C2", 12.5, "Double", null],
    ["C3", 25, "Double", "=C2*2"],
    ["C4", "#DIV/0!", "Error", "=1/0"],
    ["C5", "", "Empty", "=C2+1"],
    ["B3", true, "Boolean", null],
    ["B4", 45888, "Double", null],
    ["B5", "Rich text", "String", null],
    ["B6", "Fusion", "String", null],
    ["C6", "", "Empty", null],
    ["E7", "", "Empty", null],
  ])("%s : valeur %p, type %s, formule %p", (a1, v, t, f) => {
    expect(cell(saisie.values, a1)).toEqual(v);
    expect(cell(saisie.valueTypes, a1)).toBe(t);
    expect(cell(saisie.formulas, a1)).toBe(f);
  });

  it.each([
    ["D2", "DDEBF7"],
    ["D3", "DCE6F2"], // thème Office 2007 écrit par ExcelJS : accent1 4F81BD + 80 %
    ["D4", "CCFFFF"],
    ["D5", null],
    ["E7", "99CCFF"],
    ["B2", null],
    ["B8", "BDD7EE"],
    ["C8", "BDD7EE"],
  ])("remplissage de %s = %p", (a1, attendu) => {
    expect(cell(saisie.fills, a1)).toBe(attendu);
  });

  it("formats numériques, gras, fusions", () => {
    expect(cell(saisie.numberFormats, "C2")).toBe("0.00");
    expect(cell(saisie.numberFormats, "B2")).toBe("General");
    expect(cell(saisie.bold!, "B2")).toBe(true);
    expect(cell(saisie.bold!, "C2")).toBe(false);
    expect(saisie.merges).toEqual([
      { top: 5, left: 1, bottom: 5, right: 2 },
      { top: 7, left: 1, bottom: 7, right: 2 },
    ]);
  });

  it("validations de liste : en ligne et plage résolue", () => {
    expect(saisie.validations).toEqual(
      expect.arrayContaining([
        {
          range: { top: 1, left: 2, bottom: 2, right: 2 },
          type: "list",
          source: "Oui,Non",
          values: ["Oui", "Non"],
        },
        {
          range: { top: 1, left: 3, bottom: 1, right: 3 },
          type: "list",
          source: "=Listes!$A$1:$A$3",
          values: ["Oui", "Non", "Sans objet"],
        },
      ]),
    );
    expect(saisie.validations).toHaveLength(2);
  });

  it("mise en forme conditionnelle personnalisée : formule et couleur", () => {
    expect(saisie.conditionalFormats).toEqual([
      {
        range: { top: 1, left: 2, bottom: 4, right: 2 },
        type: "Custom",
        formula: '=AND(LEN(C2)=0,N("DIAG-CPOM")=0)',
        fillColor: "FFFF00",
      },
    ]);
  });

  it("feuilles : ordre, ids, visibilité, protection, feuille vide", () => {
    expect(feuilles.map((f) => [f.name, f.position, f.visibility, f.protected])).toEqual([
      ["Saisie", 0, "Visible", false],
      ["Listes", 1, "Hidden", false],
      ["Cachee", 2, "VeryHidden", false],
      ["Protegee", 3, "Visible", true],
    ]);
    expect(new Set(feuilles.map((f) => f.id)).size).toBe(4);
    const vide = feuilles[2]!;
    expect([vide.rowCount, vide.columnCount, vide.values]).toEqual([0, 0, []]);
  });
});

describe("teinte d'Excel (HSL) et thème du classeur", () => {
  it.each([
    ["4F81BD", 0.8, "DCE6F2"],
    ["5B9BD5", 0.59999389629810485, "BDD7EE"],
    ["4F81BD", 0.39997558519241921, "95B3D7"],
    ["FFFFFF", -0.05, "F2F2F2"],
    ["FFFFFF", -0.15, "D9D9D9"],
    ["ABCDEF", 0, "ABCDEF"],
  ])("%s teinte %p → %s", (base, tint, attendu) => {
    expect(appliquerTeinte(base, tint)).toBe(attendu);
  });

  it("lit les couleurs du thème (lt1/dk1 inversés, sysClr lastClr)", () => {
    const xml =
      '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1>' +
      '<a:lt1><a:srgbClr val="FEFEFE"/></a:lt1><a:accent1><a:srgbClr val="5b9bd5"/></a:accent1></a:clrScheme>';
    const t = lireTheme(xml);
    expect([t[0], t[1], t[4]]).toEqual(["FEFEFE", "111111", "5B9BD5"]);
  });
});

describe("fichiers illisibles : GatewayError « Unreadable », code stable (raison) et message français", () => {
  const dossier = mkdtempSync(join(tmpdir(), "lire-xlsx-"));
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  it.each([
    ["vide", new Uint8Array(0), "fichier-vide", /vide/],
    [
      "texte",
      Buffer.from("bonjour, ceci n'est pas un classeur"),
      "pas-un-classeur",
      /n'est pas un classeur Excel/,
    ],
    ["zip tronqué", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "endommage", /illisible/],
    ["ancien .xls", ole, "format-xls", /97-2003/],
    [
      "chiffré",
      Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le")]),
      "chiffre",
      /mot de passe/,
    ],
  ])("%s", async (_nom, octets, raison, message) => {
    const e = await lireClasseurXlsx(octets).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).code).toBe("Unreadable");
    expect((e as ErreurFichier).raison).toBe(raison);
    expect((e as GatewayError).message).toMatch(message);
  });

  it("refuse un chemin .xls et un chemin absent", async () => {
    const xls = join(dossier, "ancien.xls");
    writeFileSync(xls, ole);
    await expect(lireClasseurXlsx(xls)).rejects.toThrow(/97-2003/);
    await expect(lireClasseurXlsx(join(dossier, "absent.xlsx"))).rejects.toThrow(/introuvable/);
    await expect(lireClasseurXlsx(dossier)).rejects.toThrow(/est un dossier/);
  });

  it("lit un .xlsm", async () => {
    const chemin = join(dossier, "macro.xlsm");
    writeFileSync(chemin, await classeurDemo());
    const snap = await lireClasseurXlsx(chemin);
    expect(snap.sheets.map((s) => s.name)).toContain("Saisie");
  });
});
