import type { Axe, DiagnosticRepere, LigneEsms } from "../../../src/domain/classeur/modele";
import { completude } from "../../../src/domain/saisie";
import { adresseA1 } from "../../../src/domain/classeur/adresse";
import { bleu, champ, classeur, feuille, onglet } from "./fabrique";

const a1 = (ls: readonly { row: number; col: number }[]) => ls.map((l) => adresseA1(l.row, l.col));

const accueil = feuille("Accueil", { B2: { fill: "DDEBF7" }, C2: "Cellules à renseigner" });
const axe = feuille(
  "Axe 1-1",
  {
    B2: "Question 1",
    C2: bleu("Oui"),
    B3: "Question 2",
    C3: bleu(),
    B4: "Cases",
    C4: bleu(true),
    D4: bleu(),
    E4: bleu(),
    B5: "Cases jamais cochées",
    C5: bleu(false),
    D5: bleu(),
    B6: bleu("", { formule: '=""', type: "String" }),
    B8: bleu("Points forts…"),
  },
  { fusions: ["B8:E10"] },
);
const travail = feuille("Mes calculs", { A1: bleu() });
const masque = feuille("Listes", { A1: bleu() }, { visibility: "Hidden" });
const snap = classeur(accueil, axe, travail, masque);
const onglets = [
  onglet(snap.sheets[0]!, "accueil"),
  onglet(snap.sheets[1]!, "axe-1-1"),
  onglet(snap.sheets[2]!, "inconnu"),
  onglet(snap.sheets[3]!, "annexe-1"),
];

describe("completude — par onglet et au total", () => {
  const r = completude(snap, onglets);

  it("ne compte pas la pastille de légende de l'Accueil", () => {
    expect(r.parOnglet.find((o) => o.nom === "Accueil")).toMatchObject({ total: 0, taux: null });
  });

  it("compte les cellules bleues (fusion une fois) et liste les vides en ordre de lecture", () => {
    const o = r.parOnglet.find((x) => x.nom === "Axe 1-1");
    // C2 C3 C4 D4 E4 C5 D5 B6 B8 = 9 ; remplies : C2, C4 (+ D4, E4 couvertes par la case cochée), C5, B8.
    expect(o).toMatchObject({ total: 9, remplies: 6 });
    expect(o?.taux).toBeCloseTo(6 / 9, 9);
    expect(a1(o?.vides ?? [])).toEqual(["C3", "D5", "B6"]);
  });

  it("exclut du total les onglets inconnus et masqués, en disant pourquoi", () => {
    expect(r.global).toMatchObject({ total: 9, remplies: 6 });
    expect(r.exclus.map((e) => [e.nom, e.raison])).toEqual([
      ["Mes calculs", "onglet non reconnu (onglet de travail ou technique)"],
      ["Listes", "onglet masqué"],
    ]);
    expect(r.parZone).toEqual([]);
    expect(r.parEsms).toEqual([]);
  });

  it("rend un taux nul (null) sans cellule de saisie, jamais une division par zéro", () => {
    const vide = classeur(feuille("Annexe 1", { A1: "rien" }));
    expect(completude(vide, [onglet(vide.sheets[0]!, "annexe-1")]).global).toEqual({
      total: 0,
      remplies: 0,
      taux: null,
    });
  });
});

