import { readFileSync } from "node:fs";
import { join } from "node:path";
import { adresseA1 } from "../../src/domain/classeur/adresse";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../src/use-cases/analyser";
import { Dossier, feuillesAvecErreurs, feuillesValides } from "./outils/classeurs";
import { lancer, RACINE_PROJET } from "./outils/lancer";

/** `analyser --json` : un seul document JSON, exactement au schéma de docs/cli.md. */
jest.setTimeout(120_000);

const dossier = new Dossier();
let valide: string;
let erreurs: string;
let document: Record<string, unknown>;
let code: number | null;

beforeAll(async () => {
  valide = await dossier.classeur("valide.xlsx", feuillesValides());
  erreurs = await dossier.classeur("erreurs.xlsx", feuillesAvecErreurs());
  const r = lancer(["analyser", valide, erreurs, "--json"]);
  code = r.code;
  document = JSON.parse(r.stdout) as Record<string, unknown>;
});
afterAll(() => dossier.supprimer());

type Type = "string" | "number" | "boolean" | "object" | "array" | "null";
const typeDe = (v: unknown): Type =>
  v === null ? "null" : Array.isArray(v) ? "array" : (typeof v as Type);

/** Clés exactes (ni plus, ni moins) et type de chaque valeur. */
function conforme(o: unknown, schema: Readonly<Record<string, readonly Type[]>>, ou: string) {
  expect(typeDe(o)).toBe("object");
  const objet = o as Record<string, unknown>;
  expect({ ou, cles: Object.keys(objet).sort() }).toEqual({ ou, cles: Object.keys(schema).sort() });
  for (const [cle, types] of Object.entries(schema)) {
    expect({ ou: `${ou}.${cle}`, type: types.includes(typeDe(objet[cle])) }).toEqual({
      ou: `${ou}.${cle}`,
      type: true,
    });
  }
}

const A1 = /^[A-Z]{1,3}[1-9][0-9]*$/;
const fichiers = () => document.fichiers as Record<string, unknown>[];

