import { copyFileSync, symlinkSync } from "node:fs";
import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { lireFiche } from "../../src/domain/fiches";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { Dossier, empreinte, feuillesValides, POINT_SCOLARISATION } from "./outils/classeurs";
import { FICHES, LISTES, SUIVI } from "./outils/fiches-attendues";
import { lancer, type Resultat } from "./outils/lancer";

/** `fiches <diagnostic> --sortie <fiches.xlsx>` : un classeur NEUF, relisible, pré-rempli. */
jest.setTimeout(120_000);

const dossier = new Dossier();
let diagnostic: string;
let sortie: string;
let empreinteDiagnostic: string;
let r: Resultat;
let produit: WorkbookSnapshot;

const feuille = (nom: string): SheetSnapshot => {
  const s = produit.sheets.find((x) => x.name === nom);
  if (!s) throw new Error(`feuille « ${nom} » absente`);
  return s;
};
const textes = (s: SheetSnapshot) => s.values.flat().filter((v) => typeof v === "string");

beforeAll(async () => {
  diagnostic = await dossier.classeur("diagnostic.xlsx", feuillesValides());
  empreinteDiagnostic = empreinte(diagnostic);
  sortie = dossier.fichier("fiches.xlsx");
  r = lancer(["fiches", diagnostic, "--sortie", sortie, "--annee", "2026"]);
  produit = await lireClasseurXlsx(sortie);
});
afterAll(() => dossier.supprimer());

