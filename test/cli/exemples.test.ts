import { genererClasseur, type ErreurSemee, type Variante } from "../../scripts/exemple/classeur";
import { Dossier } from "./outils/classeurs";
import { lancer } from "./outils/lancer";

/**
 * `analyser --json` sur les classeurs d'exemple (scripts/exemple) : la variante « erreurs » rend
 * chaque incohérence semée à sa cellule ; « exemple » et « complet » n'ont aucune erreur.
 */
jest.setTimeout(180_000);

interface Constat {
  controle: string;
  gravite: string;
  onglet: string | null;
  cellules: string[];
}
interface Fichier {
  fichier: string;
  statut: string;
  constats: Constat[];
}

const VARIANTES: readonly Variante[] = ["exemple", "vierge", "complet", "erreurs"];
const dossier = new Dossier();
const analyses = new Map<Variante, Fichier>();
let semees: readonly ErreurSemee[] = [];
let code: number | null;

beforeAll(async () => {
  const chemins: string[] = [];
  for (const v of VARIANTES) {
    const g = await genererClasseur(v);
    if (v === "erreurs") semees = g.erreurs;
    chemins.push(dossier.ecrire(`diagnostic-${v}.xlsx`, g.buffer));
  }
  const r = lancer(["analyser", ...chemins, "--json"]);
  code = r.code;
  const doc = JSON.parse(r.stdout) as { fichiers: Fichier[] };
  VARIANTES.forEach((v, i) => analyses.set(v, doc.fichiers[i] as Fichier));
});
afterAll(() => dossier.supprimer());

const erreurs = (v: Variante) =>
  (analyses.get(v)?.constats ?? []).filter((c) => c.gravite === "erreur");

describe("analyser --json sur les variantes d'exemple", () => {
  it("les quatre variantes sont lues et analysées ; code 1 (la variante « erreurs »)", () => {
    for (const v of VARIANTES) expect(analyses.get(v)?.statut).toBe("analyse");
    expect(code).toBe(1);
  });

  it("la variante « erreurs » a des incohérences semées", () => {
    expect(semees.length).toBeGreaterThan(10);
  });

  it("chaque incohérence semée est rapportée par son contrôle, sur son onglet et sa cellule", () => {
    const constats = analyses.get("erreurs")?.constats ?? [];
    const manquantes = semees.filter(
      (s) =>
        !constats.some(
          (c) =>
            c.onglet === s.onglet &&
            c.cellules.includes(s.cellule) &&
            (s.controle ? c.controle === s.controle : c.controle.startsWith(`${s.famille}/`)),
        ),
    );
    expect(manquantes).toEqual([]);
  });

  it("aucune erreur d'un contrôle non semé dans la variante « erreurs »", () => {
    const attendus = new Set(semees.map((s) => s.controle ?? ""));
    const familles = new Set(semees.filter((s) => !s.controle).map((s) => s.famille));
    const inattendues = erreurs("erreurs").filter(
      (c) => !attendus.has(c.controle) && !familles.has(c.controle.split("/")[0] ?? ""),
    );
    expect(inattendues).toEqual([]);
  });

  it.each<Variante>(["exemple", "complet"])("« %s » : aucune erreur", (v) => {
    expect(erreurs(v)).toEqual([]);
  });

  it("« vierge » : l'identification de l'organisme manquante est signalée", () => {
    expect(erreurs("vierge").map((c) => c.controle)).toContain("saisie/identification-manquante");
  });
});
