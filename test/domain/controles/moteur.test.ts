import type { Location } from "../../../src/domain/classeur/snapshot";
import {
  CONTROLES,
  creerVue,
  executerControles,
  lancerControles,
  MESSAGE_ECHEC,
  rendreConstat,
  type Controle,
  type Gravite,
} from "../../../src/domain/controles";
import {
  annexe1,
  axe,
  complementaires,
  creton,
  financier,
  onglet,
  repere,
  tableauEsms,
} from "./fabrique";
import { classeur, feuille } from "./instantane";

const loc = (row: number, col = 1): Location => ({
  sheetId: "s1",
  sheetName: "Annexe 1",
  row,
  col,
});
const vueVide = () =>
  creerVue({ snapshot: { sheets: [], settings: {} }, onglets: [], repere: repere() });

function factice(id: string, gravite: Gravite, run: Controle["run"]): Controle {
  return {
    meta: {
      id,
      gravite,
      onglets: ["annexe-1"],
      description: "test",
      messages: { m: "Valeur {{valeur}} en {{cellule}} ({{n}} cellules) : {{cellules}}." },
      correction: "corriger",
      pourquoi: "parce que",
    },
    run,
  };
}

describe("moteur des contrôles", () => {
  it("regroupe les constats identiques et liste leurs cellules sans doublon", () => {
    const c = factice("test/groupe", "alerte", (_, s) => {
      s({ messageId: "m", data: { valeur: 1 }, a: loc(4) });
      s({ messageId: "m", data: { valeur: 1 }, a: [loc(5), loc(4)] });
      s({ messageId: "m", data: { valeur: 2 }, a: loc(6) });
    });
    const constats = lancerControles([c], vueVide());
    expect(constats.map((k) => [k.data.valeur, k.locations.map((l) => l.row)])).toEqual([
      [1, [4, 5]],
      [2, [6]],
    ]);
    expect(rendreConstat(constats[0]!, [c]).message).toBe(
      "Valeur 1 en B5 (2 cellules)\u00a0: B5, B6.",
    );
  });

  it("transforme l'exception d'un contrôle en constat info, sans arrêter les autres", () => {
    const casse = factice("test/casse", "erreur", () => {
      throw new Error("structure inattendue");
    });
    const sain = factice("test/sain", "erreur", (_, s) =>
      s({ messageId: "m", data: { valeur: 3 }, a: loc(1) }),
    );
    const constats = lancerControles([casse, sain], vueVide());
    expect(constats.map((k) => [k.controle, k.gravite, k.messageId])).toEqual([
      ["test/casse", "info", MESSAGE_ECHEC],
      ["test/sain", "erreur", "m"],
    ]);
    const rendu = rendreConstat(constats[0]!, [casse]);
    expect(rendu.message).toBe(
      "Le contrôle test/casse n'a pas pu s'exécuter (structure inattendue).",
    );
    expect(rendu.correction).not.toBe("");
  });

  it("refuse un messageId non déclaré (constat « contrôle en échec »)", () => {
    const c = factice("test/inconnu", "alerte", (_, s) => s({ messageId: "absent", a: [] }));
    expect(lancerControles([c], vueVide())[0]?.messageId).toBe(MESSAGE_ECHEC);
  });

  it.each([
    ["erreur", ["e"]],
    ["alerte", ["e", "a"]],
    ["info", ["e", "a", "i"]],
  ] as const)("filtre par gravité minimale %s", (gravite, attendus) => {
    const cs = (["erreur", "alerte", "info"] as const).map((g) =>
      factice(g[0] as string, g, (_, s) => s({ messageId: "m", a: loc(1) })),
    );
    expect(lancerControles(cs, vueVide(), { gravite }).map((k) => k.controle)).toEqual(attendus);
  });

  it("filtre par types d'onglets lus", () => {
    const c = factice("test/annexe", "info", (_, s) => s({ messageId: "m", a: loc(1) }));
    expect(lancerControles([c], vueVide(), { onglets: ["financier-2e"] })).toEqual([]);
    expect(lancerControles([c], vueVide(), { onglets: ["annexe-1"] })).toHaveLength(1);
  });

  it("mémoïse les calculs paresseux de la vue", () => {
    const vue = vueVide();
    expect(vue.indicateurs()).toBe(vue.indicateurs());
    expect(vue.ecartsFormules()).toBe(vue.ecartsFormules());
    expect(vue.saisies()).toBe(vue.saisies());
  });

  it("tous les contrôles tournent sans échec sur un classeur vide et sur un classeur varié", () => {
    expect(executerControles(vueVide())).toEqual([]);
    const r = repere({
      annexe1: annexe1({
        organisme: { "finess-juridique": "440000016", "raison-sociale": null },
        esms: [
          { finess: "440000024", nom: "IME A", capacite: 40, internat: 50 },
          { finess: "49000002", nom: "ESAT B", secteur: "adultes", capacite: "NC" },
        ],
      }),
      axes: [
        axe("axe-2", [
          {
            intitule: "T",
            questions: [{ type: "liste", reponses: ["Non"] }],
            encarts: { "points-amelioration": null },
          },
        ]),
      ],
      complementaires2d: complementaires([
        {
          intitule: "Jeunes adultes en amendement Creton",
          colonnes: [{ perimetre: "IME A", num: 3, den: 0 }],
        },
      ]),
      financier2e: financier(["2023"], { "e3-financier": { lignes: { R1: { "2023": -5 } } } }),
      creton2f: creton([{ finess: "440000024", valeurs: { "internat:esat": 60 }, total: 1 }]),
      anap2c: tableauEsms("anap-2c", [
        { finess: "440000024", nom: "IME A", valeurs: { "Taux d'occupation": 1.5 } },
      ]),
    });
    const vue = creerVue({
      snapshot: classeur(feuille("Annexe 1", { A1: "#REF!" })),
      onglets: [...r.onglets, onglet("inconnu", "Brouillon")],
      repere: r,
    });
    const constats = executerControles(vue);
    expect(constats.filter((k) => k.messageId === MESSAGE_ECHEC)).toEqual([]);
    expect(new Set(constats.map((k) => k.gravite))).toEqual(new Set(["erreur", "alerte", "info"]));
    for (const k of constats) {
      const rendu = rendreConstat(k);
      expect(rendu.message).not.toMatch(/\{\{|—/);
      expect(rendu.message).not.toMatch(/ [:;?!]/);
    }
    expect(CONTROLES.length).toBeGreaterThanOrEqual(50);
  });
});