describe("fiches --sortie : le classeur créé", () => {
  it("réussit (code 0) et dit ce qu'il a créé, sans toucher au diagnostic", () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Classeur créé : « ${sortie} »`);
    expect(r.stdout).toContain("n'a pas été modifié");
    expect(empreinte(diagnostic)).toBe(empreinteDiagnostic);
  });

  it("contient les 6 fiches socle, le suivi (visibles) et la feuille Listes (masquée), rien d'autre", () => {
    const noms = produit.sheets.map((s) => s.name);
    expect([...noms].sort()).toEqual([...FICHES.map((f) => f.nom), SUIVI.nom, LISTES].sort());
    expect(feuille(LISTES).visibility).toBe("Hidden");
    for (const f of [...FICHES.map((x) => x.nom), SUIVI.nom]) {
      expect(feuille(f).visibility).toBe("Visible");
    }
  });

  it.each(FICHES)(
    "$nom : titre, intitulé, listes déroulantes vers Listes, relue comme fiche",
    (f) => {
      const s = feuille(f.nom);
      expect(textes(s)).toEqual(expect.arrayContaining([f.titre, f.intitule]));
      expect(s.validations.length).toBeGreaterThan(0);
      for (const v of s.validations) {
        expect(v.type).toBe("list");
        expect(v.source).toMatch(new RegExp(`^=${LISTES}!\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+$`));
        expect(v.values?.length).toBeGreaterThan(0);
      }
      expect(lireFiche(s)?.numero).toBe(f.nom.replace(/^.* /, ""));
    },
  );

  it("le suivi renvoie aux fiches par formules et a une liste de statuts ; colonnes de l'année donnée", () => {
    const s = feuille(SUIVI.nom);
    const formules = s.formulas.flat().filter((x): x is string => x !== null);
    for (const f of FICHES) expect(formules.some((x) => x.includes(`'${f.nom}'!`))).toBe(true);
    expect(s.validations.some((v) => v.values?.includes("En cours"))).toBe(true);
    expect(textes(s)).toEqual(
      expect.arrayContaining([SUIVI.titre, "Réalisé 2026", "Réalisé 2030"]),
    );
  });

  it("le classeur s'ouvre sur la première fiche (pas sur la feuille masquée)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sortie);
    const active = wb.worksheets[wb.views[0]?.activeTab ?? 0];
    expect(active?.name).toBe(FICHES[0]?.nom);
  });

  it("impression : A4, une page de large, fiches en portrait, suivi en paysage (en-têtes répétés), pied de page", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sortie);
    const mise = (nom: string) => {
      const ws = wb.getWorksheet(nom);
      const p = ws?.pageSetup;
      return {
        papier: p?.paperSize,
        orientation: p?.orientation,
        pages: [p?.fitToWidth, p?.fitToHeight],
        titres: p?.printTitlesRow ?? null,
        pied: ws?.headerFooter.oddFooter,
      };
    };
    const pied = "&L&8&A&R&8Page &P / &N";
    for (const f of FICHES)
      expect(mise(f.nom)).toEqual({
        papier: 9,
        orientation: "portrait",
        pages: [1, 0],
        titres: null,
        pied,
      });
    expect(mise(SUIVI.nom)).toEqual({
      papier: 9,
      orientation: "landscape",
      pages: [1, 0],
      titres: "4:4",
      pied,
    });
  });

  it("les constats de la fiche 1.2 reprennent le point d'amélioration du diagnostic", () => {
    const fiche = lireFiche(feuille(FICHES[1]?.nom ?? ""));
    expect(fiche?.champs["constats-og"]?.cellule.value).toContain(POINT_SCOLARISATION);
  });

  it("analyser relit le classeur créé : six fiches-objectifs et un tableau de suivi reconnus", () => {
    const a = lancer(["analyser", sortie, "--json"]);
    const types = (JSON.parse(a.stdout).fichiers[0].onglets as { type: string }[]).map(
      (o) => o.type,
    );
    expect(types.filter((t) => t === "fiche-objectif")).toHaveLength(6);
    expect(types).toContain("suivi-objectifs");
  });
});

describe("fiches --sortie : refus (code 2, message français, rien d'écrit ni d'écrasé)", () => {
  it("refuse d'écraser un fichier existant", () => {
    const avant = empreinte(sortie);
    const r2 = lancer(["fiches", diagnostic, "--sortie", sortie]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/existe déjà : il n'est jamais écrasé/);
    expect(empreinte(sortie)).toBe(avant);
  });

  it.each([
    ["même chemin", (d: string) => d],
    [
      "même chemin écrit autrement",
      (d: string) => d.replace(/diagnostic\.xlsx$/, "./diagnostic.xlsx"),
    ],
    [
      "lien symbolique vers le diagnostic",
      (d: string) => {
        const lien = dossier.fichier("lien.xlsx");
        symlinkSync(d, lien);
        return lien;
      },
    ],
  ])("refuse une sortie identique au diagnostic (%s)", (_, chemin) => {
    const r2 = lancer(["fiches", diagnostic, "--sortie", chemin(diagnostic)]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/est le diagnostic lu : le diagnostic n'est jamais réécrit/);
    expect(empreinte(diagnostic)).toBe(empreinteDiagnostic);
  });

  it("refuse une sortie .xlsm (le classeur créé n'a pas de macros)", () => {
    const r2 = lancer(["fiches", diagnostic, "--sortie", dossier.fichier("fiches.xlsm")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/doit se terminer par \.xlsx/);
  });

  it("refuse un diagnostic illisible, sans rien créer", () => {
    const texte = dossier.ecrire("notes.xlsx", "pas un classeur");
    const cible = dossier.fichier("fiches-notes.xlsx");
    const r2 = lancer(["fiches", texte, "--sortie", cible]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/n'est pas un classeur Excel/);
    expect(() => empreinte(cible)).toThrow();
  });
});

describe("fiches depuis un .xlsm", () => {
  it("le .xlsm est seulement lu ; le classeur créé est un .xlsx", () => {
    const xlsm = dossier.fichier("diagnostic.xlsm");
    copyFileSync(diagnostic, xlsm);
    const avant = empreinte(xlsm);
    const cible = dossier.fichier("fiches-depuis-xlsm.xlsx");
    const r2 = lancer(["fiches", xlsm, "--sortie", cible]);
    expect(r2.code).toBe(0);
    expect(empreinte(xlsm)).toBe(avant);
    expect(empreinte(cible)).toMatch(/^[0-9a-f]{64}$/);
  });
});
