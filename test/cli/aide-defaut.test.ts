import { AIDE } from "../../src/cli/arguments";
import { texteFichier } from "../../src/cli/sortie-texte";
import type { RapportFichier } from "../../src/cli/rapport-fichier";

/** L'aide dit ce que fait vraiment la sortie par défaut (erreurs détaillées, le reste compté). */

const constat = (gravite: "erreur" | "alerte" | "info", message: string) => ({
  gravite,
  message,
  correction: "Corriger.",
  onglet: "Annexe 1",
  cellule: "B2",
  cellules: ["B2"],
});

const rapport = {
  json: {
    fichier: "d.xlsx",
    statut: "analyse",
    avertissements: [],
    onglets: [],
    indicateurs: [],
    constats: [
      constat("erreur", "Une erreur"),
      constat("alerte", "Une alerte"),
      constat("info", "Une info"),
    ],
  },
  nonReconnu: null,
} as unknown as RapportFichier;

describe("aide et sortie par défaut", () => {
  it("sans --gravite, les alertes sont comptées, pas détaillées", () => {
    const t = texteFichier(rapport, null);
    expect(t).toContain("Une erreur");
    expect(t).not.toContain("Une alerte");
  });

  it("l'aide ne prétend pas que le défaut montre tout", () => {
    expect(AIDE).not.toMatch(/tout, par défaut/);
    expect(AIDE).toMatch(
      /Par défaut, le résumé détaille les erreurs et compte seulement les alertes/,
    );
  });

  it("avec --gravite info, tout est détaillé, comme l'aide le dit", () => {
    const t = texteFichier(rapport, "info");
    expect(t).toContain("Une alerte");
    expect(t).toContain("Une info");
    expect(AIDE).toContain("--gravite info les détaille toutes");
  });
});
