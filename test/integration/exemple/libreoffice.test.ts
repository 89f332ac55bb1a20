import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { CellValue, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { cellulesDeSaisie, etalonnage } from "../../../src/domain/saisie";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { genererClasseur, type ClasseurGenere } from "../../../scripts/exemple/classeur";
import {
  analyser,
  TYPES_ONGLETS,
  typesQuestions,
  VARIANTES,
  ouExemple,
  ou,
  zonesGenerees,
  zonesLocalisees,
} from "./outils";

/**
 * Classeurs d'exemple ré-enregistrés par LibreOffice (`soffice --convert-to xlsx`, un seul appel
 * pour les quatre variantes) : mêmes onglets, mêmes zones, mêmes cellules de saisie ; valeurs en
 * cache du générateur égales à celles que LibreOffice recalcule. Puis rendu PDF de l'exemple.
 */

jest.setTimeout(300_000);

const dossier = mkdtempSync(join(tmpdir(), "cpom-exemple-lo-"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/**
 * Profil LibreOffice propre au test : recalcul de toutes les formules au chargement d'un .xlsx
 * (OOXMLRecalcMode = 0), pour comparer les valeurs en cache du générateur à un vrai recalcul.
 */
function profil(): void {
  const d = join(dossier, ".config", "libreoffice", "4", "user");
  mkdirSync(d, { recursive: true });
  writeFileSync(
    join(d, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

function soffice(args: readonly string[]): void {
  try {
    execFileSync("soffice", ["--headless", ...args], {
      timeout: 240_000,
      stdio: "pipe",
      env: { ...process.env, HOME: dossier },
    });
  } catch (e) {
    const absent = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      absent
        ? "LibreOffice (soffice) est introuvable : installez-le (apt-get install libreoffice-calc-nogui) pour lancer ces tests."
        : `La conversion LibreOffice a échoué : ${String(e)}`,
    );
  }
}

const generes = new Map<string, ClasseurGenere>();
const origines = new Map<string, WorkbookSnapshot>();
const relus = new Map<string, WorkbookSnapshot>();

beforeAll(async () => {
  profil();
  const fichiers: string[] = [];
  for (const v of VARIANTES) {
    const g = await genererClasseur(v);
    generes.set(v, g);
    origines.set(v, await lireClasseurXlsx(g.buffer));
    const f = join(dossier, `diagnostic-${v}.xlsx`);
    writeFileSync(f, g.buffer);
    fichiers.push(f);
  }
  soffice(["--convert-to", "xlsx", "--outdir", join(dossier, "lo"), ...fichiers]);
  for (const v of VARIANTES)
    relus.set(v, await lireClasseurXlsx(join(dossier, "lo", `diagnostic-${v}.xlsx`)));
});

describe.each(VARIANTES)("variante %s ré-enregistrée par LibreOffice", (v) => {
  const lu = () => analyser(relus.get(v) as WorkbookSnapshot);
  const g = () => generes.get(v) as ClasseurGenere;

  it("mêmes onglets, mêmes types", () => {
    expect(Object.fromEntries(lu().onglets.map((o) => [o.nom, o.type]))).toEqual(TYPES_ONGLETS);
  });

  it("mêmes zones repérées aux mêmes cellules, mêmes types de questions", () => {
    const r = lu().repere;
    expect(zonesLocalisees(r)).toEqual(zonesGenerees(g()));
    expect(typesQuestions(r)).toEqual(
      g().donnees.axes.map((a) => ({
        type: a.type,
        thematiques: a.thematiques.map((t) => t.questions.map((q) => q.type)),
      })),
    );
  });

  it("mêmes cellules de saisie (couleurs de thème devenues RVB)", () => {
    const s = relus.get(v) as WorkbookSnapshot;
    const et = etalonnage(s);
    const options = { etalon: et.etalon, exclue: et.exclue, ignorer: et.pastilles };
    const trouvees = s.sheets.flatMap((f) =>
      cellulesDeSaisie(f, options).map((x) => ou(x.location)),
    );
    expect(trouvees.sort()).toEqual(g().saisies.map(ouExemple).sort());
  });
});

/** Valeur en cache de chaque formule : « Onglet!A1 » → valeur. */
function caches(s: WorkbookSnapshot): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const f of s.sheets)
    f.formulas.forEach((ligne, i) =>
      ligne.forEach((formule, j) => {
        if (formule)
          out.set(
            `${f.name}!${adresseA1(f.origin.row + i, f.origin.col + j)}`,
            f.values[i]?.[j] ?? "",
          );
      }),
    );
  return out;
}

const egales = (a: CellValue | undefined, b: CellValue | undefined) =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
    : a === b;

/** Formules dont le cache du générateur diffère du recalcul de LibreOffice. */
function ecarts(v: string): string[] {
  const avant = caches(origines.get(v) as WorkbookSnapshot);
  const apres = caches(relus.get(v) as WorkbookSnapshot);
  expect(avant.size).toBeGreaterThan(100);
  return [...avant]
    .filter(([cellule, valeur]) => !egales(valeur, apres.get(cellule)))
    .map(([cellule, valeur]) => `${cellule} : ${String(valeur)} ≠ ${String(apres.get(cellule))}`);
}

it.each(["exemple", "vierge", "complet"])(
  "%s : chaque valeur en cache est celle que LibreOffice recalcule",
  (v) => {
    expect(ecarts(v)).toEqual([]);
  },
);

it("erreurs : seuls les caches périmés semés diffèrent du recalcul", () => {
  const perimees = (generes.get("erreurs") as ClasseurGenere).erreurs
    .filter((e) => e.controle === "classeur/formule-perimee")
    .map(ouExemple);
  const differents = ecarts("erreurs").map((x) => x.split(" : ")[0] as string);
  // Le total général de 2-F est signalé périmé par ricochet (il somme un total tapé) : son cache
  // est pourtant celui qu'Excel ou LibreOffice calcule.
  expect(differents.sort()).toEqual(perimees.filter((x) => !x.startsWith("2-F Creton!")).sort());
  expect(differents.length).toBeGreaterThanOrEqual(2);
});

describe("rendu PDF de l'exemple", () => {
  let texte = "";
  beforeAll(() => {
    soffice([
      "--convert-to",
      "pdf",
      "--outdir",
      join(dossier, "pdf"),
      join(dossier, "diagnostic-exemple.xlsx"),
    ]);
    const pdf = join(dossier, "pdf", "diagnostic-exemple.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    texte = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
  });

  it.each([
    "Diagnostic partagé — négociation 2025",
    "Annexe 1 — Fiche signalétique",
    "Axe 1-1 : ESMS du secteur Enfance",
    "Axe 1-2 : ESMS du secteur Adultes",
    "Axe 1-3 : Coopérations et partenariats",
    "Axe 2 : Bientraitance, démarche qualité et maîtrise des risques",
    "Axe 3 : Efficience et innovation des organisations",
    "Annexe 2-B — Indicateurs FLASH",
    "Annexe 2-C — Indicateurs ANAP",
    "Annexe 2-D — Indicateurs complémentaires",
    "Annexe 2-E — Diagnostic budgétaire et financier",
    "Annexe 2-F — Activité des plus de 20 ans en amendement Creton",
    "Annexe 2-G — Indicateurs départementaux",
  ])("le PDF contient « %s »", (titre) => {
    expect(texte).toContain(titre);
  });
});
