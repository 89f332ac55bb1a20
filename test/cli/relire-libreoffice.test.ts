import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Dossier } from "./outils/classeurs";
import { ecrireBilanInjecte, INJECTIONS, type BilanInjecte } from "./outils/bilan-injecte";

/**
 * Client réel : le bilan .xlsx de `relire` est ouvert par LibreOffice (rendu PDF, puis image par
 * pdftoppm, et ré-enregistrement xlsx) ; les textes hostiles venus des classeurs y restent des
 * textes (aucune formule, ni dans notre fichier, ni après le passage par LibreOffice).
 */
jest.setTimeout(240_000);

const dossier = new Dossier();
let bilan: BilanInjecte;
let texte: string;

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

async function formules(chemin: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(chemin);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) out.push(`${ws.name}!${c.address}`);
      }),
    ),
  );
  return out;
}

beforeAll(async () => {
  bilan = await ecrireBilanInjecte(dossier.chemin);
  soffice("pdf", bilan.xlsx, dossier.fichier("pdf"));
  const pdf = join(dossier.fichier("pdf"), "bilan.pdf");
  texte = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "40",
    "-f",
    "1",
    "-l",
    "2",
    pdf,
    dossier.fichier("page"),
  ]);
  soffice("xlsx", bilan.xlsx, dossier.fichier("lo"));
});
afterAll(() => dossier.supprimer());

describe("bilan xlsx ouvert par LibreOffice", () => {
  it("relire a écrit les deux rapports (code 2 : un retour illisible)", () => {
    expect(bilan.code).toBe(2);
    expect(existsSync(bilan.xlsx)).toBe(true);
  });

  it("le PDF porte la synthèse, les priorités et chaque fichier ; les pages se rendent en image", () => {
    for (const t of [
      "Synthèse",
      "À appeler",
      "a-formule.xlsx",
      "c-decale.xlsx",
      "d-abime.xlsx",
      "Complétude",
    ]) {
      expect(texte).toContain(t);
    }
    const images = readdirSync(dossier.chemin).filter(
      (f) => f.startsWith("page") && f.endsWith(".png"),
    );
    expect(images.length).toBeGreaterThanOrEqual(1);
    for (const i of images) expect(statSync(join(dossier.chemin, i)).size).toBeGreaterThan(1000);
  });

  it("les textes hostiles restent des textes : aucune formule, avant ou après LibreOffice", async () => {
    expect(await formules(bilan.xlsx)).toEqual([]);
    expect(await formules(join(dossier.fichier("lo"), "bilan.xlsx"))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(bilan.xlsx);
    const textes: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((r) =>
        r.eachCell((c) => void (typeof c.value === "string" && textes.push(c.value))),
      ),
    );
    expect(textes).toContain(`'${INJECTIONS.formule}`);
    expect(textes).toContain(`'${INJECTIONS.commande}`);
    expect(textes.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
  });
});
