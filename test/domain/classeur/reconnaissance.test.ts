import { CATALOGUE_ONGLETS } from "../../../src/domain/classeur/catalogue/catalogue";
import {
  CLE_CORRECTIONS,
  planAnnulerCorrection,
  planCorrection,
} from "../../../src/domain/classeur/reconnaissance/corrections";
import { indicesNom } from "../../../src/domain/classeur/reconnaissance/indices";
import {
  pourquoiNonReconnu,
  reconnaitreOnglets,
} from "../../../src/domain/classeur/reconnaissance/reconnaitre";
import { TYPES_ONGLET } from "../../../src/domain/classeur/types-onglet";
import { classeurDe, feuilleDe } from "./fabrique";

const vide = (nom: string, id?: string) => feuilleDe(nom, [[]], id ? { id } : {});

describe("catalogue des onglets", () => {
  it("couvre chaque type sauf « inconnu », une seule fois", () => {
    const types = CATALOGUE_ONGLETS.map((e) => e.type);
    expect(new Set(types).size).toBe(types.length);
    expect([...types, "inconnu"].sort()).toEqual([...TYPES_ONGLET].sort());
  });
});

describe("reconnaissance par le nom", () => {
  it.each([
    ["Accueil", "accueil"],
    ["SOMMAIRE", "accueil"],
    ["Annexe 1", "annexe-1"],
    ["Annexe1", "annexe-1"],
    ["A1 Fiche signalétique", "annexe-1"],
    ["Annexe 1 (2)", "annexe-1"],
    ["Axe 1-1 Enfance", "axe-1-1"],
    ["2-A 1.1", "axe-1-1"],
    ["Axe 1–2 ADULTES", "axe-1-2"],
    ["Axe 1-3", "axe-1-3"],
    ["Coopérations", "axe-1-3"],
    ["Axe 2 Qualité", "axe-2"],
    ["Axe 3", "axe-3"],
    ["2-B FLASH", "flash-2b"],
    ["Annexe 2B", "flash-2b"],
    ["2C ANAP", "anap-2c"],
    ["TdB", "anap-2c"],
    ["Annexe 2-D", "complementaires-2d"],
    ["2D", "complementaires-2d"],
    ["Annexe2D", "complementaires-2d"],
    ["Indic. compl.", "complementaires-2d"],
    ["2-E Diag. financier", "financier-2e"],
    ["Budgétaire", "financier-2e"],
    ["2-F Creton", "creton-2f"],
    ["Amendement Creton", "creton-2f"],
    ["2-G", "departementaux-2g"],
    ["CD", "departementaux-2g"],
    ["Fiche objectif 3", "fiche-objectif"],
    ["Suivi des objectifs", "suivi-objectifs"],
  ])("« %s » → %s", (nom, type) => {
    const [o] = reconnaitreOnglets(classeurDe([vide(nom)]));
    expect(o?.type).toBe(type);
    expect(o?.confiance).toBe(0.7);
    expect(o?.origine).toBe("nom");
  });

  it.each([["2bis"], ["CDI"], ["Feuil1"], ["2-A bis TSA"], ["Listes"]])(
    "« %s » n'est reconnu par aucun motif (mot entier exigé)",
    (nom) => {
      expect(indicesNom(nom)).toEqual([]);
    },
  );
});

const feuille2D = (nom: string) =>
  feuilleDe(nom, [
    ["Annexe 2-D — Indicateurs complémentaires"],
    ["Projets personnalisés réactualisés"],
    ["Numérateur : personnes…", 12],
    ["Dénominateur : personnes…", 20],
  ]);

describe("reconnaissance par le contenu", () => {
  it("nom + contenu concordants : 0,9", () => {
    const [o] = reconnaitreOnglets(classeurDe([feuille2D("2-D")]));
    expect(o).toMatchObject({ type: "complementaires-2d", confiance: 0.9, origine: "nom+contenu" });
  });

  it("onglet renommé « Feuil7 » : contenu seul, 0,6", () => {
    const [o] = reconnaitreOnglets(classeurDe([feuille2D("Feuil7")]));
    expect(o).toMatchObject({ type: "complementaires-2d", confiance: 0.6, origine: "contenu" });
  });

  it("un onglet « Enfance » qui contient « numérateur » est un 2-D, pas l'axe 1-1", () => {
    const [o] = reconnaitreOnglets(classeurDe([feuille2D("Enfance")]));
    expect(o?.type).toBe("complementaires-2d");
  });

  it("un sommaire qui cite toutes les annexes est l'Accueil", () => {
    const s = feuilleDe("Feuille 1", [
      ["Contrat pluriannuel d'objectifs et de moyens — Diagnostic partagé"],
      ["À l'ouverture, cliquez « Ne pas mettre à jour »."],
      ["Annexe 1 – Fiche signalétique"],
      ["Annexe 2-A"],
      ["Annexe 2-B"],
      ["Annexe 2-D"],
      ["Annexe 2-E"],
    ]);
    const [o] = reconnaitreOnglets(classeurDe([s]));
    expect(o).toMatchObject({ type: "accueil", origine: "contenu" });
  });
});

