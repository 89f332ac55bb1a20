import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { classeurDemo } from "./demo";

/** Un gestionnaire ré-enregistre le classeur dans LibreOffice : on doit le lire aussi bien. */
jest.setTimeout(120_000);

let avant: WorkbookSnapshot;
let apres: WorkbookSnapshot;
const dossier = mkdtempSync(join(tmpdir(), "lo-"));

beforeAll(async () => {
  const octets = await classeurDemo();
  avant = await lireClasseurXlsx(octets);
  const entree = join(dossier, "demo.xlsx");
  writeFileSync(entree, octets);
  const sortie = join(dossier, "lo");
  execFileSync("soffice", [
    `-env:UserInstallation=file://${join(dossier, "profil")}`,
    "--headless",
    "--convert-to",
    "xlsx",
    "--outdir",
    sortie,
    entree,
  ]);
  apres = await lireClasseurXlsx(join(sortie, "demo.xlsx"));
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("classeur ré-enregistré par LibreOffice", () => {
  it("mêmes feuilles et protections ; « très masquée » devient « masquée » (LibreOffice)", () => {
    const resume = (s: WorkbookSnapshot) =>
      s.sheets.map((f) => [
        f.name,
        f.position,
        f.visibility.replace("VeryHidden", "Hidden"),
        f.protected,
      ]);
    expect(resume(apres)).toEqual(resume(avant));
    expect(apres.sheets.map((f) => f.protected)).toEqual([false, false, false, true]);
  });

  it("mêmes remplissages pleins résolus (thème + teinte devenus argb)", () => {
    // LibreOffice aplatit un motif (« darkGray » bleu, D5) en couleur pleine mélangée : exclu.
    const pleins = (s: WorkbookSnapshot) =>
      s.sheets[0]!.fills.map((l, i) => l.map((f, j) => (i === 3 && j === 2 ? "motif" : f)));
    expect(pleins(apres)).toEqual(pleins(avant));
    expect(apres.sheets[0]!.fills[1]![2]).toBe("DCE6F2");
  });

  it("mêmes valeurs constantes et mêmes formules ; cache recalculé", () => {
    const a = avant.sheets[0]!;
    const b = apres.sheets[0]!;
    expect([b.origin, b.rowCount, b.columnCount]).toEqual([a.origin, a.rowCount, a.columnCount]);
    // LibreOffice écrit un booléen constant comme formule « =TRUE() » : la valeur reste un booléen.
    expect(b.formulas.map((l) => l.map((f) => (f === "=TRUE()" ? null : f)))).toEqual(a.formulas);
    expect([b.values[1]![0], b.valueTypes[1]![0]]).toEqual([true, "Boolean"]);
    expect(b.values[0]).toEqual(a.values[0]);
    expect(b.values[3]![1]).toBe(13.5); // =C2+1 sans cache avant, calculé par LibreOffice
    expect(b.merges).toEqual(a.merges);
  });

  it("mêmes listes déroulantes (la 2e formule « 0 » ajoutée est ignorée)", () => {
    const tri = (s: WorkbookSnapshot) =>
      [...s.sheets[0]!.validations].sort((x, y) => x.range.left - y.range.left);
    expect(tri(apres)).toEqual(tri(avant));
  });

  it("même mise en forme conditionnelle (motif omis par LibreOffice)", () => {
    expect(apres.sheets[0]!.conditionalFormats).toEqual(avant.sheets[0]!.conditionalFormats);
  });
});
