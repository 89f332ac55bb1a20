import { reconnaitreOnglets } from "../../../../../src/domain/classeur/reconnaissance";
import * as lectureFiche from "../../../../../src/domain/classeur/reperage/fiches/lire-fiche";
import * as lectureSuivi from "../../../../../src/domain/classeur/reperage/fiches/lire-suivi";
import { localiserFiches } from "../../../../../src/domain/classeur/reperage/fiches/localiser-fiches";
import { localiser } from "../../../../../src/domain/classeur/reperage/localiser";
import { rendreRepere } from "../../../../../src/domain/classeur/reperage/messages-reperage";
import type { SheetSnapshot } from "../../../../../src/domain/classeur/snapshot";
import { fichesDuClasseur } from "../../../../../src/domain/fiches";
import { exempleEtFichesSocle } from "../../../fiches/outils";

/**
 * Les feuilles générées de l'Annexe 4 repérées par `localiser` avec les autres zones
 * (`repere.generees`), par la même lecture que `localiserFiches` ; et `fichesDuClasseur` qui
 * reprend ces fiches au lieu de relire chaque feuille.
 */

const { sansFiche: SANS_FICHE, avecFiches: AVEC_FICHES } = exempleEtFichesSocle();

/** Noms des feuilles passées à `lireFiche` / `lireSuivi` pendant `f`. */
function lues(f: () => void): { fiches: string[]; suivis: string[] } {
  const fiche = jest.spyOn(lectureFiche, "lireFiche");
  const suivi = jest.spyOn(lectureSuivi, "lireSuivi");
  try {
    f();
    const noms = (m: jest.SpyInstance<unknown, [SheetSnapshot]>) =>
      m.mock.calls.map(([s]) => s.name);
    return { fiches: noms(fiche), suivis: noms(suivi) };
  } finally {
    fiche.mockRestore();
    suivi.mockRestore();
  }
}

describe("repere.generees", () => {
  it("un classeur avec les fiches socle et le suivi : les six fiches et le suivi sont dans le repère", () => {
    const onglets = reconnaitreOnglets(AVEC_FICHES);
    const repere = localiser(AVEC_FICHES, onglets);
    const typees = onglets.filter((o) => o.type === "fiche-objectif").map((o) => o.nom);
    expect(typees).toHaveLength(6);
    expect(repere.generees?.fiches.map((f) => f.nom)).toEqual(typees);
    expect(repere.generees?.fiches.map((f) => f.numero)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "3.1",
    ]);
    expect(repere.generees?.suivi?.nom).toBe("Suivi des objectifs");
    // Même lecture que `localiserFiches`, appelée à part par la vue des contrôles.
    expect(repere.generees).toEqual(localiserFiches(AVEC_FICHES, onglets));
  });

  it("un classeur sans fiche : vide, et aucune feuille lue en plus", () => {
    const onglets = reconnaitreOnglets(SANS_FICHE);
    let repere: ReturnType<typeof localiser> | undefined;
    const l = lues(() => {
      repere = localiser(SANS_FICHE, onglets);
    });
    expect(repere?.generees).toEqual({ fiches: [], suivi: null });
    expect(l).toEqual({ fiches: [], suivis: [] });
  });

  it("ne lit que les feuilles reconnues fiche / suivi (ou hors des onglets)", () => {
    const onglets = reconnaitreOnglets(AVEC_FICHES);
    const l = lues(() => localiser(AVEC_FICHES, onglets));
    const du = (type: string) => onglets.filter((o) => o.type === type).map((o) => o.nom);
    expect(l.fiches).toEqual(du("fiche-objectif"));
    expect(l.suivis).toEqual(du("suivi-objectifs"));
  });
});

describe("fichesDuClasseur, avec le repère", () => {
  // Une fiche dont l'onglet est reconnu d'un autre type : hors du repère, mais une fiche du classeur.
  const onglets = reconnaitreOnglets(AVEC_FICHES).map((o) =>
    o.nom === "Fiche objectif 2.1" ? { ...o, type: "axe-2" as const } : o,
  );
  const repere = localiser(AVEC_FICHES, onglets);

  it("mêmes fiches, même ordre que la lecture de toutes les feuilles", () => {
    expect(repere.generees?.fiches.map((f) => f.numero)).not.toContain("2.1");
    const sans = fichesDuClasseur(AVEC_FICHES);
    expect(sans.map((f) => f.numero)).toContain("2.1");
    expect(fichesDuClasseur(AVEC_FICHES, repere)).toEqual(sans);
  });

  it("ne relit que les feuilles que la reconnaissance dit d'un autre type", () => {
    const autres = onglets.filter((o) => o.type !== "fiche-objectif").map((o) => o.nom);
    const l = lues(() => fichesDuClasseur(AVEC_FICHES, repere));
    expect(l.fiches).toEqual(autres);
    expect(l.fiches).toContain("Fiche objectif 2.1");
  });
});

describe("messages du repérage", () => {
  it("la copie d'un onglet : le texte d'avant, mot pour mot", () => {
    expect(
      rendreRepere({
        code: "onglet/copie",
        params: { nom: "Annexe 1 (2)", original: "Annexe 1" },
      }),
    ).toBe(
      "L'onglet « Annexe 1 (2) » semble être une copie de « Annexe 1 » : seul ce dernier est lu.",
    );
  });

  it("localiser rend ce texte pour un doublon", () => {
    const onglets = reconnaitreOnglets(SANS_FICHE);
    const a1 = onglets.find((o) => o.type === "annexe-1");
    if (!a1) throw new Error("Annexe 1 non reconnue");
    const copie = { ...a1, sheetId: "copie", nom: "Annexe 1 (2)", doublonDe: a1.sheetId };
    const r = localiser(SANS_FICHE, [...onglets, copie]);
    expect(r.avertissements).toContainEqual({
      sheetId: "copie",
      message: `L'onglet « Annexe 1 (2) » semble être une copie de « ${a1.nom} » : seul ce dernier est lu.`,
    });
  });
});
