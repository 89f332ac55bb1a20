import { lireOuiNon, type OuiNonLu } from "../../../src/domain/valeurs";
import type { CellValue, ValueType } from "../../../src/domain/classeur/snapshot";

describe("lireOuiNon", () => {
  it.each<[CellValue, ValueType, OuiNonLu]>([
    ["Oui", "String", { kind: "reponse", reponse: "oui" }],
    ["OUI ", "String", { kind: "reponse", reponse: "oui" }],
    ["non", "String", { kind: "reponse", reponse: "non" }],
    ["Pratiques hétérogènes", "String", { kind: "reponse", reponse: "pratiques-heterogenes" }],
    ["pratiques  heterogenes", "String", { kind: "reponse", reponse: "pratiques-heterogenes" }],
    ["Pratique hétérogène", "String", { kind: "reponse", reponse: "pratiques-heterogenes" }],
    ["PRATIQUES HÉTÉROGÈNES", "String", { kind: "reponse", reponse: "pratiques-heterogenes" }],
    ["", "Empty", { kind: "vide" }],
    [" ", "String", { kind: "vide" }],
    ["#N/A", "Error", { kind: "erreur", code: "#N/A" }],
    ["Oui mais", "String", { kind: "hors-liste", brute: "Oui mais" }],
    ["O", "String", { kind: "hors-liste", brute: "O" }],
    ["Sans objet", "String", { kind: "hors-liste", brute: "Sans objet" }],
    [true, "Boolean", { kind: "hors-liste", brute: true }],
    [1, "Double", { kind: "hors-liste", brute: 1 }],
  ])("%p (%s)", (value, type, attendu) => {
    expect(lireOuiNon({ value, type })).toEqual(attendu);
  });
});
