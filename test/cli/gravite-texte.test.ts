import { Dossier, feuillesAvecErreurs } from "./outils/classeurs";
import { lancer, type Resultat } from "./outils/lancer";

/** `--gravite` filtre les constats (JSON et texte) ; la sortie texte résume chaque fichier. */
jest.setTimeout(120_000);

type Doc = { fichiers: { constats: { gravite: string }[] }[]; resume: Record<string, number> };

const dossier = new Dossier();
let fichier: string;
const json: Record<string, Doc> = {};
let texte: Resultat;
let texteAlerte: Resultat;

beforeAll(async () => {
  fichier = await dossier.classeur("erreurs.xlsx", feuillesAvecErreurs());
  for (const g of ["", "info", "alerte", "erreur"]) {
    const r = lancer(["analyser", fichier, "--json", ...(g ? [`--gravite=${g}`] : [])]);
    json[g] = JSON.parse(r.stdout) as Doc;
  }
  texte = lancer(["analyser", fichier]);
  texteAlerte = lancer(["analyser", "--gravite", "alerte", fichier]);
});
afterAll(() => dossier.supprimer());

const gravites = (d: Doc | undefined) => (d?.fichiers[0]?.constats ?? []).map((c) => c.gravite);

describe("--gravite", () => {
  it("le fichier produit des constats des trois gravités sans filtre", () => {
    expect(new Set(gravites(json[""]))).toEqual(new Set(["erreur", "alerte", "info"]));
  });

  it.each<[string, string[]]>([
    ["info", ["erreur", "alerte", "info"]],
    ["alerte", ["erreur", "alerte"]],
    ["erreur", ["erreur"]],
  ])("--gravite %s ne garde que %j, et le résumé compte ceux-là", (g, gardees) => {
    const tous = gravites(json[""]);
    const attendu = tous.filter((x) => gardees.includes(x));
    expect(gravites(json[g])).toEqual(attendu);
    expect(json[g]?.resume).toMatchObject({
      erreurs: attendu.filter((x) => x === "erreur").length,
      alertes: attendu.filter((x) => x === "alerte").length,
      infos: attendu.filter((x) => x === "info").length,
    });
  });
});

describe("sortie texte", () => {
  it("résumé français : onglets reconnus, saisie, indicateurs, constats par gravité ; code 1", () => {
    const d = json[""];
    const n = (g: string) => gravites(d).filter((x) => x === g).length;
    expect(texte.code).toBe(1);
    expect(texte.stdout).toContain(`■ ${fichier}`);
    expect(texte.stdout).toMatch(
      /Onglets reconnus : 6 sur 7 \(Annexe 1, Axe 1-1, 2-B, 2-D, 2-E, 2-F\)/,
    );
    expect(texte.stdout).toContain("Onglets non reconnus : « Notes de travail »");
    expect(texte.stdout).toMatch(
      /Saisie : \d+ cellules renseignées sur \d+ cellules de saisie \(\d+\s%\)/,
    );
    expect(texte.stdout).toMatch(/Indicateurs : \d+ calculés sur \d+/);
    expect(texte.stdout).toContain(
      `Constats : ${n("erreur")} erreurs, ${n("alerte")} alertes, ${n("info")} info`,
    );
  });

  it("les erreurs sont listées avec onglet, cellule, message et correction ; les alertes comptées", () => {
    expect(texte.stdout).toContain("  Erreurs :");
    expect(texte.stdout).toMatch(
      /- Annexe 1!A10 : La clé du numéro FINESS 440000025 est incorrecte/,
    );
    expect(texte.stdout).toMatch(/\n {6}Correction : /);
    expect(texte.stdout).not.toContain("  Alertes :");
    expect(texte.stdout).toContain("--gravite info pour les lister");
  });

  it("avec --gravite alerte : erreurs et alertes listées, pas d'infos", () => {
    expect(texteAlerte.stdout).toContain("  Erreurs :");
    expect(texteAlerte.stdout).toContain("  Alertes :");
    expect(texteAlerte.stdout).not.toContain("  Informations :");
    expect(texteAlerte.stdout).toMatch(/Constats : \d+ erreurs, \d+ alertes \(--gravite alerte\)/);
  });
});
