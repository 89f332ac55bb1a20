import { normaliserTexte } from "../../../src/domain/classeur/texte";
import { CONTROLES_ANAP } from "../../../src/domain/controles/anap";
import { CONTROLES_CRETON } from "../../../src/domain/controles/creton";
import { lancerControles } from "../../../src/domain/controles/moteur";
import { CONTROLES } from "../../../src/domain/controles/registre";
import { entreesDe } from "../../../src/domain/controles/seuil";
import { creerVue } from "../../../src/domain/controles/vue";
import { INDICATEURS_2C, reconnaitre2C } from "../../../src/domain/indicateurs/anap-2c";
import { INDICATEURS_2F } from "../../../src/domain/indicateurs/creton-2f";
import { INDICATEURS } from "../../../src/domain/indicateurs/registre";
import { seuilsFranchis } from "../../../src/domain/indicateurs/moteur";
import { annexe1, complementaires, creton, repere, tableauEsms } from "./fabrique";

/**
 * Seuils déclarés une fois, sur leur indicateur : chaque `Seuil.controle` donne exactement un
 * contrôle du registre, de la gravité du seuil ; aucun id de contrôle n'est porté par deux seuils.
 */
describe("contrôles générés depuis les seuils des indicateurs", () => {
  const seuils = INDICATEURS.flatMap((d) => d.seuils.filter((s) => s.controle));
  const ids = [...new Set(seuils.map((s) => s.controle?.id ?? ""))];

  it("24 contrôles de seuil (13 de 2-E, 2 de 2-D, 7 de 2-C, 2 de 2-F)", () => {
    expect(ids).toHaveLength(24);
    expect(ids.filter((id) => id.startsWith("financier/"))).toHaveLength(13);
    expect(ids.filter((id) => id.startsWith("complementaires/"))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith("anap/"))).toHaveLength(7);
    expect(ids.filter((id) => id.startsWith("creton/"))).toHaveLength(2);
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

/**
 * Seuils Creton (2-F) : sur chaque ligne, `creton/superieur-capacite` se déclenche exactement quand
 * le seuil « > 100 % » de `creton.taux-capacite` (ou, sinon, de `creton.taux-capacite-internat`)
 * est franchi, et `creton/taux-eleve` quand celui de `creton.taux-effectif` l'est (hors Creton
 * au-delà de l'effectif, que signale `creton/superieur-effectif`) — gravité comprise. Les valeurs
 * encadrent chaque borne : total 10 pour 10 places, internat 4 pour 4 places, 4 Creton pour 40
 * personnes (10 % tout juste), 8 personnes pour un total jusqu'à 14.
 */
describe("contrôles Creton générés depuis les seuils de 2-F", () => {
  const PAR_ID = new Map(INDICATEURS_2F.map((d) => [d.id, d]));
  const idsCreton = new Set(
    INDICATEURS_2F.flatMap((d) => d.seuils.flatMap((s) => (s.controle ? [s.controle.id] : []))),
  );
  const deSeuil = CONTROLES_CRETON.filter((c) => idsCreton.has(c.meta.id));
  const cas = [8, 40].flatMap((effectif) =>
    Array.from({ length: 7 }, (_, internat) =>
      Array.from({ length: 9 }, (_, semi) => ({ effectif, internat, semi })),
    ).flat(),
  );

  /** Un IME de 10 places dont 4 en internat ; Creton en internat et en semi-internat ; effectif 2-D. */
  const vueAvec = (c: { effectif: number; internat: number; semi: number }) => {
    const finess = "440000024";
    const r = repere({
      annexe1: annexe1({ esms: [{ finess, nom: "IME Les Pins", capacite: 10, internat: 4 }] }),
      creton2f: creton([
        { finess, valeurs: { "internat:esat": c.internat, "semi-internat:mas": c.semi } },
      ]),
      complementaires2d: complementaires([
        {
          intitule: "Jeunes adultes en amendement Creton",
          colonnes: [{ perimetre: finess, num: 2, den: c.effectif }],
        },
      ]),
    });
    return creerVue({ snapshot: { sheets: [], settings: {} }, onglets: r.onglets, repere: r });
  };

  it("2 contrôles de seuil, à leur place dans la famille", () => {
    expect(CONTROLES_CRETON.map((c) => c.meta.id)).toEqual([
      "creton/esms-adulte",
      "creton/service",
      "creton/superieur-capacite",
      "creton/internat-sans-capacite",
      "creton/total-incoherent",
      "creton/superieur-effectif",
      "creton/taux-eleve",
    ]);
    expect(deSeuil.map((c) => c.meta.id)).toEqual([
      "creton/superieur-capacite",
      "creton/taux-eleve",
    ]);
  });

  it.each(cas.map((c) => [c.internat, c.semi, c.effectif, c]))(
    "internat %p, semi-internat %p, effectif %p : constats = seuils franchis des indicateurs",
    (_i, _s, _e, c) => {
      const vue = vueAvec(c);
      const resultats = new Map(
        vue
          .indicateurs()
          .filter((r) => r.id.startsWith("creton.taux-"))
          .map((r) => [r.id, r]),
      );
      expect([...resultats.keys()].sort()).toEqual([
        "creton.taux-capacite",
        "creton.taux-capacite-internat",
        "creton.taux-effectif",
      ]);
      const franchis = (id: string) => {
        const r = resultats.get(id);
        const valeur = r?.valeur;
        if (!r || valeur === null || valeur === undefined) throw new Error(`${id} : pas de valeur`);
        return (PAR_ID.get(id)?.seuils ?? []).flatMap((s) =>
          s.controle && s.si(valeur, entreesDe(r)) ? [{ s, valeur }] : [],
        );
      };
      const total = franchis("creton.taux-capacite");
      const internat = franchis("creton.taux-capacite-internat");
      const capacite =
        total.length > 0 ? [total, ""] : internat.length > 0 ? [internat, " d'internat"] : [];
      const attendus = [
        ...(capacite.length > 0
          ? (capacite[0] as typeof total).map(({ s }) =>
              [s.controle?.id, s.gravite, capacite[1]].join(" | "),
            )
          : []),
        ...franchis("creton.taux-effectif")
          .filter(({ valeur }) => valeur <= 1)
          .map(({ s }) => [s.controle?.id, s.gravite, ""].join(" | ")),
      ];
      const constats = lancerControles(deSeuil, vue).map((k) =>
        [k.controle, k.gravite, String(k.data.mode ?? "")].join(" | "),
      );
      expect(constats.sort()).toEqual(attendus.sort());
    },
  );

  it("les valeurs essayées déclenchent et laissent muet chacun des 2 contrôles (et l'internat)", () => {
    const declenches = cas.map((c) =>
      lancerControles(deSeuil, vueAvec(c)).map((k) => `${k.controle}${String(k.data.mode ?? "")}`),
    );
    for (const id of [
      "creton/superieur-capacite",
      "creton/superieur-capacite d'internat",
      "creton/taux-eleve",
    ]) {
      expect(declenches.some((d) => d.includes(id))).toBe(true);
      expect(declenches.some((d) => !d.includes(id))).toBe(true);
    }
  });
});
