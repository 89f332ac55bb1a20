import ExcelJS from "exceljs";
import { corpusHostile, type FichierHostile } from "../gateway/xlsx/corpus-hostile";
import { Dossier, feuillesAvecErreurs, feuillesValides } from "./outils/classeurs";
import { lancer, type Resultat } from "./outils/lancer";

/**
 * Un lot qui mêle de bons classeurs et tout le corpus hostile : aucun plantage, chaque hostile est
 * une analyse ou une erreur typée, chaque bon classeur est analysé, code 2 (docs/cli.md). Puis un
 * fichier qui fait tomber le lecteur (mémoire bornée par CPOM_DIAGNOSTIC_MEMOIRE_MO) : « illisible »,
 * `memoire-depassee`, et le fichier suivant est analysé.
 */
jest.setTimeout(300_000);

interface FichierDoc {
  fichier: string;
  statut: string;
  erreur?: { code: string; message: string; conseil: string };
}

const dossier = new Dossier();
let corpus: FichierHostile[];
let bons: string[];
let r: Resultat;
let duree: number;
let doc: { fichiers: FichierDoc[]; resume: Record<string, number> };

beforeAll(async () => {
  corpus = await corpusHostile();
  bons = [
    await dossier.classeur("bon-1.xlsx", feuillesValides()),
    await dossier.classeur("bon-2.xlsx", feuillesAvecErreurs()),
  ];
  const hostiles = corpus.map((f) => dossier.ecrire(f.nom, f.octets));
  const lot = [
    bons[0] as string,
    ...hostiles.slice(0, 11),
    bons[1] as string,
    ...hostiles.slice(11),
  ];
  const debut = performance.now();
  r = lancer(["analyser", ...lot, "--json"], undefined, {}, 280_000);
  duree = performance.now() - debut;
  doc = JSON.parse(r.stdout);
});
afterAll(() => dossier.supprimer());

const trouver = (chemin: string) => doc.fichiers.find((f) => f.fichier === chemin);

describe("lot : bons classeurs et corpus hostile", () => {
  it("un seul document JSON, un rapport par fichier, code 2, moins de 30 s par fichier", () => {
    expect(r.code).toBe(2);
    expect(doc.fichiers).toHaveLength(corpus.length + bons.length);
    expect(duree / doc.fichiers.length).toBeLessThan(30_000);
  });

  it("chaque bon classeur est analysé", () => {
    for (const b of bons)
      expect({ b, statut: trouver(b)?.statut }).toEqual({ b, statut: "analyse" });
  });

  it("chaque fichier hostile : l'analyse ou le code attendu, message et conseil en français", () => {
    for (const f of corpus) {
      const rendu = trouver(dossier.fichier(f.nom));
      const obtenu = rendu?.statut === "analyse" ? "analyse" : rendu?.erreur?.code;
      expect({ nom: f.nom, obtenu }).toEqual({ nom: f.nom, obtenu: f.attendu });
      if (rendu?.erreur) {
        expect(rendu.erreur.message).toContain(f.nom);
        expect(rendu.erreur.message).toContain(rendu.erreur.conseil.slice(1));
        expect(rendu.erreur.message).not.toMatch(/\b(E[A-Z]{3,}|Error|undefined)\b/);
      }
    }
  });
});

describe("un fichier qui fait tomber le lecteur", () => {
  it("est « illisible » (memoire-depassee) et le lot continue", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Gros");
    // 300 000 cellules de texte : au-delà de 48 Mo de tas une fois lues (le lecteur direct est plus
    // sobre qu'ExcelJS), quand un classeur ordinaire tient dans 40 Mo.
    for (let l = 1; l <= 6_000; l++) {
      ws.getRow(l).values = Array.from({ length: 50 }, (_, c) => `texte ${l}-${c}`);
    }
    const gros = dossier.fichier("gros.xlsx");
    await wb.xlsx.writeFile(gros);
    const petit = await dossier.classeur("petit.xlsx", feuillesValides());
    const res = lancer(["analyser", gros, petit, "--json"], undefined, {
      CPOM_DIAGNOSTIC_MEMOIRE_MO: "48",
    });
    const d = JSON.parse(res.stdout) as { fichiers: FichierDoc[] };
    expect(d.fichiers.map((f) => [f.statut, f.erreur?.code])).toEqual([
      ["illisible", "memoire-depassee"],
      ["analyse", undefined],
    ]);
    expect(d.fichiers[0]?.erreur?.message).toMatch(/plus de mémoire que la limite/);
    expect(res.code).toBe(2);
  });
});
