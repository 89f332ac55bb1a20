import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import type { DiagnosticRepere } from "../../../../src/domain/classeur/modele";
import { reconnaitreOnglets } from "../../../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../../../src/domain/classeur/reperage/localiser";
import type { WorkbookSnapshot } from "../../../../src/domain/classeur/snapshot";
import { annexe1, axe11, complementaires, creton, financier, tableauEsms } from "../exemples";
import { classeurDe, feuilleDe } from "../fabrique";
import { ecrireXlsx, lireXlsx } from "./xlsx-minimal";

/**
 * Aller-retour fichier : le classeur des exemples est écrit en xlsx (ExcelJS), ré-enregistré par
 * LibreOffice, relu ; onglets et zones repérés doivent être les mêmes qu'avant.
 */

jest.setTimeout(180_000);

/** Empreinte des zones repérées : type → adresses (pour comparer deux repérages). */
function empreinte(r: DiagnosticRepere): Record<string, string[]> {
  const a = (c?: { location: { row: number; col: number } }) =>
    c ? adresseA1(c.location.row, c.location.col) : "-";
  return {
    onglets: r.onglets.map((o) => `${o.nom}:${o.type}`),
    organisme: Object.entries(r.annexe1?.organisme ?? {}).map(([k, c]) => `${k}@${a(c)}`),
    esms: (r.annexe1?.esms ?? []).map(
      (l) => `${l.secteur}@${a(l.champs.finess)}/${a(l.champs.capacite)}`,
    ),
    axes: r.axes.flatMap((x) =>
      x.thematiques.flatMap((t) =>
        t.questions.map((q) => `${q.type}@${q.reponses.map(a).join("+")}`),
      ),
    ),
    flash: (r.flash2b?.esms ?? []).flatMap((e) => Object.values(e.valeurs).map((c) => a(c))),
    d: (r.complementaires2d?.indicateurs ?? []).flatMap((i) =>
      i.colonnes.map((c) => `${c.perimetre}@${a(c.numerateur)}/${a(c.denominateur)}`),
    ),
    e: Object.values(r.financier2e?.tableaux ?? {}).flatMap(
      (t) =>
        t?.lignes.map(
          (l) =>
            `${l.cle}@${Object.values(l.valeurs)
              .map((c) => a(c))
              .join(",")}`,
        ) ?? [],
    ),
    f: (r.creton2f?.lignes ?? []).flatMap((l) =>
      l.valeurs.map((v) => `${v.mode}.${v.orientation}@${a(v.champ)}`),
    ),
  };
}

const reperer = (s: WorkbookSnapshot) => localiser(s, reconnaitreOnglets(s));

describe("fichier ré-enregistré par LibreOffice", () => {
  const dossier = mkdtempSync(join(tmpdir(), "cpom-lo-"));
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));

  const classeur = classeurDe([
    feuilleDe("Accueil", [["Diagnostic CPOM"], ["Cliquez « Ne pas mettre à jour »"]]),
    annexe1(),
    axe11(),
    tableauEsms("2-B FLASH"),
    complementaires("2-D"),
    financier("2-E"),
    creton("2-F"),
  ]);

  it("onglets et zones repérés à l'identique après ExcelJS puis LibreOffice", async () => {
    const source = join(dossier, "diagnostic.xlsx");
    await ecrireXlsx(classeur.sheets, source);
    const sortie = join(dossier, "lo");
    execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", sortie, source], {
      timeout: 120_000,
      stdio: "ignore",
      env: { ...process.env, HOME: dossier },
    });
    const attendu = empreinte(reperer(classeur));
    const ecrit = empreinte(reperer(await lireXlsx(source)));
    const relu = empreinte(reperer(await lireXlsx(join(sortie, "diagnostic.xlsx"))));
    expect(attendu.onglets).toEqual([
      "Accueil:accueil",
      "Annexe 1:annexe-1",
      "Axe 1-1:axe-1-1",
      "2-B FLASH:flash-2b",
      "2-D:complementaires-2d",
      "2-E:financier-2e",
      "2-F:creton-2f",
    ]);
    expect(attendu.esms).toHaveLength(5);
    expect(attendu.f).toHaveLength(16);
    expect(ecrit).toEqual(attendu);
    expect(relu).toEqual(attendu);
  });
});