describe("completude — cases à cocher groupées par le repérage", () => {
  const f = feuille("Axe 2", { C2: bleu(true), C3: bleu(), C4: bleu(), C6: bleu(), C7: bleu() });
  const s = classeur(f);
  const o = onglet(s.sheets[0]!, "axe-2");
  const question = (cellules: string[]) => ({
    libelle: "q",
    row: 1,
    type: "case" as const,
    reponses: cellules.map((c) => champ(f, c)),
  });
  const axe2: Axe = {
    onglet: o,
    thematiques: [
      {
        numero: 1,
        intitule: "Qualité",
        row: 0,
        questions: [question(["C2", "C3", "C4"]), question(["C6", "C7"])],
        encarts: {},
      },
    ],
    encartsOnglet: {},
  };
  const repere: DiagnosticRepere = { onglets: [o], axes: [axe2], avertissements: [] };

  it("une case vide d'un groupe dont une case est cochée n'est pas à renseigner", () => {
    const r = completude(s, [o], repere);
    expect(a1(r.parOnglet[0]?.vides ?? [])).toEqual(["C6", "C7"]);
    expect(r.parZone).toEqual([
      expect.objectContaining({ libelle: "Axe 2 — 1. Qualité", total: 5, remplies: 3 }),
    ]);
  });

  it("sans repérage, des cases empilées en colonne ne forment pas de groupe", () => {
    expect(completude(s, [o]).parOnglet[0]?.remplies).toBe(1);
  });
});

describe("completude — zones et ESMS repérés", () => {
  const a = feuille("Annexe 1", {
    B2: "Raison sociale",
    C2: bleu("Association X"),
    B3: "FINESS juridique",
    C3: bleu(),
    C6: bleu(440000016),
    D6: bleu("IME Les Tilleuls"),
    E6: bleu(),
    C7: bleu("440000024"),
    D7: bleu("SESSAD Horizon"),
    E7: bleu(12),
  });
  const d = feuille("2-D", {
    C3: bleu(5),
    C4: bleu(),
    D3: bleu(),
    D4: bleu(),
    E3: bleu(1),
    E4: bleu(2),
  });
  const s = classeur(a, d);
  const oa = onglet(s.sheets[0]!, "annexe-1");
  const od = onglet(s.sheets[1]!, "complementaires-2d");
  const ligne = (row: string): LigneEsms => ({
    secteur: "enfance",
    row: Number(row) - 1,
    champs: {
      finess: champ(a, `C${row}`, "finess"),
      nom: champ(a, `D${row}`, "nom"),
      capacite: champ(a, `E${row}`, "capacite"),
    },
  });
  const colonne = (perimetre: string, col: string) => ({
    perimetre,
    numerateur: champ(d, `${col}3`),
    denominateur: champ(d, `${col}4`),
  });
  const repere: DiagnosticRepere = {
    onglets: [oa, od],
    annexe1: {
      onglet: oa,
      organisme: { "raison-sociale": champ(a, "C2"), "finess-juridique": champ(a, "C3") },
      esms: [ligne("6"), ligne("7")],
      totaux: {},
    },
    axes: [],
    complementaires2d: {
      onglet: od,
      indicateurs: [
        {
          intitule: "Taux d'occupation",
          row: 2,
          libelleNumerateur: "n",
          libelleDenominateur: "d",
          colonnes: [
            colonne("440000016", "C"),
            colonne("sessad horizon", "D"),
            colonne("Organisme", "E"),
          ],
        },
      ],
    },
    avertissements: [],
  };
  const r = completude(s, [oa, od], repere);

  it("compte par zone : section A, tableau d'ESMS, indicateur 2-D", () => {
    expect(r.parZone.map((z) => [z.libelle, z.total, z.remplies, a1(z.vides)])).toEqual([
      ["Annexe 1 — A. Organisme gestionnaire", 2, 1, ["C3"]],
      ["Annexe 1 — ESMS du secteur Enfance", 6, 5, ["E6"]],
      ["2-D — Taux d'occupation", 6, 3, ["D3", "C4", "D4"]],
    ]);
  });

  it("compte par ESMS : ligne de l'Annexe 1 et ses colonnes 2-D (par FINESS ou par nom)", () => {
    expect(r.parEsms.map((e) => [e.cle, e.libelle, e.total, e.remplies])).toEqual([
      ["440000016", "IME Les Tilleuls (440000016)", 5, 3],
      ["440000024", "SESSAD Horizon (440000024)", 5, 3],
    ]);
    expect(r.parEsms[1]?.vides.map((v) => [v.sheetName, adresseA1(v.row, v.col)])).toEqual([
      ["2-D", "D3"],
      ["2-D", "D4"],
    ]);
  });
});