describe("corrections, rang, doublons", () => {
  const classeur = (settings = {}) =>
    classeurDe(
      [
        vide("Accueil", "s0"),
        vide("Annexe 1", "s1"),
        vide("Axe 1-1", "s2"),
        vide("Onglet X", "s3"),
        vide("Annexe 1 (2)", "s4"),
        feuilleDe("Listes", [["Oui"], ["Non"]], { id: "s5", visibility: "Hidden" }),
      ],
      settings,
    );

  it("un onglet sans indice reçoit une hypothèse de rang, type inconnu, confiance 0,3", () => {
    const o = reconnaitreOnglets(classeur()).find((x) => x.sheetId === "s3");
    expect(o).toMatchObject({
      type: "inconnu",
      confiance: 0.3,
      origine: "rang",
      hypothese: "axe-1-2",
    });
  });

  it("la correction enregistrée prime (1,0)", () => {
    const o = reconnaitreOnglets(classeur({ [CLE_CORRECTIONS]: { s3: "axe-2", s1: "inconnu" } }));
    expect(o.find((x) => x.sheetId === "s3")).toMatchObject({
      type: "axe-2",
      confiance: 1,
      origine: "correction",
    });
    expect(o.find((x) => x.sheetId === "s1")).toMatchObject({ type: "inconnu", confiance: 1 });
  });

  it("ignore une correction mal formée", () => {
    const o = reconnaitreOnglets(classeur({ [CLE_CORRECTIONS]: { s3: "n-importe-quoi" } }));
    expect(o.find((x) => x.sheetId === "s3")?.origine).toBe("rang");
  });

  it("signale le second onglet du même type", () => {
    const o = reconnaitreOnglets(classeur());
    expect(o.find((x) => x.sheetId === "s4")).toMatchObject({ type: "annexe-1", doublonDe: "s1" });
    expect(o.find((x) => x.sheetId === "s1")?.doublonDe).toBeUndefined();
  });

  it("un onglet masqué est reconnu et marqué non visible", () => {
    const o = reconnaitreOnglets(classeur()).find((x) => x.sheetId === "s5");
    expect(o).toMatchObject({ visible: false, type: "inconnu" });
    expect(o?.hypothese).toBeUndefined();
  });

  it("planCorrection : un setSetting qui garde les autres corrections", () => {
    const snap = classeur({ [CLE_CORRECTIONS]: { s2: "axe-1-1", disparu: "axe-2" } });
    const plan = planCorrection("s3", "axe-1-2", snap);
    expect(plan.operations).toEqual([
      { kind: "setSetting", key: CLE_CORRECTIONS, value: { s2: "axe-1-1", s3: "axe-1-2" } },
    ]);
    expect(plan.titre).toContain("Onglet X");
    const corrige = reconnaitreOnglets({
      ...snap,
      settings: {
        [CLE_CORRECTIONS]:
          plan.operations[0] && "value" in plan.operations[0] ? plan.operations[0].value : {},
      },
    });
    expect(corrige.find((x) => x.sheetId === "s3")?.type).toBe("axe-1-2");
    expect(planAnnulerCorrection("s2", snap).operations[0]).toEqual({
      kind: "setSetting",
      key: CLE_CORRECTIONS,
      value: {},
    });
    expect(() => planCorrection("absent", "axe-2", snap)).toThrow(/n'existe plus/);
  });
});

describe("classeur sans rapport", () => {
  it("tout inconnu, sans hypothèse de rang, et un message d'aide", () => {
    const snap = classeurDe([
      feuilleDe("Budget 2024", [
        ["Poste", "Montant"],
        ["Loyer", 1200],
        ["Total", 1200],
      ]),
      feuilleDe("Feuil2", [["Liste des courses"]]),
      vide("Feuil3"),
    ]);
    const o = reconnaitreOnglets(snap);
    expect(o.map((x) => x.type)).toEqual(["inconnu", "inconnu", "inconnu"]);
    expect(o.every((x) => x.hypothese === undefined)).toBe(true);
    expect(pourquoiNonReconnu(o)).toMatch(/Aucun des 3 onglet/);
    expect(pourquoiNonReconnu(reconnaitreOnglets(classeurDe([feuille2D("2D")])))).toBeNull();
  });
});
