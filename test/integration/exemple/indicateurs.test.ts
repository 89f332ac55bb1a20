import { calculerIndicateurs } from "../../../src/domain/indicateurs";
import type { ResultatIndicateur } from "../../../src/domain/indicateurs";
import type { Valeur } from "../../../scripts/exemple/contexte";
import { lire, type ClasseurLu } from "./outils";

/**
 * Indicateurs calculés sur le classeur complet, comparés à un calcul refait ici, à la main, à
 * partir des valeurs que le générateur a écrites (indicateurs.md §4 à §6).
 */

jest.setTimeout(60_000);

/** Les 18 indicateurs de 2-D, dans l'ordre du modèle (§5.11). */
const IDS_2D = [
  "pp-reactualise",
  "scolarisation",
  "scolarisation-hors-murs",
  "activite-milieu-ordinaire",
  "sorties-esat-milieu-ordinaire",
  "esat-mise-a-disposition",
  "personnes-60-ans",
  "delai-admission",
  "attente-capacite",
  "creton",
  "formation-bientraitance",
  "eig-analyses",
  "reunions-cvs",
  "reclamations-delai",
  "projets-etablissement-a-jour",
  "dossier-informatise",
  "medecin-traitant",
  "accueil-temporaire",
].map((n) => `compl.${n}`);

const nb = (v: Valeur | undefined): number => {
  if (typeof v !== "number") throw new Error(`Valeur non numérique : ${String(v)}`);
  return v;
};

let c: ClasseurLu;
let resultats: ResultatIndicateur[];
beforeAll(async () => {
  c = await lire("complet");
  resultats = calculerIndicateurs(c.repere);
});

function valeur(id: string, perimetre: string, exercice?: string): number | null {
  const r = resultats.filter(
    (x) => x.id === id && x.perimetre.libelle === perimetre && x.perimetre.exercice === exercice,
  );
  expect(r).toHaveLength(1);
  return r[0]?.valeur ?? null;
}

it("2-D : un taux par indicateur et par périmètre, numérateur / dénominateur", () => {
  const attendus = c.genere.donnees.complementaires.flatMap((ind, k) =>
    ind.colonnes.map((col) => ({
      id: IDS_2D[k],
      perimetre: col.perimetre,
      valeur: nb(col.num) / nb(col.den),
    })),
  );
  const calcules = resultats
    .filter((r) => r.onglet === "complementaires-2d")
    .map((r) => ({ id: r.id, perimetre: r.perimetre.libelle, valeur: r.valeur }));
  expect(calcules).toEqual(attendus);
  expect(attendus.length).toBeGreaterThan(40);
});

describe("2-E, tableau E3 : équilibres financiers par exercice", () => {
  const calculs: [string, (x: (code: string) => number) => number][] = [
    ["fin.fri", (x) => x("B1") + x("B3") - x("B4")],
    ["fin.fre", (x) => x("B9") - x("B10")],
    ["fin.frng", (x) => x("B1") + x("B3") - x("B4") + x("B9") - x("B10")],
    ["fin.bfr", (x) => x("B11") - x("B12")],
    ["fin.tresorerie-bilan", (x) => x("B13") - x("B14")],
    ["fin.charges-courantes", (x) => x("C1") - x("C2") - x("C3")],
    ["fin.caf", (x) => x("R1") + x("C2") - x("P2") - x("P3") + x("C3") - x("P4") - x("P5")],
    ["fin.vetuste-constructions", (x) => x("B6") / x("B5")],
    ["fin.vetuste-equipements", (x) => x("B8") / x("B7")],
    ["fin.taux-endettement", (x) => x("B2") / (x("B1") + x("B9"))],
    ["fin.independance-financiere", (x) => x("B2") / x("B1")],
    ["fin.taux-resultat", (x) => x("R1") / x("P1")],
    [
      "fin.tresorerie-jours",
      (x) =>
        ((x("B1") + x("B3") - x("B4") + x("B9") - x("B10") - (x("B11") - x("B12"))) * 365) /
        (x("C1") - x("C2") - x("C3")),
    ],
    [
      "fin.taux-caf",
      (x) =>
        (x("R1") + x("C2") - x("P2") - x("P3") + x("C3") - x("P4") - x("P5")) /
        (x("P1") - x("P3") - x("P4") - x("P5") - x("P2") - x("P6")),
    ],
  ];
  it.each(calculs)("%s", (id, f) => {
    const { exercices, financier } = c.genere.donnees;
    expect(exercices).toEqual(["2022", "2023", "2024"]);
    for (const ex of exercices) {
      const x = (code: string) => nb(financier[code]?.[ex]);
      expect(valeur(id, "Organisme", ex)).toBeCloseTo(f(x), 9);
    }
  });

  it("la trésorerie calculée (FRNG − BFR) égale celle du bilan (B13 − B14)", () => {
    for (const ex of c.genere.donnees.exercices)
      expect(valeur("fin.tresorerie", "Organisme", ex)).toBeCloseTo(
        valeur("fin.tresorerie-bilan", "Organisme", ex) ?? NaN,
        6,
      );
  });
});

