import type { Annexe1, Creton2F, LigneCreton } from "../../../src/domain/classeur/modele";
import type { ModeAccueil, OrientationCreton } from "../../../src/domain/classeur/modele";
import type { CellValue } from "../../../src/domain/classeur/snapshot";
import { formaterValeur } from "../../../src/domain/indicateurs/format";
import { calculerIndicateurs } from "../../../src/domain/indicateurs/registre";
import { champ, onglet, repere } from "./fabrique";

type Cellules = Partial<Record<`${ModeAccueil}.${OrientationCreton}`, CellValue | null>>;

function ligneCreton(
  finess: string,
  nom: string,
  cellules: Cellules,
  total?: CellValue,
): LigneCreton {
  const row = 10 + Object.keys(cellules).length;
  return {
    row,
    finess: champ(finess, { feuille: "2-F" }),
    nom: champ(nom, { feuille: "2-F" }),
    valeurs: Object.entries(cellules).map(([cle, v]) => {
      const [mode, orientation] = cle.split(".") as [ModeAccueil, OrientationCreton];
      return { mode, orientation, champ: champ(v ?? null, { feuille: "2-F" }) };
    }),
    ...(total !== undefined
      ? { total: champ(total, { feuille: "2-F", formule: "=SUM(C5:J5)" }) }
      : {}),
  };
}

function annexe1(capacite: CellValue | null, internat: CellValue | null): Annexe1 {
  return {
    onglet: onglet("annexe-1"),
    organisme: {},
    totaux: {},
    esms: [
      {
        secteur: "enfance",
        row: 20,
        champs: {
          finess: champ(440000123, { feuille: "Annexe 1" }),
          nom: champ("IME Les Tilleuls", { feuille: "Annexe 1" }),
          capacite: champ(capacite, { feuille: "Annexe 1" }),
          internat: champ(internat, { feuille: "Annexe 1" }),
        },
      },
    ],
  };
}

function calcul(lignes: LigneCreton[], a1?: Annexe1, total?: LigneCreton) {
  const zone: Creton2F = { onglet: onglet("creton-2f"), lignes, ...(total ? { total } : {}) };
  return calculerIndicateurs(repere({ creton2f: zone, ...(a1 ? { annexe1: a1 } : {}) }));
}

const IME = ligneCreton(
  "440000123",
  "IME Les Tilleuls",
  {
    "internat.mas": 2,
    "internat.fam": 1,
    "internat.esat": 1,
    "semi-internat.esat": 2,
    "semi-internat.foyer-de-vie": null,
  },
  6,
);
const ITEP = ligneCreton("440000456", "ITEP Le Phare", {
  "internat.esat": 1,
  "semi-internat.mas": 0,
});

describe("famille creton (2-F)", () => {
  const R = calcul([IME, ITEP], annexe1(85, 40));
  const un = (id: string, cle: string) => R.find((r) => r.id === id && r.perimetre.cle === cle);

  it.each([
    ["creton.total-esms", "440000123", 6, "6"],
    ["creton.total-esms", "440000456", 1, "1"],
    ["creton.total-colonne", "internat.esat", 2, "2"],
    ["creton.total-mode", "internat", 5, "5"],
    ["creton.total-mode", "semi-internat", 2, "2"],
    ["creton.total-orientation", "esat", 4, "4"],
    ["creton.total-orientation", "mas", 2, "2"],
    ["creton.total", "organisme", 7, "7"],
    ["creton.part-medicalisee", "organisme", 3 / 7, "42,9\u00a0%"],
    ["creton.taux-capacite", "440000123", 6 / 85, "7,1\u00a0%"],
    ["creton.taux-capacite-internat", "440000123", 4 / 40, "10,0\u00a0%"],
  ])("%s (%s)", (id, cle, attendu, affiche) => {
    const r = un(id, cle);
    expect(r?.valeur).toBeCloseTo(attendu, 9);
    expect(formaterValeur(r?.valeur ?? null, r?.unite ?? "nombre")).toBe(affiche);
  });

  it("E16 et E17 : 6 Creton pour 85 places → 7,1 % ; 4 en internat pour 40 → 10,0 %", () => {
    expect(un("creton.taux-capacite", "440000123")?.alertes).toEqual([]);
    expect(un("creton.taux-capacite-internat", "440000123")?.valeur).toBeCloseTo(0.1, 9);
  });

  it("ESMS absent de l'Annexe 1 : taux non calculé, explication", () => {
    const r = un("creton.taux-capacite", "440000456");
    expect(r?.valeur).toBeNull();
    expect(r?.raison).toBe("donnee-manquante");
    expect(r?.explication).toContain("non trouvé dans l'Annexe 1");
  });

  it.each([
    ["capacité nulle", 0, "denominateur-nul"],
    ["capacité en texte « NC »", "NC", "texte-non-numerique"],
    ["capacité en erreur", "#N/A", "valeur-erreur"],
  ])("%s", (_cas, capacite, raison) => {
    const r = calcul([IME], annexe1(capacite, 40)).find((x) => x.id === "creton.taux-capacite");
    expect(r?.valeur).toBeNull();
    expect(r?.raison).toBe(raison);
  });

  it("plus de Creton que de places : erreur", () => {
    const r = calcul([IME], annexe1(5, 40)).find((x) => x.id === "creton.taux-capacite");
    expect(r?.alertes.map((a) => a.gravite)).toEqual(["erreur"]);
  });

  it("ligne entièrement vide : total non renseigné (pas 0)", () => {
    const vide = ligneCreton("440000789", "IME Vide", { "internat.esat": null });
    const r = calcul([vide]).find((x) => x.id === "creton.total-esms");
    expect(r?.valeur).toBeNull();
    expect(r?.raison).toBe("donnee-manquante");
  });

  it("E16 : part dans l'effectif lue en 2-D (6 / 85 → 7,1 %)", () => {
    const ime = ligneCreton("440000123", "IME Les Tilleuls", { "internat.esat": 6 });
    const zone2d = {
      onglet: onglet("complementaires-2d"),
      indicateurs: [
        {
          intitule: "Jeunes adultes en amendement Creton",
          row: 3,
          libelleNumerateur: "Creton au 31/12",
          libelleDenominateur: "Personnes accompagnées au 31/12",
          colonnes: [{ perimetre: "440000123", numerateur: champ(6), denominateur: champ(85) }],
        },
      ],
    };
    const zone: Creton2F = { onglet: onglet("creton-2f"), lignes: [ime] };
    const r = calculerIndicateurs(repere({ creton2f: zone, complementaires2d: zone2d })).find(
      (x) => x.id === "creton.taux-effectif",
    );
    expect(r?.valeur).toBeCloseTo(6 / 85, 9);
    expect(formaterValeur(r?.valeur ?? null, "%")).toBe("7,1\u00a0%");
  });
});
