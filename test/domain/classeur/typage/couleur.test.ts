import {
  classerCouleur,
  distanceCouleur,
  SEUILS_COULEUR,
  versTsl,
} from "../../../../src/domain/classeur/typage/couleur";

describe("classerCouleur — bleus de saisie (§3.1)", () => {
  it.each([
    "DDEBF7",
    "DEEBF7",
    "BDD7EE",
    "9BC2E6",
    "D9E1F2",
    "B4C6E7",
    "8EA9DB",
    "DCE6F2",
    "DCE6F1",
    "B8CCE4",
    "95B3D7",
    "DAEEF3",
    "B7DEE8",
    "92CDDC",
    "CCFFFF",
    "99CCFF",
    "C1E5F5",
    "83CBEB",
    "CAEEFB",
    "ddebf7",
    "#BDD7EE",
  ])("%s est une saisie", (rgb) => {
    expect(classerCouleur(rgb)).toBe("saisie");
  });
});

describe("classerCouleur — couleurs refusées", () => {
  it.each([
    ["FFFFFF", "blanc"],
    ["F2F2F2", "gris"],
    ["D9D9D9", "gris"],
    ["BFBFBF", "gris"],
    ["C0C0C0", "gris argent"],
    ["FFF2CC", "jaune"],
    ["E2EFDA", "vert"],
    ["FCE4D6", "orangé"],
    ["FFFF99", "jaune classique"],
    ["1F4E78", "bleu foncé de bandeau"],
    ["0070C0", "bleu soutenu"],
    ["00B0F0", "bleu vif"],
    ["zzz", "illisible"],
  ])("%s (%s) n'est pas une saisie", (rgb) => {
    expect(classerCouleur(rgb)).toBe("non");
  });

  it("aucun remplissage (null) n'est pas une saisie", () => {
    expect(classerCouleur(null)).toBe("non");
  });
});

describe("classerCouleur — incertains", () => {
  it.each(["D6DCE4", "CCCCFF", "46B1E1"])("%s est incertain", (rgb) => {
    expect(classerCouleur(rgb)).toBe("incertain");
  });
});

describe("classerCouleur — étalonnage par la légende de l'Accueil", () => {
  it.each([
    // [couleur, étalon, exclue, attendu]
    ["D9D9D9", "D9D9D9", null, "saisie"], // la légende dit « gris = à renseigner »
    ["DADADA", "D9D9D9", null, "saisie"], // arrondi d'Excel ±2
    ["FFF2CC", "FFF2CC", null, "saisie"], // légende jaune
    ["FFFFFF", "D9D9D9", null, "non"], // loin de l'étalon et hors bande
    ["DDEBF7", "FFF2CC", null, "saisie"], // la bande reste valable
    ["DDEBF7", null, "DDEBF7", "pre-rempli"], // légende « pré-renseigné ARS » en bleu clair
    ["DEEBF7", null, "DDEBF7", "pre-rempli"],
    ["BDD7EE", "BDD7EE", "DDEBF7", "saisie"], // les deux légendes : la plus proche l'emporte
    ["DDEBF7", "BDD7EE", "DDEBF7", "pre-rempli"],
    [null, "DDEBF7", null, "non"],
  ] as const)("%s avec étalon %s et exclue %s → %s", (rgb, etalon, exclue, attendu) => {
    expect(classerCouleur(rgb, { etalon, exclue })).toBe(attendu);
  });
});

describe("versTsl et distanceCouleur", () => {
  it.each([
    ["CCFFFF", 180, 100, 90],
    ["99CCFF", 210, 100, 80],
    ["FFFFFF", 0, 0, 100],
    ["000000", 0, 0, 0],
    ["FF0000", 0, 100, 50],
  ])("%s → teinte %d°, saturation %d %, luminosité %d %", (rgb, t, s, l) => {
    const tsl = versTsl(rgb);
    expect(tsl?.teinte).toBeCloseTo(t, 9);
    expect(tsl?.saturation).toBeCloseTo(s, 9);
    expect(tsl?.luminosite).toBeCloseTo(l, 9);
  });

  it("la teinte de 92CDDC est proche de 192°", () => {
    expect(versTsl("92CDDC")?.teinte).toBeCloseTo(192.2, 1);
  });

  it("mesure l'écart d'arrondi d'Excel comme une petite distance", () => {
    expect(distanceCouleur("DDEBF7", "DEEBF7")).toBe(1);
    expect(distanceCouleur("DDEBF7", "FFFFFF")).toBeGreaterThan(SEUILS_COULEUR.distanceEtalon);
    expect(distanceCouleur("DDEBF7", "xx")).toBe(Infinity);
  });
});
