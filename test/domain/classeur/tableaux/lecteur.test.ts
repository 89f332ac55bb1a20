import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import type { Definition } from "../../../../src/domain/classeur/reperage/correspondance";
import { Feuille } from "../../../../src/domain/classeur/reperage/feuille";
import type { SheetSnapshot } from "../../../../src/domain/classeur/snapshot";
import { trouverTableaux, type TableauLu } from "../../../../src/domain/classeur/tableaux";
import { feuille, onglet, type CelluleFab } from "../../saisie/fabrique";

/**
 * Lecteur générique de tableaux : le même tableau, écrit en lignes ou transposé, décalé, avec des
 * en-têtes sur deux niveaux, un format long, des totaux, des lignes réservées, une colonne masquée,
 * rend les mêmes valeurs par (entité, mesure).
 */

const DEFS: Definition[] = [
  { cle: "finess", canonique: "n finess", synonymes: ["finess"] },
  { cle: "nom", canonique: "raison sociale", synonymes: ["nom de l esms", "esms"] },
  { cle: "capacite", canonique: "capacite totale", synonymes: ["capacite autorisee totale"] },
  { cle: "internat", canonique: "dont internat", synonymes: ["capacite autorisee dont internat"] },
  { cle: "mode", canonique: "mode d accueil", synonymes: ["mode"] },
  { cle: "journees", canonique: "journees realisees", synonymes: ["journees"] },
];

/** Une grille de cellules : texte = libellé, « b:x » = saisie bleue de valeur x (« b: » vide). */
type Grille = readonly (readonly (string | number | null)[])[];

function cellule(x: string | number): CelluleFab {
  if (typeof x === "string" && x.startsWith("b:")) {
    const v = x.slice(2);
    return { v: v === "" ? null : Number.isNaN(Number(v)) ? v : Number(v), fill: "DDEBF7" };
  }
  return { v: x, gras: typeof x === "string" && /^[A-Z]/.test(x) && !/^ESMS/.test(x) };
}

function ecrire(
  g: Grille,
  o: {
    transposer?: boolean;
    decalage?: [number, number];
    fusions?: string[];
    masquees?: number[];
  } = {},
): SheetSnapshot {
  const [dl, dc] = o.decalage ?? [0, 0];
  const cellules: Record<string, CelluleFab> = {};
  g.forEach((ligne, i) =>
    ligne.forEach((x, j) => {
      if (x === null) return;
      const [r, c] = o.transposer ? [j, i] : [i, j];
      cellules[adresseA1(r + dl, c + dc)] = cellule(x);
    }),
  );
  const f = feuille("T", cellules, { ...(o.fusions ? { fusions: o.fusions } : {}) });
  return o.masquees ? { ...f, hiddenColumns: o.masquees } : f;
}

const lire = (s: SheetSnapshot, identites: string[] = ["finess", "nom"]): TableauLu[] =>
  trouverTableaux(new Feuille(s, onglet(s, "flash-2b")), { definitions: DEFS, min: 2, identites });

/** (entité, mesure) → valeur lue et adresse, pour comparer deux mises en page. */
function valeurs(t: TableauLu): string[] {
  return t.entites.flatMap((e) => {
    const id = String(e.champs.finess?.cellule.value ?? e.champs.nom?.cellule.value ?? "");
    return Object.entries(e.champs)
      .filter(([k]) => k !== "finess" && k !== "nom")
      .map(([k, c]) => `${id}|${e.libelles.join(" ")}|${k}=${String(c?.cellule.value ?? "")}`);
  });
}

const SIMPLE: Grille = [
  ["N° FINESS", "Raison sociale", "Capacité totale", "Dont internat"],
  ["440000018", "ESMS A", "b:40", "b:20"],
  ["440000026", "ESMS B", "b:12", "b:"],
  ["440000034", "ESMS C", "b:30", "b:30"],
  ["Total", null, "b:82", "b:50"],
];

