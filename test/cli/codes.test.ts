import { Dossier, feuillesAvecErreurs, feuillesValides, NON_CLASSEURS } from "./outils/classeurs";
import { executer } from "./outils/en-memoire";
import { lancer } from "./outils/lancer";

/**
 * Codes de sortie : 0 rien à signaler, 1 au moins une erreur, 2 illisible ou mauvais usage. Les
 * analyses passent par un sous-processus ; usage et aide, sans fichier, sont aussi vérifiés en
 * mémoire (même `main`, mêmes sorties) pour garder la suite rapide.
 */
jest.setTimeout(120_000);

const dossier = new Dossier();
const f: Record<string, string> = {};

beforeAll(async () => {
  f.valide = await dossier.classeur("valide.xlsx", feuillesValides());
  f.erreurs = await dossier.classeur("erreurs.xlsx", feuillesAvecErreurs());
  f.texte = dossier.ecrire("texte.xlsx", NON_CLASSEURS["texte.xlsx"] as string);
});
afterAll(() => dossier.supprimer());

describe("codes de sortie d'analyser", () => {
  it.each<[string, string[], number]>([
    ["classeur sans erreur", ["valide"], 0],
    ["classeur avec erreurs", ["erreurs"], 1],
    ["un sans erreur et un avec erreurs", ["valide", "erreurs"], 1],
    ["une erreur et un illisible : 2 l'emporte", ["erreurs", "texte"], 2],
    ["un illisible seul", ["texte", "--json"], 2],
  ])("%s → %i", (_, args, attendu) => {
    const r = lancer(["analyser", ...args.map((a) => f[a] ?? a)]);
    expect(r.code).toBe(attendu);
  });
});

describe("mauvais usage → code 2, message français sur stderr, rien sur stdout", () => {
  it.each<[string, string[], RegExp]>([
    ["commande inconnue", ["verifier", "x.xlsx"], /Commande inconnue : « verifier »/],
    ["analyser sans fichier", ["analyser", "--json"], /au moins un fichier/],
    ["gravité inconnue", ["analyser", "x.xlsx", "--gravite", "grave"], /--gravite attend/],
    ["gravité absente", ["analyser", "x.xlsx", "--gravite"], /--gravite attend/],
    ["option inconnue", ["analyser", "x.xlsx", "--csv"], /Option inconnue pour analyser : --csv/],
    ["fiches sans --sortie", ["fiches", "d.xlsx"], /--sortie/],
    ["fiches sans diagnostic", ["fiches", "--sortie", "f.xlsx"], /classeur Diagnostic/],
  ])("%s", async (_, args, motif) => {
    const r = await executer(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(motif);
    expect(r.stderr).toContain("cpom-diagnostic --help");
  });
});

describe("--help et --version", () => {
  it.each([[["--help"]], [["-h"]], [[]], [["analyser", "--help"]]])(
    "%j affiche l'aide en français, code 0",
    async (args) => {
      const r = await executer(args);
      expect(r.code).toBe(0);
      for (const attendu of [
        "Utilisation :",
        "cpom-diagnostic analyser <fichier.xlsx>... [--json] [--gravite erreur|alerte|info]",
        "cpom-diagnostic fiches <diagnostic.xlsx> --sortie <fiches.xlsx>",
        "Codes de sortie :",
        "jamais",
      ]) {
        expect(r.stdout).toContain(attendu);
      }
    },
  );

  it("--version donne la version du paquet", async () => {
    const r = await executer(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cpom-diagnostic \d+\.\d+\.\d+\n$/);
  });
});

describe("en sous-processus : l'aide sur stdout, un mauvais usage sur stderr", () => {
  it("--help", () => {
    const r = lancer(["--help"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Utilisation :");
  });
  it("option inconnue", () => {
    const r = lancer(["analyser", "--xml"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("Option inconnue pour analyser : --xml");
  });
});
