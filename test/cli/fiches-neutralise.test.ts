import ExcelJS from "exceljs";
import { axe11 } from "../domain/classeur/exemples";
import { avec, Dossier, feuillesValides } from "./outils/classeurs";
import { lancer } from "./outils/lancer";

/** Un texte du diagnostic qui ressemble à une formule reste un texte dans les fiches créées. */
jest.setTimeout(120_000);

const dossier = new Dossier();
afterAll(() => dossier.supprimer());

it("un point d'amélioration « =HYPERLINK(…) » est repris neutralisé (apostrophe), jamais en formule", async () => {
  const piege = '=HYPERLINK("http://exemple.invalid","clic")';
  const feuilles = feuillesValides().map((s) =>
    s.name === axe11().name ? avec(axe11(), { B14: piege }) : s,
  );
  const diagnostic = await dossier.classeur("diagnostic.xlsx", feuilles);
  const sortie = dossier.fichier("fiches.xlsx");
  const r = lancer(["fiches", diagnostic, "--sortie", sortie]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sortie);
  const textes: string[] = [];
  const formules: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula) formules.push(c.formula);
        else if (typeof c.value === "string") textes.push(c.value);
      }),
    );
  }
  expect(textes.some((t) => t.includes(`'${piege}`))).toBe(true);
  expect(textes.some((t) => t.startsWith(piege))).toBe(false);
  expect(formules.some((f) => f.includes("HYPERLINK"))).toBe(false);
});
