import {
  TYPES_ONGLETS,
  VARIANTES,
  lire,
  typesQuestions,
  zonesGenerees,
  zonesLocalisees,
  type ClasseurLu,
} from "./outils";

/**
 * Classeur d'exemple, toutes variantes : chaque onglet reconnu avec le bon type, et chaque zone du
 * modèle repérée par `localiser` exactement à la cellule où le générateur l'a écrite.
 */

jest.setTimeout(60_000);

describe.each(VARIANTES)("variante %s", (variante) => {
  let c: ClasseurLu;
  beforeAll(async () => {
    c = await lire(variante);
  });

  it("reconnaît chaque onglet avec son type (Listes, masqué : inconnu)", () => {
    expect(Object.fromEntries(c.onglets.map((o) => [o.nom, o.type]))).toEqual(TYPES_ONGLETS);
    for (const o of c.onglets.filter((x) => x.type !== "inconnu")) {
      expect(o.origine).toBe("nom+contenu");
      expect(o.doublonDe).toBeUndefined();
    }
    expect(c.onglets.find((o) => o.nom === "Listes")?.visible).toBe(false);
  });

  it("repère chaque zone du modèle à la cellule écrite par le générateur", () => {
    expect(zonesLocalisees(c.repere)).toEqual(zonesGenerees(c.genere));
    expect(c.repere.avertissements).toEqual([]);
  });

  it("repère toutes les familles de zones (aucune n'est vide)", () => {
    const cles = Object.keys(zonesLocalisees(c.repere));
    for (const famille of ["a1/org/", "a1/esms/", "a1/total/", "2b/", "2c/", "2d/", "2f/"])
      expect(cles.filter((k) => k.startsWith(famille)).length).toBeGreaterThan(0);
    for (const t of ["e1", "e2", "e3", "e4", "e5", "e6"])
      expect(cles.some((k) => k.startsWith(`2e/${t}/`))).toBe(true);
    for (const a of ["axe-1-1", "axe-1-2", "axe-1-3", "axe-2", "axe-3"])
      expect(cles.some((k) => k.startsWith(`axe/${a}/`))).toBe(true);
  });

  it("types des questions des axes : ceux du générateur", () => {
    const ecrits = c.genere.donnees.axes.map((a) => ({
      type: a.type,
      thematiques: a.thematiques.map((t) => t.questions.map((q) => q.type)),
    }));
    expect(typesQuestions(c.repere)).toEqual(ecrits);
  });
});