describe("analyser --json — schéma", () => {
  it("le document a les clés et les types attendus, la version du package.json", () => {
    conforme(
      document,
      { outil: ["string"], version: ["string"], fichiers: ["array"], resume: ["object"] },
      "document",
    );
    const pkg = JSON.parse(readFileSync(join(RACINE_PROJET, "package.json"), "utf8"));
    expect(document.outil).toBe("cpom-diagnostic");
    expect(document.version).toBe(pkg.version);
    conforme(
      document.resume,
      {
        fichiers: ["number"],
        illisibles: ["number"],
        erreurs: ["number"],
        alertes: ["number"],
        infos: ["number"],
      },
      "resume",
    );
  });

  it("chaque fichier analysé : chemin tel que donné, statut, onglets, indicateurs, constats", () => {
    expect(fichiers().map((f) => f.fichier)).toEqual([valide, erreurs]);
    for (const f of fichiers()) {
      conforme(
        f,
        {
          fichier: ["string"],
          statut: ["string"],
          avertissements: ["array"],
          onglets: ["array"],
          indicateurs: ["array"],
          constats: ["array"],
        },
        String(f.fichier),
      );
      expect(f.statut).toBe("analyse");
      for (const o of f.onglets as unknown[]) {
        conforme(
          o,
          { nom: ["string"], type: ["string"], visible: ["boolean"], saisies: ["object"] },
          "onglet",
        );
        conforme(
          (o as { saisies: unknown }).saisies,
          { total: ["number"], remplies: ["number"] },
          "saisies",
        );
      }
      for (const i of f.indicateurs as Record<string, unknown>[]) {
        conforme(
          i,
          {
            id: ["string"],
            libelle: ["string"],
            onglet: ["string"],
            cellule: ["string", "null"],
            perimetre: ["string"],
            valeur: ["number", "null"],
            unite: ["string"],
          },
          `indicateur ${String(i.id)}`,
        );
        expect(["%", "jours", "€", "ans", "nombre"]).toContain(i.unite);
        if (i.cellule !== null) expect(i.cellule).toMatch(A1);
      }
      for (const c of f.constats as Record<string, unknown>[]) {
        conforme(
          c,
          {
            controle: ["string"],
            gravite: ["string"],
            onglet: ["string", "null"],
            cellule: ["string", "null"],
            cellules: ["array"],
            message: ["string"],
            correction: ["string"],
          },
          `constat ${String(c.controle)}`,
        );
        expect(c.controle).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
        expect(["erreur", "alerte", "info"]).toContain(c.gravite);
        const cellules = c.cellules as unknown[];
        for (const a of cellules) expect(a).toMatch(A1);
        expect(c.cellule).toBe(cellules[0] ?? null);
        expect(String(c.message)).not.toMatch(/\{\{/);
      }
    }
  });

  it("résumé = somme des constats par gravité ; code 1 (une erreur, aucun illisible)", () => {
    const constats = fichiers().flatMap((f) => f.constats as { gravite: string }[]);
    const n = (g: string) => constats.filter((c) => c.gravite === g).length;
    expect(document.resume).toEqual({
      fichiers: 2,
      illisibles: 0,
      erreurs: n("erreur"),
      alertes: n("alerte"),
      infos: n("info"),
    });
    expect(n("erreur")).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

describe("analyser --json — contenu fidèle à l'analyse", () => {
  it("mêmes onglets, indicateurs et constats que l'analyse en mémoire du même fichier", async () => {
    const analyse = analyserInstantane(await lireClasseurXlsx(erreurs));
    const f = fichiers()[1] as {
      onglets: { nom: string; type: string; saisies: { total: number } }[];
      indicateurs: { id: string; valeur: number | null; cellule: string | null }[];
      constats: { controle: string; message: string; cellules: string[] }[];
    };
    expect(f.onglets.map((o) => [o.nom, o.type])).toEqual(
      analyse.onglets.map((o) => [o.nom, o.type]),
    );
    expect(f.onglets.reduce((n, o) => n + o.saisies.total, 0)).toBe(
      analyse.completude.global.total,
    );
    expect(f.indicateurs.map((i) => [i.id, i.valeur])).toEqual(
      analyse.indicateurs.map((r) => [r.id, r.valeur]),
    );
    expect(f.constats.map((c) => [c.controle, c.message, c.cellules])).toEqual(
      analyse.constats.map((c) => [
        c.controle,
        c.message,
        c.locations.map((l) => adresseA1(l.row, l.col)),
      ]),
    );
  });

  it("les erreurs semées sont rapportées avec leur onglet et leur cellule", () => {
    const constats = (fichiers()[1]?.constats ?? []) as {
      controle: string;
      gravite: string;
      onglet: string;
      cellules: string[];
    }[];
    const erreursVues = constats.filter((c) => c.gravite === "erreur");
    expect(erreursVues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ controle: "finess/cle", onglet: "Annexe 1", cellules: ["A10"] }),
        expect.objectContaining({ onglet: "Annexe 1", cellules: expect.arrayContaining(["E10"]) }),
      ]),
    );
    const duValide = (fichiers()[0]?.constats ?? []) as { gravite: string }[];
    expect(duValide.filter((c) => c.gravite === "erreur")).toEqual([]);
  });

  it("indicateur rattaché à une cellule : onglet = nom de la feuille ; sinon cellule null", () => {
    const f = fichiers()[0] as {
      indicateurs: { onglet: string; cellule: string | null; perimetre: string }[];
      onglets: { nom: string }[];
    };
    const noms = f.onglets.map((o) => o.nom);
    for (const i of f.indicateurs) expect(noms).toContain(i.onglet);
    expect(f.indicateurs.some((i) => i.cellule === null)).toBe(true);
    expect(f.indicateurs.some((i) => i.cellule !== null)).toBe(true);
    expect(f.indicateurs.map((i) => i.perimetre)).toContain("440000024");
  });
});
