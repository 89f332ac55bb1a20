import { adresseA1 } from "../../../src/domain/classeur/adresse";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { annexe1, axe11, complementaires, creton, financier, tableauEsms } from "./exemples";
import { classeurDe } from "./fabrique";

/** Variantes de classeur (modèle, §8) : onglets renommés, réordonnés, masqués ; libellés reformulés. */

const renommer = (s: SheetSnapshot, name: string, hidden = false): SheetSnapshot => ({
  ...s,
  name,
  ...(hidden ? { visibility: "Hidden" as const } : {}),
});

describe("onglets renommés, réordonnés et masqués", () => {
  it("chaque onglet est reconnu par son contenu (0,6), le rang n'intervient pas", () => {
    const snap = classeurDe([
      renommer(creton(), "Feuil1"),
      renommer(financier(), "Feuil2", true),
      renommer(complementaires(), "Feuil3"),
      renommer(annexe1(), "Feuil4"),
      renommer(axe11(), "Feuil5"),
    ]);
    const o = reconnaitreOnglets(snap);
    expect(o.map((x) => [x.nom, x.type, x.confiance, x.visible])).toEqual([
      ["Feuil1", "creton-2f", 0.6, true],
      ["Feuil2", "financier-2e", 0.6, false],
      ["Feuil3", "complementaires-2d", 0.6, true],
      ["Feuil4", "annexe-1", 0.6, true],
      ["Feuil5", "axe-1-1", 0.6, true],
    ]);
    const r = localiser(snap, o);
    expect(r.creton2f?.lignes).toHaveLength(2);
    expect(r.financier2e?.exercices).toEqual(["2021", "2022", "2023"]);
    expect(r.annexe1?.esms).toHaveLength(5);
  });

  it("2-B renommé « Feuil9 » sans titre reconnaissable : inconnu avec hypothèse de rang", () => {
    const b = tableauEsms("Feuil9");
    const sansTitre = { ...b, values: b.values.map((l, i) => (i === 0 ? l.map(() => "") : l)) };
    const snap = classeurDe([
      renommer(annexe1(), "Accueil"),
      annexe1(),
      axe11(),
      renommer(axe11(), "Axe 1-2"),
      renommer(axe11(), "Axe 1-3"),
      renommer(axe11(), "Axe 2"),
      renommer(axe11(), "Axe 3"),
      sansTitre,
    ]);
    const o = reconnaitreOnglets(snap);
    expect(o[7]).toMatchObject({ type: "inconnu", origine: "rang", hypothese: "flash-2b" });
  });
});

describe("libellés reformulés", () => {
  it("synonymes de la section A : confiance 0,8, mêmes cellules", () => {
    const s = annexe1();
    const reformule: SheetSnapshot = {
      ...s,
      values: s.values.map((l) =>
        l.map((v) =>
          v === "N° FINESS juridique :"
            ? "FINESS EJ"
            : v === "Raison sociale de l'organisme gestionnaire"
              ? "Raison sociale"
              : v,
        ),
      ),
    };
    const snap = classeurDe([reformule]);
    const r = localiser(snap, reconnaitreOnglets(snap)).annexe1;
    const a = (k: string) => {
      const c = r?.organisme[k];
      return c && [adresseA1(c.location.row, c.location.col), c.confiance];
    };
    expect(a("finess-juridique")).toEqual(["B4", 0.8]);
    expect(a("raison-sociale")).toEqual(["B3", 0.8]);
  });
});
