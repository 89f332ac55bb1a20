import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { Dossier, feuillesValides } from "./outils/classeurs";
import { FICHES, LISTES, SUIVI } from "./outils/fiches-attendues";
import { lancer } from "./outils/lancer";

/**
 * Client réel : le classeur créé par `fiches` est ouvert par LibreOffice (conversion PDF et
 * ré-enregistrement xlsx). Le PDF porte chaque titre ; après recalcul par LibreOffice, les listes
 * déroulantes sont toujours là et les formules du suivi ont rendu les valeurs des fiches.
 */
jest.setTimeout(180_000);

const dossier = new Dossier();
let texte: string;
let pages: number;
let resauve: WorkbookSnapshot;

function soffice(format: string, entree: string, sortie: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dossier.fichier("profil-lo")}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      sortie,
      entree,
    ],
    { stdio: "ignore" },
  );
}

beforeAll(async () => {
  const diagnostic = await dossier.classeur("diagnostic.xlsx", feuillesValides());
  const fiches = dossier.fichier("fiches.xlsx");
  expect(lancer(["fiches", diagnostic, "--sortie", fiches]).code).toBe(0);
  soffice("pdf", fiches, dossier.fichier("pdf"));
  const pdf = join(dossier.fichier("pdf"), "fiches.pdf");
  texte = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  soffice("xlsx", fiches, dossier.fichier("lo"));
  resauve = await lireClasseurXlsx(join(dossier.fichier("lo"), "fiches.xlsx"));
});
afterAll(() => dossier.supprimer());

describe("fiches ouvertes par LibreOffice", () => {
  it("le PDF porte le titre de chaque fiche et celui du tableau de suivi", () => {
    for (const f of FICHES) expect(texte).toContain(f.titre);
    expect(texte).toContain(SUIVI.titre);
  });

  it("mise en page : une page de large, au plus trois pages par fiche", () => {
    // Sans ajustement à la largeur, chaque fiche s'étalait sur deux pages de large (48 pages).
    expect(pages).toBeLessThanOrEqual(FICHES.length * 3 + 2);
  });

  it("la feuille Listes reste masquée et les listes déroulantes des fiches survivent", () => {
    expect(resauve.sheets.find((s) => s.name === LISTES)?.visibility).toBe("Hidden");
    for (const f of FICHES) {
      const s = resauve.sheets.find((x) => x.name === f.nom);
      const listes = s?.validations.filter((v) => v.type === "list") ?? [];
      expect(listes.length).toBeGreaterThan(0);
      for (const v of listes) expect(v.values?.length).toBeGreaterThan(0);
    }
  });

  it("les formules du suivi sont calculées par LibreOffice : elles rendent les intitulés des fiches", () => {
    const suivi = resauve.sheets.find((s) => s.name === SUIVI.nom);
    const calcules = new Set(
      (suivi?.values ?? []).flatMap((l, i) =>
        l.filter((v, j) => typeof v === "string" && v !== "" && suivi?.formulas[i]?.[j]),
      ),
    );
    for (const f of FICHES) expect(calcules).toContain(f.intitule);
  });
});