it("2-E, E1 et E2 : cumuls sur 3 ans, totaux par exercice, réserves par ligne", () => {
  const { financier, exercices } = c.genere.donnees;
  const e1 = [
    "ESMS relevant de l'ARS seule (assurance maladie ; État pour les ESAT)",
    "ESMS relevant du Département seul",
    "ESMS à compétence conjointe ARS / Département",
  ];
  for (const ligne of e1) {
    const somme = exercices.reduce((s, ex) => s + nb(financier[ligne]?.[ex]), 0);
    expect(valeur("fin.resultat-cumule", ligne)).toBe(somme);
  }
  for (const ex of exercices) {
    const total = e1.reduce((s, l) => s + nb(financier[l]?.[ex]), 0);
    expect(valeur("fin.resultat-total", "Organisme", ex)).toBe(total);
    // Le résultat par autorité fait le résultat de l'exercice (R1 de E3).
    expect(total).toBe(nb(financier.R1?.[ex]));
  }
  const tresorerie = financier["Réserve de trésorerie"] ?? {};
  expect(valeur("fin.reserves-total", "Réserve de trésorerie")).toBe(
    nb(tresorerie.ARS) + nb(tresorerie["Département"]) + nb(tresorerie.Conjointe),
  );
});

it("2-F : Creton par établissement, total et part de la capacité (Annexe 1)", () => {
  const { creton, annexe1 } = c.genere.donnees;
  let total = 0;
  for (const l of creton) {
    const n = Object.values(l.valeurs).reduce<number>((s, v) => s + nb(v), 0);
    total += n;
    expect(valeur("creton.total-esms", l.nom)).toBe(n);
    const capacite = nb(annexe1.find((e) => e.valeurs.finess === l.finess)?.valeurs.capacite);
    expect(valeur("creton.taux-capacite", l.nom)).toBeCloseTo(n / capacite, 12);
  }
  expect(total).toBeGreaterThan(0);
  expect(valeur("creton.total", "Organisme")).toBe(total);
});

it("2-C : valeurs du Tableau de bord relues telles que pré-remplies", () => {
  const { anap, esms } = c.genere.donnees;
  for (const e of esms) {
    const lu = (id: string) => valeur(id, e.nom);
    expect(lu("anap.taux-absenteisme")).toBe(anap[e.finess]?.["Taux d'absentéisme"]);
    expect(lu("anap.taux-occupation")).toBe(anap[e.finess]?.["Taux d'occupation"]);
    expect(lu("anap.file-active")).toBe(anap[e.finess]?.["File active"]);
  }
});

it("un total calculé dont la valeur en cache est 0 est lu 0, pas vide", () => {
  const zero = c.repere.creton2f?.lignes.find((l) => l.total?.cellule.value === 0)?.total;
  expect(zero?.cellule).toMatchObject({
    type: "Double",
    value: 0,
    formula: expect.stringMatching(/^=SUM/),
  });
  expect(c.genere.donnees.creton.some((l) => Object.values(l.valeurs).every((v) => v === 0))).toBe(
    true,
  );
});

it("aucun indicateur du classeur complet n'est incalculable (hors catégorie sans départ en E4)", () => {
  // Une catégorie professionnelle sans départ chiffré (coût et provision nuls) : couverture sans
  // objet ; vérifié valeur par valeur dans indicateurs-rh-siege.test.ts.
  const sansObjet = (r: ResultatIndicateur) =>
    r.id === "fin.couverture-idr" && r.raison === "non-applicable";
  expect(
    resultats.filter((r) => r.valeur === null && !sansObjet(r)).map((r) => `${r.id} ${r.raison}`),
  ).toEqual([]);
});
