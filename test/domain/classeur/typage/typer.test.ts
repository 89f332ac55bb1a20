import { lireA1 } from "../../../../src/domain/classeur/adresse";
import { typerClasseur } from "../../../../src/domain/classeur/typage/classeur";
import { typerFeuille, type TypeCellule } from "../../../../src/domain/classeur/typage/typer";
import { classeur, feuille, type CelluleFab } from "../../saisie/fabrique";

const type = (cellules: Record<string, CelluleFab>, a1: string, options = {}): TypeCellule => {
  const f = feuille("F", cellules);
  const { row, col } = lireA1(a1);
  return typerFeuille(f, options).type(row, col);
};

describe("typerFeuille — une cellule seule", () => {
  it.each<[string, CelluleFab, TypeCellule]>([
    ["bleu vide", { fill: "DDEBF7" }, "saisie"],
    ["bleu rempli d'un texte", { v: "IME Les Pins", fill: "DDEBF7" }, "saisie"],
    ["bleu avec formule", { v: 3, formule: "=B1+B2", fill: "DDEBF7" }, "saisie"],
    ["gris F2F2F2 avec un nombre (pré-rempli ARS)", { v: 12, fill: "F2F2F2" }, "pre-rempli"],
    ["gris F2F2F2 vide", { fill: "F2F2F2" }, "vide"],
    ["en-tête gris E7E6E6", { v: "Capacité autorisée", fill: "E7E6E6" }, "libelle"],
    ["ligne de thématique EDEDED", { v: "Thématique 1", fill: "EDEDED" }, "libelle"],
    ["texte sans fond", { v: "FINESS" }, "libelle"],
    ["nombre sans fond", { v: 2024 }, "pre-rempli"],
    ["formule jaune", { v: 0.5, formule: "=B1/B2", fill: "FFF2CC" }, "calcul"],
    ["formule sans fond", { v: 0.5, formule: "=B1/B2" }, "calcul"],
    ["formule qui renvoie un texte", { v: "Alerte", formule: '=IF(B1>1,"Alerte","")' }, "libelle"],
    ["bleu incertain", { fill: "D6DCE4" }, "incertaine"],
    ["rien", {}, "vide"],
  ])("%s → %s", (_, c, attendu) => {
    expect(type({ B2: c }, "B2")).toBe(attendu);
  });
});

describe("typerFeuille — les gris ne sont jamais des saisies face à une légende colorée", () => {
  it.each(["F2F2F2", "E7E6E6", "EDEDED", "F3F3F3", "D9D9D9", "FFFFFF"])(
    "%s avec la légende de saisie DEEBF7 → pas une saisie",
    (gris) => {
      expect(type({ B2: { fill: gris } }, "B2", { etalon: "DEEBF7" })).not.toBe("saisie");
      expect(type({ B2: { v: "Total", fill: gris } }, "B2", { etalon: "DEEBF7" })).toBe("libelle");
    },
  );

  it("un fond blanc n'est jamais une saisie, même face à une légende de saisie grise", () => {
    expect(type({ B2: { fill: "FFFFFF" } }, "B2", { etalon: "F2F2F2" })).toBe("vide");
    expect(type({ B2: { fill: "FEFEFE" } }, "B2", { etalon: "F2F2F2", exclue: "F2F2F2" })).toBe(
      "vide",
    );
  });

  it("une légende de saisie grise fait des gris proches des saisies", () => {
    expect(type({ B2: { fill: "F2F2F2" } }, "B2", { etalon: "F2F2F2" })).toBe("saisie");
    expect(type({ B2: { fill: "F3F3F3" } }, "B2", { etalon: "F2F2F2" })).toBe("saisie");
    // … mais un gris plus proche de la pastille « pré-rempli » reste pré-rempli.
    const o = { etalon: "F2F2F2", exclue: "D9D9D9" };
    expect(type({ B2: { v: 3, fill: "D8D8D8" } }, "B2", o)).toBe("pre-rempli");
  });

  it("une légende colorée sert d'ancre : le plus proche l'emporte", () => {
    const o = { etalon: "DAEEF3", exclue: "E2EFDA", calcul: "FFF2CC" };
    expect(type({ B2: { fill: "DBEEF4" } }, "B2", o)).toBe("saisie");
    expect(type({ B2: { v: 4, fill: "E2EFDA" } }, "B2", o)).toBe("pre-rempli");
    expect(type({ B2: { v: 4, fill: "FFF2CB" } }, "B2", o)).toBe("calcul");
    // Un autre bleu, loin de toute pastille : la bande des bleus de saisie.
    expect(type({ B2: { fill: "BDD7EE" } }, "B2", o)).toBe("saisie");
  });
});

describe("typerFeuille — structure", () => {
  it("une ligne d'en-têtes en gras sur fond bleu reste des libellés", () => {
    const h = (v: string): CelluleFab => ({ v, fill: "BDD7EE", gras: true });
    const cellules = { B2: h("FINESS"), C2: h("Nom"), D2: h("Capacité"), B3: { fill: "BDD7EE" } };
    expect(type(cellules, "C2")).toBe("libelle");
    expect(type(cellules, "B3")).toBe("saisie");
  });

  it("une cellule d'une colonne masquée n'est ni libellé ni saisie", () => {
    const f = { ...feuille("F", { B2: "Q1.1", C2: { fill: "DDEBF7" } }), hiddenColumns: [1] };
    expect(typerFeuille(f).type(1, 1)).toBe("masquee");
    expect(typerFeuille(f).type(1, 2)).toBe("saisie");
  });

  it("une cellule couverte par une fusion a le type de son ancre", () => {
    const f = feuille("F", { B2: { fill: "DDEBF7" } }, { fusions: ["B2:C2"] });
    expect(typerFeuille(f).type(1, 2)).toBe("saisie");
    expect(typerFeuille(f).ancresSaisie).toHaveLength(1);
  });

  it("les pastilles de légende de chaque onglet ne sont pas des saisies", () => {
    const accueil = feuille("Accueil", { B2: "Cellules à renseigner", C2: { fill: "DDEBF7" } });
    const autre = feuille(
      "Axe 2",
      { B2: "Zones de saisie", D2: { fill: "DDEBF7" }, B4: { fill: "DDEBF7" } },
      { id: "2" },
    );
    const t = typerClasseur(classeur(accueil, autre));
    expect(t.feuille(accueil).type(1, 2)).toBe("legende");
    expect(t.feuille(autre).type(1, 3)).toBe("legende");
    expect(t.feuille(autre).type(3, 1)).toBe("saisie");
  });
});