describe("trouverTableaux — orientation, décalage", () => {
  const attendu = [
    "440000018||capacite=40",
    "440000018||internat=20",
    "440000026||capacite=12",
    "440000026||internat=",
    "440000034||capacite=30",
    "440000034||internat=30",
  ];

  it.each<[string, Parameters<typeof ecrire>[1]]>([
    ["en lignes", {}],
    ["transposé", { transposer: true }],
    ["décalé", { decalage: [5, 3] }],
    ["transposé et décalé", { transposer: true, decalage: [2, 6] }],
  ])("%s : mêmes valeurs par (ESMS, mesure), total à part", (_, o) => {
    const [t, ...autres] = lire(ecrire(SIMPLE, o));
    expect(autres).toEqual([]);
    expect(t?.orientation).toBe(o?.transposer ? "colonnes" : "lignes");
    expect(valeurs(t!)).toEqual(attendu);
    expect(t?.total?.champs.capacite?.cellule.value).toBe(82);
  });
});

describe("trouverTableaux — structures", () => {
  it("en-têtes sur deux niveaux : « Capacité autorisée » au-dessus de « totale » / « dont internat »", () => {
    const g: Grille = [
      ["N° FINESS", "Raison sociale", "Capacité autorisée", null],
      [null, null, "totale", "dont internat"],
      ["440000018", "ESMS A", "b:40", "b:20"],
    ];
    const [t] = lire(ecrire(g, { fusions: ["A1:A2", "B1:B2", "C1:D1"] }));
    expect(t?.entete.entetes.map((h) => h.cle)).toEqual(["finess", "nom", "capacite", "internat"]);
    expect(valeurs(t!)).toEqual(["440000018||capacite=40", "440000018||internat=20"]);
  });

  it("format long : FINESS et nom fusionnés sur deux lignes, une ligne par mode d'accueil", () => {
    const g: Grille = [
      ["N° FINESS", "Raison sociale", "Mode d'accueil", "Journées réalisées"],
      ["440000018", "ESMS A", "internat", "b:1200"],
      [null, null, "semi-internat", "b:300"],
      ["440000026", "ESMS B", "internat", "b:800"],
      [null, null, "semi-internat", "b:"],
    ];
    const [t] = lire(ecrire(g, { fusions: ["A2:A3", "B2:B3", "A4:A5", "B4:B5"] }), [
      "finess",
      "nom",
    ]);
    expect(
      t!.entites.map(
        (e) =>
          `${String(e.champs.finess?.cellule.value)} ${String(e.champs.mode?.cellule.value)} ${String(e.champs.journees?.cellule.value)}`,
      ),
    ).toEqual([
      "440000018 internat 1200",
      "440000018 semi-internat 300",
      "440000026 internat 800",
      "440000026 semi-internat ",
    ]);
  });

  it("ligne réservée (saisies vides) gardée et signalée ; sous-total ne clôt pas le tableau", () => {
    const g: Grille = [
      ["N° FINESS", "Raison sociale", "Capacité totale"],
      ["440000018", "ESMS A", "b:40"],
      ["Sous-total enfance", null, "b:40"],
      ["440000026", "ESMS B", "b:12"],
      ["b:", "b:", "b:"],
      ["Total", null, "b:52"],
    ];
    const [t] = lire(ecrire(g));
    expect(t!.entites.map((e) => [e.total, e.reservee])).toEqual([
      [null, false],
      ["sous-total", false],
      [null, false],
      [null, true],
    ]);
    expect(t!.total?.champs.capacite?.cellule.value).toBe(52);
  });

  it("deux tableaux empilés séparés d'une ligne vide : deux tableaux, dans l'ordre", () => {
    const g: Grille = [...SIMPLE.slice(0, 3), [], ...SIMPLE.slice(0, 2)];
    const ts = lire(ecrire(g));
    expect(ts.map((t) => t.entites.length)).toEqual([2, 1]);
  });

  it("un libellé d'une colonne masquée n'est pas un en-tête", () => {
    const g: Grille = [
      ["Capacité totale", "N° FINESS", "Raison sociale", "Journées"],
      ["99", "440000018", "ESMS A", "b:1200"],
    ];
    const [t] = lire(ecrire(g, { masquees: [0] }));
    expect(t?.entete.entetes.map((h) => h.cle)).toEqual(["finess", "nom", "journees"]);
  });

  it("une valeur fusionnée sur deux lignes n'appartient qu'à la première (comptée une fois)", () => {
    const g: Grille = [
      ["N° FINESS", "Mode d'accueil", "Capacité totale"],
      ["440000018", "internat", "b:40"],
      [null, "semi-internat", null],
    ];
    const [t] = lire(ecrire(g, { fusions: ["A2:A3", "C2:C3"] }));
    expect(t!.entites.map((e) => e.champs.capacite?.cellule.value ?? "—")).toEqual([40, "—"]);
  });
});
