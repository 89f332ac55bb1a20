import { lireArguments, type Commande } from "../../src/cli/arguments";

/** Lecture des arguments : formes acceptées et refus (message français). */
describe("lireArguments", () => {
  it.each<[string[], Commande]>([
    [
      ["analyser", "a.xlsx"],
      { kind: "analyser", fichiers: ["a.xlsx"], json: false, gravite: null },
    ],
    [
      ["analyser", "a.xlsx", "b.xlsm", "--json", "--gravite", "alerte"],
      { kind: "analyser", fichiers: ["a.xlsx", "b.xlsm"], json: true, gravite: "alerte" },
    ],
    [
      ["analyser", "--gravite=erreur", "a.xlsx"],
      { kind: "analyser", fichiers: ["a.xlsx"], json: false, gravite: "erreur" },
    ],
    [
      ["analyser", "--json", "--", "--bizarre.xlsx", "--help"],
      { kind: "analyser", fichiers: ["--bizarre.xlsx", "--help"], json: true, gravite: null },
    ],
    [
      ["fiches", "d.xlsx", "--sortie", "f.xlsx"],
      { kind: "fiches", diagnostic: "d.xlsx", sortie: "f.xlsx", annee: null },
    ],
    [
      ["fiches", "--sortie=f.xlsx", "d.xlsm", "--annee", "2026"],
      { kind: "fiches", diagnostic: "d.xlsm", sortie: "f.xlsx", annee: 2026 },
    ],
    [["--version"], { kind: "version" }],
    [["fiches", "--help"], { kind: "aide" }],
  ])("%j", (args, attendu) => {
    expect(lireArguments(args)).toEqual(attendu);
  });

  it.each<[string[], RegExp]>([
    [["fiches", "a.xlsx", "b.xlsx", "--sortie", "c.xlsx"], /un seul classeur/],
    [["fiches", "a.xlsx", "--sortie", "c.xlsx", "--annee", "26"], /quatre chiffres/],
    [["fiches", "a.xlsx", "--sortie", "c.xlsx", "--json"], /Option inconnue pour fiches/],
    [["analyser", "a.xlsx", "--gravite=fatale"], /reçu « fatale »/],
  ])("%j est refusé", (args, motif) => {
    const c = lireArguments(args);
    expect(c.kind).toBe("erreur");
    expect(c.kind === "erreur" && c.message).toMatch(motif);
  });
});
