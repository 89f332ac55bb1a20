import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import * as lectureFiche from "../../../src/domain/classeur/reperage/fiches/lire-fiche";
import * as lectureSuivi from "../../../src/domain/classeur/reperage/fiches/lire-suivi";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../../../src/domain/classeur/types-onglet";
import { genererFiche, genererFichesSocle } from "../../../src/domain/fiches/generer";
import { appliquerPlan } from "../../../src/domain/plan/simulation";
import type { WritePlan } from "../../../src/domain/plan/types";
import { ajouts, CONTEXTE, exempleEtFichesSocle } from "./outils";

/**
 * La génération avec le repère de l'instantané (celui de l'analyse) : fiches et suivi déjà repérés
 * sont repris au lieu d'être relus ; le plan est le même que sans repère (lecture de chaque feuille).
 */

const { avecFiches: AVEC_FICHES } = exempleEtFichesSocle();

/** Les fiches et le suivi générés, sauf la fiche 3.1 (à régénérer). */
const SANS_FICHE_31: WorkbookSnapshot = {
  ...AVEC_FICHES,
  sheets: AVEC_FICHES.sheets.filter((s) => s.name !== "Fiche objectif 3.1"),
};

/** La clé de la première ligne du suivi effacée : le suivi est à compléter. */
const SUIVI_ENTAME = (() => {
  const sheet = AVEC_FICHES.sheets.find((s) => s.name === "Suivi des objectifs");
  const lu = sheet && lectureSuivi.lireSuivi(sheet);
  const ligne = lu?.lignes[0];
  if (!sheet || !lu || !ligne) throw new Error("Suivi non lu");
  const col = lu.colonnes.get("cle") ?? 0;
  return appliquerPlan(AVEC_FICHES, {
    titre: "Effacer",
    operations: [
      { kind: "setValues", sheet: { sheetId: sheet.id }, row: ligne.row, col, values: [[""]] },
    ],
  });
})();

/** Onglets reconnus, avec des types corrigés « à la main » (nom → type). */
function onglets(
  snapshot: WorkbookSnapshot,
  types: Readonly<Record<string, TypeOnglet>> = {},
): OngletReconnu[] {
  return reconnaitreOnglets(snapshot).map((o) => {
    const type = types[o.nom];
    return type ? { ...o, type } : o;
  });
}

/** Feuilles du classeur passées à `lireFiche` / `lireSuivi` pendant `f` (pas les feuilles neuves). */
function lues(
  snapshot: WorkbookSnapshot,
  f: () => WritePlan,
): { plan: WritePlan; fiches: string[]; suivis: string[] } {
  const fiche = jest.spyOn(lectureFiche, "lireFiche");
  const suivi = jest.spyOn(lectureSuivi, "lireSuivi");
  try {
    const plan = f();
    const noms = (m: jest.SpyInstance<unknown, [SheetSnapshot]>) =>
      m.mock.calls.flatMap(([s]) => (snapshot.sheets.includes(s) ? [s.name] : []));
    return { plan, fiches: noms(fiche), suivis: noms(suivi) };
  } finally {
    fiche.mockRestore();
    suivi.mockRestore();
  }
}

type Generation = (snapshot: WorkbookSnapshot, repere?: ReturnType<typeof localiser>) => WritePlan;

const socle: Generation = (s, r) => genererFichesSocle(s, CONTEXTE, r);
const specifique: Generation = (s, r) =>
  genererFiche(s, CONTEXTE, { axe: 2, titre: "Habitat inclusif", esms: [] }, r);

describe("génération avec le repère", () => {
  it.each<[string, WorkbookSnapshot, Record<string, TypeOnglet>, Generation, string[]]>([
    ["fiche 3.1 à régénérer", SANS_FICHE_31, {}, socle, ["Fiche objectif 3.1"]],
    ["suivi à compléter", SUIVI_ENTAME, {}, socle, []],
    ["fiche spécifique", AVEC_FICHES, {}, specifique, ["Fiche objectif 2.3"]],
    [
      "fiche et suivi reconnus d'un autre type",
      AVEC_FICHES,
      { "Fiche objectif 2.2": "axe-2", "Suivi des objectifs": "axe-3" },
      specifique,
      ["Fiche objectif 2.3"],
    ],
  ])(
    "%s : même plan, sans relire les feuilles générées reconnues",
    (_, snapshot, types, g, neuves) => {
      const o = onglets(snapshot, types);
      const repere = localiser(snapshot, o);
      const sans = lues(snapshot, () => g(snapshot));
      const avec = lues(snapshot, () => g(snapshot, repere));

      expect(avec.plan).toEqual(sans.plan);
      expect(avec.plan.operations.length).toBeGreaterThan(0);
      expect(ajouts(avec.plan)).toEqual(neuves);

      const du = (type: TypeOnglet) => o.filter((x) => x.type === type).map((x) => x.nom);
      const autres = (type: TypeOnglet) => o.filter((x) => x.type !== type).map((x) => x.nom);
      // Sans repère : chaque feuille lue, fiches et suivi compris.
      expect(sans.fiches).toEqual(snapshot.sheets.map((s) => s.name));
      expect(sans.suivis).toContain("Suivi des objectifs");
      // Avec : seules les feuilles que la reconnaissance dit d'un autre type sont lues.
      expect(avec.fiches).toEqual(autres("fiche-objectif"));
      for (const nom of du("fiche-objectif")) expect(avec.fiches).not.toContain(nom);
      for (const nom of du("suivi-objectifs")) expect(avec.suivis).not.toContain(nom);
      for (const nom of avec.suivis) expect(autres("suivi-objectifs")).toContain(nom);
    },
  );

  it("le suivi reconnu d'un autre type est relu par son contenu, et complété comme sans repère", () => {
    const o = onglets(SUIVI_ENTAME, { "Suivi des objectifs": "axe-3" });
    const avec = lues(SUIVI_ENTAME, () => socle(SUIVI_ENTAME, localiser(SUIVI_ENTAME, o)));
    expect(avec.suivis).toContain("Suivi des objectifs");
    expect(avec.plan).toEqual(socle(SUIVI_ENTAME));
    expect(avec.plan.operations.some((op) => op.kind === "setFormulas")).toBe(true);
  });
});
