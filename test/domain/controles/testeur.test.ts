import { CONTROLES_FINESS } from "../../../src/domain/controles/finess";
import type { Controle } from "../../../src/domain/controles";
import { annexe1, repere } from "./fabrique";
import { constatsDuCas, problemesDeRendu, problemesDesCas } from "./testeur";

const cle = CONTROLES_FINESS.find((c) => c.meta.id === "finess/cle") as Controle;
const r = repere({ annexe1: annexe1({ organisme: { "finess-juridique": "590799731" } }) });

describe("testeur de contrôles", () => {
  it("refuse un cas invalide sans constat attendu, un messageId inconnu, un nom en double", () => {
    expect(
      problemesDesCas(cle, {
        valides: [{ nom: "a" }],
        invalides: [
          { nom: "a", constats: [] },
          { nom: "b", repere: r, constats: [{ messageId: "inexistant" }] },
        ],
      }),
    ).toEqual([
      "cas en double : « a »",
      "« a » : aucun constat attendu",
      "« b » : messageId inconnu « inexistant »",
    ]);
  });

  it("refuse une déclaration sans cas invalide", () => {
    expect(problemesDesCas(cle, { valides: [{ nom: "a" }], invalides: [] })).toEqual([
      "aucun cas invalide",
    ]);
  });

  it("repère un {{paramètre}} non fourni au rendu", () => {
    const [constat] = constatsDuCas(cle, { nom: "x", repere: r });
    expect(problemesDeRendu(cle, { ...constat!, data: {} })).toEqual([
      "paramètre {{valeur}} non fourni (cle)",
    ]);
    expect(problemesDeRendu(cle, constat!)).toEqual([]);
  });
});
