import { memoireVidable, surVidage, viderMemoires } from "../../../src/domain/classeur/memoires";
import { normaliserTexte } from "../../../src/domain/classeur/texte";
import { memoriser } from "../../../src/domain/valeurs/memoire";

describe("viderMemoires (analyse à froid du banc)", () => {
  it("une mémoire par texte recalcule après le vidage, avec le même résultat", () => {
    let appels = 0;
    const longueur = memoriser((t: string) => {
      appels++;
      return t.length;
    });
    expect([longueur("abc"), longueur("abc")]).toEqual([3, 3]);
    expect(appels).toBe(1);
    viderMemoires();
    expect(longueur("abc")).toBe(3);
    expect(appels).toBe(2);
  });

  it("vide les Map enregistrées et appelle les vidages déclarés", () => {
    const m = memoireVidable(new Map([["a", 1]]));
    let vide = false;
    surVidage(() => (vide = true));
    viderMemoires();
    expect(m.size).toBe(0);
    expect(vide).toBe(true);
  });

  it("ne change aucun résultat : normaliserTexte rend le même texte avant et après", () => {
    const avant = normaliserTexte("1. Taux d'occupation (N° FINESS)");
    viderMemoires();
    expect(normaliserTexte("1. Taux d'occupation (N° FINESS)")).toBe(avant);
  });
});
