import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executerLot, type IssueTache } from "../../../src/cli/lot/pool";
import { corpusHostile, type FichierHostile } from "./corpus-hostile";
import type { IssueLecture } from "./fil-lecture";

/**
 * Lecture bornée (ADR 0007) sur le corpus hostile : chaque fichier donne une analyse ou un code
 * d'erreur attendu, en moins de 30 s, sans faire tomber le lecteur. La lecture tourne dans un fil
 * aux ressources bornées (512 Mo de tas) : un échec du pré-examen ne peut pas emporter jest.
 */
jest.setTimeout(240_000);

const dossier = mkdtempSync(join(tmpdir(), "cpom-hostile-"));
let corpus: FichierHostile[];
let issues: IssueTache<IssueLecture>[];

beforeAll(async () => {
  corpus = await corpusHostile();
  for (const f of corpus) writeFileSync(join(dossier, f.nom), f.octets);
  issues = await executerLot<string, IssueLecture>({
    script: join(__dirname, "fil-lecture.ts"),
    taches: corpus.map((f) => join(dossier, f.nom)),
    memoireMo: 512,
    delaiMs: 30_000,
  });
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("corpus hostile : une analyse ou une erreur typée, jamais un plantage", () => {
  it("le corpus couvre les cas demandés", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    "tronque.xlsx",
    "vide.xlsx",
    "bombe-taux.xlsx",
    "bombe-menteuse.xlsx",
    "billion-laughs.xlsx",
    "csv.xlsx",
    "html.xlsx",
    "pdf.xlsx",
    "ods.xlsx",
    "biff8.xlsx",
    "chiffre.xlsx",
    "zip-sans-classeur.xlsx",
    "250-feuilles.xlsx",
    "dimension-geante.xlsx",
    "fusion-geante.xlsx",
    "cellule-lointaine.xlsx",
    "bordure-lointaine.xlsx",
    "textes-32767.xlsx",
    "60000-styles.xlsx",
    "injection.xlsx",
    "protege.xlsx",
    "docx.xlsx",
  ])("%s", (nom) => {
    const i = corpus.findIndex((f) => f.nom === nom);
    const f = corpus[i] as FichierHostile;
    const issue = issues[i];
    expect(issue?.kind).toBe("ok");
    if (issue?.kind !== "ok") return;
    expect({ nom, code: issue.valeur.code }).toEqual({ nom, code: f.attendu });
    expect(issue.valeur.dureeMs).toBeLessThan(30_000);
    if (f.avertissement) expect(issue.valeur.avertissements.join("\n")).toMatch(f.avertissement);
    else expect(issue.valeur.avertissements).toEqual([]);
  });
});
