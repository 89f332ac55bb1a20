import type { Location } from "../../../src/domain/classeur/snapshot";
import { prochaineCelluleVide } from "../../../src/domain/saisie";

const loc = (sheetId: string, row: number, col: number): Location => ({
  sheetId,
  sheetName: sheetId,
  row,
  col,
});
const onglet = (sheetId: string, vides: Location[]) => ({
  sheetId,
  nom: sheetId,
  total: 10,
  remplies: 10 - vides.length,
  taux: null,
  vides,
});
const c = {
  parOnglet: [
    onglet("A", [loc("A", 1, 1), loc("A", 1, 3), loc("A", 4, 0)]),
    onglet("B", []),
    onglet("C", [loc("C", 0, 2)]),
  ],
};
const ordre = ["A", "B", "C"];

describe("prochaineCelluleVide", () => {
  it.each<[string, Location | null, 1 | -1, Location | null]>([
    ["première", null, 1, loc("A", 1, 1)],
    ["dernière", null, -1, loc("C", 0, 2)],
    ["suivante sur la même ligne", loc("A", 1, 1), 1, loc("A", 1, 3)],
    ["suivante depuis une cellule remplie", loc("A", 2, 0), 1, loc("A", 4, 0)],
    ["passe à l'onglet suivant (saute l'onglet complet)", loc("A", 4, 0), 1, loc("C", 0, 2)],
    ["depuis un onglet complet", loc("B", 0, 0), 1, loc("C", 0, 2)],
    ["boucle à la fin", loc("C", 0, 2), 1, loc("A", 1, 1)],
    ["précédente", loc("A", 1, 3), -1, loc("A", 1, 1)],
    ["précédente à travers les onglets", loc("C", 0, 2), -1, loc("A", 4, 0)],
    ["boucle au début en arrière", loc("A", 1, 1), -1, loc("C", 0, 2)],
    ["onglet hors de l'ordre : reprend au début", loc("Z", 0, 0), 1, loc("A", 1, 1)],
  ])("%s", (_, depuis, sens, attendu) => {
    expect(prochaineCelluleVide(c, depuis, sens, ordre)).toEqual(attendu);
  });

  it("suit l'ordre des onglets donné", () => {
    expect(prochaineCelluleVide(c, null, 1, ["C", "A"])).toEqual(loc("C", 0, 2));
  });

  it("rend la seule cellule vide même si l'on en part", () => {
    const seule = { parOnglet: [onglet("A", [loc("A", 0, 0)])] };
    expect(prochaineCelluleVide(seule, loc("A", 0, 0), 1, ["A"])).toEqual(loc("A", 0, 0));
  });

  it("rend null quand tout est renseigné", () => {
    expect(prochaineCelluleVide({ parOnglet: [onglet("A", [])] }, null, 1, ["A"])).toBeNull();
  });
});
