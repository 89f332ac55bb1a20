import { chercherTermes, GLOSSAIRE, termesDans } from "../../../src/domain/glossaire";

/** Glossaire : données complètes, recherche sans accents, termes repérés dans les textes. */

describe("données du glossaire", () => {
  it.each([
    "CPOM",
    "ESMS",
    "FINESS ET / EJ",
    "OG",
    "ARS / CD",
    "FLASH",
    "TdB ANAP",
    "Amendement Creton",
    "FRNG",
    "BFR",
    "CAF",
    "Vétusté",
    "SERAFIN-PH",
    "EPRD / ERRD",
  ])("contient %s", (terme) => {
    expect(GLOSSAIRE.map((t) => t.terme)).toContain(terme);
  });

  it.each(GLOSSAIRE.map((t) => [t.id, t] as const))(
    "%s : id ASCII unique, définition d'une ligne, source",
    (id, t) => {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(GLOSSAIRE.filter((x) => x.id === id)).toHaveLength(1);
      expect(t.definition).not.toMatch(/\n/);
      expect(t.definition.length).toBeLessThanOrEqual(130);
      expect(t.definition).toMatch(/[.]$/);
      expect(t.source.trim()).not.toBe("");
      expect(`${t.definition} ${t.source}`).not.toMatch(/\[(CONFIRMÉ|INFÉRENCE)|\.md\b/);
    },
  );
});

describe("chercherTermes", () => {
  it.each<[string, string]>([
    ["vetuste", "vetuste"],
    ["VÉTUSTÉ", "vetuste"],
    ["fonds de roulement", "frng"],
    ["autofinancement", "caf"],
    ["creton", "creton"],
    ["juridique", "finess-et-ej"],
  ])("« %s » trouve %s en premier", (q, id) => {
    expect(chercherTermes(q)[0]?.id).toBe(id);
  });

  it("requête vide : tout le glossaire ; inconnue : rien", () => {
    expect(chercherTermes("  ")).toHaveLength(GLOSSAIRE.length);
    expect(chercherTermes("zzzz")).toEqual([]);
  });
});

describe("termesDans", () => {
  it.each<[string, string[]]>([
    ["Taux de vétusté des constructions", ["vetuste"]],
    ["Capacité d'autofinancement (CAF) nette", ["caf", "capacite"]],
    ["Part des Creton dans la capacité autorisée", ["creton", "capacite"]],
    ["Fonds de roulement net global", ["frng"]],
    ["La clé du numéro FINESS est incorrecte", ["finess"]],
    ["un café au lait", []],
    ["Besoin en fonds de roulement (BFR)", ["frng", "bfr"]],
  ])("%s → %j", (texte, ids) => {
    expect(termesDans(texte).map((t) => t.id)).toEqual(ids);
  });
});
