import type { Champ, TableauEsms } from "../../../src/domain/classeur/modele";
import type { CellValue } from "../../../src/domain/classeur/snapshot";
import { formaterValeur } from "../../../src/domain/indicateurs/format";
import { calculerIndicateurs } from "../../../src/domain/indicateurs/registre";
import { champ, onglet, repere } from "./fabrique";

function relire(valeurs: Record<string, [CellValue | null, string?]>) {
  const champs: Record<string, Champ> = {};
  for (const [libelle, [v, format]] of Object.entries(valeurs)) {
    champs[libelle] = champ(v, { feuille: "2-C", ...(format ? { numberFormat: format } : {}) });
  }
  const zone: TableauEsms = {
    onglet: onglet("anap-2c"),
    esms: [{ finess: "440000123", nom: "IME Les Tilleuls", valeurs: champs }],
  };
  return calculerIndicateurs(repere({ anap2c: zone }));
}

describe("famille anap (2-C, valeurs relues)", () => {
  it.each([
    [
      "E1",
      "taux de realisation de l activite",
      0.958333,
      "0.0%",
      "anap.taux-realisation-activite",
      0.958333,
      "95,8\u00a0%",
      [],
    ],
    [
      "E2 en points",
      "taux d occupation",
      90.08,
      undefined,
      "anap.taux-occupation",
      0.9008,
      "90,1\u00a0%",
      [],
    ],
    [
      "réalisation sous 95 %",
      "taux de realisation de l activite",
      0.91,
      "0.0%",
      "anap.taux-realisation-activite",
      0.91,
      "91,0\u00a0%",
      ["info"],
    ],
    [
      "E3",
      "taux d occupation",
      1.24,
      "0%",
      "anap.taux-occupation",
      1.24,
      "124,0\u00a0%",
      ["alerte"],
    ],
    [
      "E5",
      "taux de rotation des personnels",
      0.13125,
      "0.0%",
      "anap.taux-rotation-personnel",
      0.13125,
      "13,1\u00a0%",
      [],
    ],
    [
      "E6",
      "taux d etp vacants",
      3.2 / 52.5,
      "0.0%",
      "anap.taux-etp-vacants",
      3.2 / 52.5,
      "6,1\u00a0%",
      [],
    ],
    [
      "E10",
      "taux d encadrement",
      38.5 / 45,
      undefined,
      "anap.taux-encadrement",
      38.5 / 45,
      "0,86",
      [],
    ],
    ["texte", "file active", "1 234", undefined, "anap.file-active", 1234, "1\u202f234", []],
  ])("%s : %s", (_cas, libelle, v, format, id, attendu, affiche, gravites) => {
    const [r] = relire({ [libelle]: [v, format] });
    expect(r?.id).toBe(id);
    expect(r?.valeur).toBeCloseTo(attendu, 9);
    expect(formaterValeur(r?.valeur ?? null, r?.unite ?? "nombre")).toBe(affiche);
    expect(r?.alertes.map((a) => a.gravite)).toEqual(gravites);
    expect(r?.perimetre.cle).toBe("440000123");
  });

  it("garde le libellé le plus court quand plusieurs colonnes visent le même indicateur", () => {
    const r = relire({
      "taux d absenteisme maladie ordinaire": [0.04, "0%"],
      "taux d absenteisme": [0.1, "0%"],
    });
    expect(r.map((x) => [x.id, x.valeur])).toEqual([["anap.taux-absenteisme", 0.1]]);
  });

  it.each([
    ["vide", null, "donnee-manquante"],
    ["erreur", "#N/A", "valeur-erreur"],
    ["texte", "NC", "texte-non-numerique"],
  ])("valeur %s → null", (_cas, v, raison) => {
    const [r] = relire({ "taux de caf": [v, "0.0%"] });
    expect(r?.valeur).toBeNull();
    expect(r?.raison).toBe(raison);
  });

  it("ignore un libellé non reconnu", () => {
    expect(relire({ "indicateur inconnu": [3] })).toEqual([]);
  });
});
