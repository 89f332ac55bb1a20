import { normaliserTexte } from "../../../src/domain/classeur/texte";
import { CONTROLES_ANAP } from "../../../src/domain/controles/anap";
import { lancerControles } from "../../../src/domain/controles/moteur";
import { CONTROLES } from "../../../src/domain/controles/registre";
import { creerVue } from "../../../src/domain/controles/vue";
import { INDICATEURS_2C, reconnaitre2C } from "../../../src/domain/indicateurs/anap-2c";
import { INDICATEURS } from "../../../src/domain/indicateurs/registre";
import { seuilsFranchis } from "../../../src/domain/indicateurs/moteur";
import { repere, tableauEsms } from "./fabrique";

/**
 * Seuils déclarés une fois, sur leur indicateur : chaque `Seuil.controle` donne exactement un
 * contrôle du registre, de la gravité du seuil ; aucun id de contrôle n'est porté par deux seuils.
 */
describe("contrôles générés depuis les seuils des indicateurs", () => {
  const seuils = INDICATEURS.flatMap((d) => d.seuils.filter((s) => s.controle));
  const ids = [...new Set(seuils.map((s) => s.controle?.id ?? ""))];

  it("22 contrôles de seuil (13 de 2-E, 2 de 2-D, 7 de 2-C)", () => {
    expect(ids).toHaveLength(22);
    expect(ids.filter((id) => id.startsWith("financier/"))).toHaveLength(13);
    expect(ids.filter((id) => id.startsWith("complementaires/"))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith("anap/"))).toHaveLength(7);
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

/**
 * Seuils ANAP (2-C) : chaque contrôle `anap/*` de seuil se déclenche exactement quand le seuil de
 * l'indicateur est franchi, avec sa gravité. Une borne, une condition ou une gravité du contrôle qui
 * ne serait plus celle du seuil (contrôle réécrit à la main, générateur modifié) fait échouer ce
 * test : les valeurs encadrent chaque borne (0, 2 %, 20 %, 50 %, 80 %, 95 %, 120 %).
 */
describe("contrôles ANAP générés depuis les seuils de 2-C", () => {
  const avecControle = INDICATEURS_2C.filter((d) => d.seuils.some((s) => s.controle));
  const idsAnap = new Set(
    avecControle.flatMap((d) => d.seuils.flatMap((s) => (s.controle ? [s.controle.id] : []))),
  );
  const deSeuil = CONTROLES_ANAP.filter((c) => idsAnap.has(c.meta.id));
  const bornes = [0, 0.02, 0.2, 0.5, 0.8, 0.95, 1.2];
  const valeurs = [
    ...new Set(
      [
        ...bornes.flatMap((b) => [b - 0.001, b, b + 0.001]),
        ...Array.from({ length: 37 }, (_, i) => -0.2 + i * 0.05),
      ].map((v) => Math.round(v * 1e6) / 1e6),
    ),
  ].sort((a, b) => a - b);

  /** Un ESMS de 2-C dont chaque indicateur à seuil contrôlé vaut `v` (format %). */
  const vueAvec = (v: number) => {
    const valeurs = Object.fromEntries(avecControle.map((d) => [d.libelle, { v, format: "0.0%" }]));
    const r = repere({
      anap2c: tableauEsms("anap-2c", [{ finess: "440000024", nom: "IME Les Pins", valeurs }]),
    });
    return creerVue({ snapshot: { sheets: [], settings: {} }, onglets: r.onglets, repere: r });
  };

  it("7 contrôles de seuil, en tête de la famille et dans l'ordre du catalogue", () => {
    expect(CONTROLES_ANAP.map((c) => c.meta.id)).toEqual([
      "anap/activite-atypique",
      "anap/activite-faible",
      "anap/rotation-atypique",
      "anap/etp-vacants-atypique",
      "anap/prestations-externes-atypique",
      "anap/vetuste-hors-plage",
      "anap/caf-faible",
      "anap/esms-absent",
    ]);
    expect(deSeuil).toHaveLength(7);
  });

  it("chaque libellé d'indicateur à seuil contrôlé est reconnu comme son indicateur", () => {
    for (const d of avecControle) expect(reconnaitre2C(normaliserTexte(d.libelle))?.id).toBe(d.id);
  });

  it.each(valeurs.map((v) => [v]))(
    "valeur %p : constats des contrôles = seuils franchis des indicateurs (gravité comprise)",
    (v) => {
      const vue = vueAvec(v);
      const resultats = vue.indicateurs().filter((r) => r.id.startsWith("anap."));
      expect(resultats.map((r) => r.id).sort()).toEqual(avecControle.map((d) => d.id).sort());
      const attendus = resultats.flatMap((r) => {
        const def = avecControle.find((d) => d.id === r.id);
        const valeur = r.valeur;
        if (!def || valeur === null) throw new Error(`${r.id} : pas de valeur`);
        expect(valeur).toBeCloseTo(v, 9);
        return def.seuils.flatMap((s) =>
          s.controle && s.si(valeur, {}) ? [[s.controle.id, s.gravite, r.libelle].join(" | ")] : [],
        );
      });
      const constats = lancerControles(deSeuil, vue).map((k) =>
        [k.controle, k.gravite, String(k.data.indicateur)].join(" | "),
      );
      expect(constats.sort()).toEqual(attendus.sort());
    },
  );

  it("les valeurs essayées déclenchent et laissent muet chacun des 7 contrôles", () => {
    const declenches = valeurs.map(
      (v) => new Set(lancerControles(deSeuil, vueAvec(v)).map((k) => k.controle)),
    );
    for (const c of deSeuil) {
      expect(declenches.some((d) => d.has(c.meta.id))).toBe(true);
      expect(declenches.some((d) => !d.has(c.meta.id))).toBe(true);
    }
  });
});
