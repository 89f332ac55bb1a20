import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * Le fil principal du volet ne charge pas le code de l'analyse (issue 20, ADR 0022) : la
 * reconnaissance, le repérage, le typage, la complétude, les indicateurs, les contrôles et la
 * relecture tournent dans le fil d'analyse, ou sont chargés à la demande (`import()`). Un seul
 * import statique d'un module « tonneau » (`domain/saisie`, `domain/classeur/reconnaissance`)
 * ou d'une constante voisine suffisait à remettre ≈ 200 Ko de domaine dans les morceaux du volet,
 * évalués sur le fil principal avant la première lecture (≈ 40 à 60 ms dans Chromium).
 * Graphe des imports statiques exécutés (imports de types et `import()` exclus), depuis les
 * racines du volet et de l'aperçu.
 */

const RACINE = join(__dirname, "..", "..");

/** Ce que le script initial et les morceaux du volet chargent d'emblée. */
const RACINES = [
  "src/taskpane/index.tsx",
  "src/taskpane/volet.tsx",
  "src/apercu/index.tsx",
  "src/apercu/page.tsx",
  "src/apercu/Apercu.tsx",
];

/** Code d'analyse : hors du fil principal (préfixes de chemins). */
const ANALYSE = [
  "src/domain/classeur/reperage/",
  "src/domain/classeur/reconnaissance/reconnaitre.ts",
  "src/domain/classeur/typage/typer.ts",
  "src/domain/saisie/completude.ts",
  "src/domain/indicateurs/",
  "src/domain/controles/",
  "src/domain/relecture/",
  "src/use-cases/analyser.ts",
  "src/use-cases/analyser-sommaire.ts",
];

/** Un import exécuté : ni `import type`, ni seulement des noms de types. */
function estExecute(n: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(n)) {
    if (n.isTypeOnly) return false;
    const c = n.exportClause;
    return !c || !ts.isNamedExports(c) || c.elements.some((e) => !e.isTypeOnly);
  }
  const c = n.importClause;
  if (!c) return true; // import "./effet";
  if (c.isTypeOnly) return false;
  if (c.name) return true;
  const b = c.namedBindings;
  return !b || ts.isNamespaceImport(b) || b.elements.some((e) => !e.isTypeOnly);
}

function resoudre(depuis: string, specifiant: string): string | null {
  if (!specifiant.startsWith(".")) return null; // paquet npm
  const base = resolve(dirname(depuis), specifiant);
  const candidats = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ];
  return candidats.find((c) => existsSync(c) && /\.tsx?$/.test(c)) ?? null;
}

/** Imports statiques exécutés d'un fichier (chemins absolus). */
function importsDe(fichier: string): string[] {
  const source = ts.createSourceFile(
    fichier,
    readFileSync(fichier, "utf8"),
    ts.ScriptTarget.Latest,
  );
  const cibles: string[] = [];
  for (const n of source.statements) {
    if (!(ts.isImportDeclaration(n) || ts.isExportDeclaration(n))) continue;
    if (!n.moduleSpecifier || !ts.isStringLiteral(n.moduleSpecifier) || !estExecute(n)) continue;
    const cible = resoudre(fichier, n.moduleSpecifier.text);
    if (cible) cibles.push(cible);
  }
  return cibles;
}

/** Pour chaque fichier atteint, le fichier qui l'a fait atteindre (chemin de preuve). */
function atteints(racines: readonly string[]): Map<string, string | null> {
  const par = new Map<string, string | null>();
  const file = racines.map((r) => join(RACINE, r));
  for (const r of file) par.set(r, null);
  while (file.length > 0) {
    const f = file.shift() as string;
    for (const c of importsDe(f))
      if (!par.has(c)) {
        par.set(c, f);
        file.push(c);
      }
  }
  return par;
}

const rel = (p: string) => relative(RACINE, p);

function chemin(par: Map<string, string | null>, f: string): string {
  const etapes = [rel(f)];
  for (let p = par.get(f); p; p = par.get(p)) etapes.unshift(rel(p));
  return etapes.join(" → ");
}

const analyse = (par: Map<string, string | null>) =>
  [...par.keys()].filter((f) => ANALYSE.some((a) => rel(f).startsWith(a)));

describe("fil principal du volet sans le code de l'analyse", () => {
  it.each(RACINES)("%s n'importe statiquement aucun module d'analyse", (racine) => {
    const par = atteints([racine]);
    expect(par.size).toBeGreaterThan(5); // le graphe est bien parcouru
    expect(analyse(par).map((f) => chemin(par, f))).toEqual([]);
  });

  it("le parcours voit un module d'analyse derrière un module tonneau", () => {
    // Le fil d'analyse, lui, les importe (par domain/saisie et domain/classeur/reconnaissance).
    const par = atteints(["src/taskpane/analyse/analyse.worker.ts"]);
    const vus = analyse(par).map(rel);
    expect(vus).toEqual(
      expect.arrayContaining([
        "src/domain/saisie/completude.ts",
        "src/domain/classeur/reperage/localiser.ts",
        "src/domain/classeur/typage/typer.ts",
      ]),
    );
  });

  it("un import de types seul n'est pas suivi ; un import mêlé l'est", () => {
    const f = join(RACINE, "src/use-cases/session.ts");
    // session.ts : `import type { AnalyseurProgressif } from "./analyser-sommaire"`.
    expect(importsDe(f).map(rel)).not.toContain("src/use-cases/analyser-sommaire.ts");
    expect(importsDe(f).map(rel)).toContain("src/use-cases/session-commandes.ts");
  });
});
