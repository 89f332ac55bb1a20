import { Dossier, empreinte, feuillesValides, NON_CLASSEURS } from "./outils/classeurs";
import { lancer, type Resultat } from "./outils/lancer";

/**
 * Un lot mêlant classeurs et fichiers illisibles : chaque illisible est signalé (code stable,
 * message français), les autres sont analysés, le code de sortie est 2 ; rien n'est modifié.
 */
jest.setTimeout(120_000);

const dossier = new Dossier();
let valide: string;
let illisibles: Record<string, string>;
let avant: Map<string, string>;
let r: Resultat;
let doc: {
  fichiers: {
    fichier: string;
    statut: string;
    erreur?: { code: string; message: string; conseil: string };
  }[];
  resume: Record<string, number>;
};

beforeAll(async () => {
  valide = await dossier.classeur("valide.xlsx", feuillesValides());
  illisibles = Object.fromEntries(
    Object.entries(NON_CLASSEURS).map(([nom, contenu]) => [nom, dossier.ecrire(nom, contenu)]),
  );
  illisibles["absent.xlsx"] = dossier.fichier("absent.xlsx");
  const lot = [illisibles["corrompu.xlsx"], illisibles["texte.xlsx"], valide] as string[];
  const tous = [...lot, ...Object.values(illisibles).filter((f) => !lot.includes(f))];
  avant = new Map(tous.filter((f) => !f.endsWith("absent.xlsx")).map((f) => [f, empreinte(f)]));
  r = lancer(["analyser", ...tous, "--json"]);
  doc = JSON.parse(r.stdout);
});
afterAll(() => dossier.supprimer());

describe("lot avec fichiers illisibles", () => {
  it("un fichier corrompu et un fichier texte sont « illisible », le classeur est analysé ; code 2", () => {
    const statut = (f: string) => doc.fichiers.find((x) => x.fichier === f)?.statut;
    expect(statut(illisibles["corrompu.xlsx"] as string)).toBe("illisible");
    expect(statut(illisibles["texte.xlsx"] as string)).toBe("illisible");
    expect(statut(valide)).toBe("analyse");
    expect(doc.resume.fichiers).toBe(doc.fichiers.length);
    expect(doc.resume.illisibles).toBe(Object.keys(illisibles).length);
    expect(r.code).toBe(2);
  });

  it.each([
    ["corrompu.xlsx", "endommage", /endommagé/],
    ["texte.xlsx", "pas-un-classeur", /n'est pas un classeur Excel/],
    ["vide.xlsx", "fichier-vide", /vide/],
    ["ancien.xls", "format-xls", /97-2003/],
    ["absent.xlsx", "introuvable", /introuvable/],
  ])(
    "%s : erreur au code stable (%s) et au message français qui dit quoi faire",
    (nom, code, motif) => {
      const f = doc.fichiers.find((x) => x.fichier === illisibles[nom]);
      expect(f).toMatchObject({ statut: "illisible", onglets: [], indicateurs: [], constats: [] });
      expect(f?.erreur?.code).toBe(code);
      expect(f?.erreur?.message).toMatch(motif);
      expect(f?.erreur?.message).toContain(nom);
    },
  );

  it("l'ordre des fichiers est celui de la ligne de commande", () => {
    expect(doc.fichiers.slice(0, 3).map((f) => f.fichier)).toEqual([
      illisibles["corrompu.xlsx"],
      illisibles["texte.xlsx"],
      valide,
    ]);
  });

  it("la progression va sur la sortie d'erreur, une ligne par fichier, le JSON reste seul sur stdout", () => {
    const n = doc.fichiers.length;
    for (let i = 1; i <= n; i++) expect(r.stderr).toContain(`[${i}/${n}] Analyse de «`);
    expect(r.stderr).toMatch(new RegExp(`${n} fichiers analysés en [0-9]+,[0-9] s`));
    expect(r.stdout.trim().startsWith("{")).toBe(true);
    expect(r.stdout.trim().endsWith("}")).toBe(true);
  });

  it("aucun fichier lu n'est modifié (empreinte sha256 identique) ni créé", () => {
    for (const [f, h] of avant) expect({ f, h: empreinte(f) }).toEqual({ f, h });
    expect(() => empreinte(illisibles["absent.xlsx"] as string)).toThrow();
  });

  it("un fichier seul : pas de progression", () => {
    const seul = lancer(["analyser", valide, "--json"]);
    expect(seul.stderr).toBe("");
    expect(seul.code).toBe(0);
  });
});
