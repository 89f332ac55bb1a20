import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

/**
 * Graphe des imports de src/domain : aucun cycle entre fichiers, et aucune flèche qui remonte les
 * couches (une couche n'importe que les couches inférieures ou elle-même). Les flèches montantes
 * connues sont listées une à une (à supprimer, jamais à étendre) : une nouvelle fait échouer le test.
 */

const RACINE = join(__dirname, "..", "..");
const DOMAINE = join(RACINE, "src", "domain");

/** Couches, de la plus basse à la plus haute : préfixe de chemin (relatif à src/domain) → rang. */
const COUCHES: readonly [string, number][] = [
  ["classeur/snapshot", 0],
  ["classeur/cellule", 0],
  ["classeur/texte", 0],
  ["classeur/memoires", 0],
  ["classeur/adresse", 0],
  ["classeur/types-onglet", 0],
  ["erreurs/", 0],
  ["valeurs/", 1],
  ["classeur/typage/", 1],
  ["export/", 1],
  ["plan/", 3],
  ["classeur/", 2],
  ["saisie/", 3],
  ["indicateurs/", 3],
  ["surlignage/", 4],
  ["controles/", 4],
  ["relecture/", 5],
  ["glossaire/", 1],
  ["fiches/", 5],
];

/** Flèches montantes connues (dossier → dossier) : aucune depuis l'issue « une seule voie ». */
const EXCEPTIONS: readonly string[] = [];

function rang(chemin: string): { rang: number; couche: string } {
  const r = COUCHES.find(([p]) => chemin.startsWith(p));
  if (!r) throw new Error(`Fichier du domaine hors des couches déclarées : ${chemin}`);
  return { rang: r[1], couche: r[0] };
}

function fichiers(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? fichiers(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function graphe(): Map<string, Set<string>> {
  const tous = new Set(fichiers(DOMAINE).map((p) => relative(DOMAINE, p)));
  const g = new Map<string, Set<string>>();
  for (const f of tous) {
    const texte = readFileSync(join(DOMAINE, f), "utf8");
    const deps = new Set<string>();
    for (const m of texte.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gm)) {
      if (m[1]) continue; // import de types : effacé à la compilation
      const base = normalize(join(dirname(f), m[2] ?? ""));
      const cible = [`${base}.ts`, join(base, "index.ts")].find((c) => tous.has(c));
      if (cible) deps.add(cible);
    }
    g.set(f, deps);
  }
  return g;
}

describe("graphe des imports du domaine", () => {
  const g = graphe();

  it("aucun cycle entre fichiers", () => {
    const cycles: string[] = [];
    const etat = new Map<string, "encours" | "fini">();
    const pile: string[] = [];
    const visiter = (f: string) => {
      etat.set(f, "encours");
      pile.push(f);
      for (const d of g.get(f) ?? []) {
        if (etat.get(d) === "encours") cycles.push([...pile.slice(pile.indexOf(d)), d].join(" → "));
        else if (!etat.has(d)) visiter(d);
      }
      pile.pop();
      etat.set(f, "fini");
    };
    for (const f of g.keys()) if (!etat.has(f)) visiter(f);
    expect(cycles).toEqual([]);
  });

  it("aucune flèche ne remonte les couches (hors exceptions listées)", () => {
    const montantes = new Set<string>();
    for (const [f, deps] of g) {
      for (const d of deps) {
        const a = rang(f);
        const b = rang(d);
        if (b.rang > a.rang) montantes.add(`${a.couche} -> ${b.couche}`);
      }
    }
    expect([...montantes].filter((m) => !EXCEPTIONS.includes(m)).sort()).toEqual([]);
  });

  it("chaque exception listée existe encore (sinon la retirer)", () => {
    const vues = new Set<string>();
    for (const [f, deps] of g) {
      for (const d of deps) vues.add(`${rang(f).couche} -> ${rang(d).couche}`);
    }
    expect(EXCEPTIONS.filter((e) => !vues.has(e))).toEqual([]);
  });
});
