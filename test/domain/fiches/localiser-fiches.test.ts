import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import { localiserFiches } from "../../../src/domain/classeur/reperage/fiches/localiser-fiches";
import { genererFichesSocle } from "../../../src/domain/fiches/generer";
import { appliquer, CONTEXTE, VIDE } from "./outils";

/** Les feuilles générées sont lues sur les onglets que la reconnaissance dit fiche / suivi. */
describe("localiserFiches", () => {
  const socle = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));
  const onglets = reconnaitreOnglets(socle);

  it("lit les six fiches socle et le suivi, reconnus comme tels", () => {
    const fiches = onglets.filter((o) => o.type === "fiche-objectif").map((o) => o.nom);
    expect(fiches).toHaveLength(6);
    const lu = localiserFiches(socle, onglets);
    expect(lu.fiches.map((f) => f.nom)).toEqual(fiches);
    expect(lu.suivi?.nom).toBe("Suivi des objectifs");
  });

  it("ne lit pas une feuille reconnue d'un autre type", () => {
    const autres = onglets.map((o) => ({ ...o, type: "inconnu" as const }));
    const lu = localiserFiches(socle, autres);
    expect(lu.fiches).toEqual([]);
    expect(lu.suivi).toBeNull();
  });

  it("lit par son contenu une feuille que la reconnaissance n'a pas vue", () => {
    const lu = localiserFiches(socle, []);
    expect(lu.fiches).toHaveLength(6);
    expect(lu.suivi).not.toBeNull();
  });
});
