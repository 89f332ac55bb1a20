import { CONTROLES } from "../../../src/domain/controles/registre";
import { INDICATEURS } from "../../../src/domain/indicateurs/registre";
import { seuilsFranchis } from "../../../src/domain/indicateurs/moteur";

/**
 * Seuils déclarés une fois, sur leur indicateur : chaque `Seuil.controle` donne exactement un
 * contrôle du registre, de la gravité du seuil ; aucun id de contrôle n'est porté par deux seuils.
 */
describe("contrôles générés depuis les seuils des indicateurs", () => {
  const seuils = INDICATEURS.flatMap((d) => d.seuils.filter((s) => s.controle));
  const ids = [...new Set(seuils.map((s) => s.controle?.id ?? ""))];

  it("15 contrôles de seuil (13 de 2-E, 2 de 2-D)", () => {
    expect(ids).toHaveLength(15);
    expect(ids.filter((id) => id.startsWith("financier/"))).toHaveLength(13);
  });

  it.each(ids)("%s : un contrôle du registre, gravité du seuil", (id) => {
    const seuil = seuils.find((s) => s.controle?.id === id);
    const controles = CONTROLES.filter((c) => c.meta.id === id);
    expect(controles).toHaveLength(1);
    expect(controles[0]?.meta.gravite).toBe(seuil?.gravite);
    expect(new Set(seuils.filter((s) => s.controle?.id === id)).size).toBe(1);
  });

  it("un seuil remplacé par un seuil plus grave franchi n'est pas répété sur l'indicateur", () => {
    const vetuste = INDICATEURS.find((d) => d.id === "fin.vetuste-constructions");
    const conditions = (v: number) =>
      seuilsFranchis(vetuste?.seuils ?? [], v, {}).map((s) => s.condition);
    expect(conditions(0.9)).toEqual(["hors [0 %, 80 %]"]);
    expect(conditions(1.5)).toEqual(["> 100 %"]);
    expect(conditions(-0.1)).toEqual(["hors [0 %, 80 %]"]);
    expect(conditions(0.5)).toEqual([]);
  });
});
