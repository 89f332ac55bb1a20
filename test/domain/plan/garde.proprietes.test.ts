import fc from "fast-check";
import { cellule } from "../../../src/domain/classeur/cellule";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import {
  nomDeFeuilleLibre,
  validerNomDeFeuille,
  violationsDuPlan,
  type PlanOperation,
  type WritePlan,
} from "../../../src/domain/plan";
import { classeur, feuille, type Valeur } from "../saisie/fabrique";

/** Classeurs aléatoires : 1 à 3 feuilles de 4 × 4 cellules, vides ou non. */
const valeur = fc.oneof(
  fc.constant<Valeur>(null),
  fc.constant<Valeur>(null),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom<Valeur>("Oui", "  ", "#REF!", true),
);
const grille = fc.array(fc.array(valeur, { minLength: 4, maxLength: 4 }), {
  minLength: 4,
  maxLength: 4,
});
const classeurAleatoire = fc.array(grille, { minLength: 1, maxLength: 3 }).map((grilles) =>
  classeur(
    ...grilles.map((g, k) => {
      const cellules: Record<string, Valeur> = {};
      g.forEach((ligne, i) =>
        ligne.forEach((v, j) => {
          cellules[`${"ABCD"[j]}${i + 1}`] = v;
        }),
      );
      return feuille(`Feuille ${k + 1}`, cellules, { jusqua: "D4" });
    }),
  ),
);

const setValues = (nbFeuilles: number) =>
  fc
    .record({
      k: fc.nat({ max: nbFeuilles - 1 }),
      row: fc.nat({ max: 4 }),
      col: fc.nat({ max: 4 }),
      values: fc.array(
        fc.array(fc.oneof(fc.constant(null), fc.constant("x"), fc.integer()), {
          minLength: 1,
          maxLength: 2,
        }),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map(({ k, row, col, values }): PlanOperation => ({
      kind: "setValues",
      sheet: { sheetId: `id-Feuille ${k + 1}` },
      row,
      col,
      values,
    }));

const plan = (operations: PlanOperation[]): WritePlan => ({ titre: "Essai", operations });

/** Les cellules non vides qu'un plan écrirait. */
function cellulesPleinesEcrites(s: WorkbookSnapshot, p: WritePlan): string[] {
  const touchees: string[] = [];
  for (const op of p.operations) {
    if (op.kind !== "setValues" || !("sheetId" in op.sheet)) continue;
    const id = op.sheet.sheetId;
    const sheet = s.sheets.find((f) => f.id === id);
    if (!sheet) continue;
    op.values.forEach((ligne, i) =>
      ligne.forEach((v, j) => {
        const c = cellule(sheet, op.row + i, op.col + j);
        if (v !== null && (c.type !== "Empty" || c.formula !== null))
          touchees.push(`${id}!${i},${j}`);
      }),
    );
  }
  return touchees;
}

describe("garde « rien de perdu » — propriétés", () => {
  it("un plan accepté n'écrit jamais dans une cellule non vide, et un plan qui le fait est refusé", () => {
    fc.assert(
      fc.property(
        classeurAleatoire.chain((s) =>
          fc.tuple(fc.constant(s), fc.array(setValues(s.sheets.length), { maxLength: 4 })),
        ),
        ([s, ops]) => {
          const p = plan(ops);
          const accepte = violationsDuPlan(s, p).length === 0;
          expect(accepte).toBe(cellulesPleinesEcrites(s, p).length === 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("un plan qui n'ajoute que des feuilles neuves (et y écrit tout) est accepté", () => {
    fc.assert(
      fc.property(
        classeurAleatoire,
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        (s, souhaits) => {
          const noms: string[] = [];
          for (const x of souhaits)
            noms.push(nomDeFeuilleLibre(x, [...s.sheets.map((f) => f.name), ...noms]));
          const ops = noms.flatMap((name): PlanOperation[] => [
            { kind: "addSheet", name },
            { kind: "setValues", sheet: { newSheet: name }, row: 0, col: 0, values: [["a", 1]] },
            {
              kind: "setFormat",
              sheet: { newSheet: name },
              range: { top: 0, left: 0, bottom: 0, right: 1 },
              format: { bold: true },
            },
            {
              kind: "merge",
              sheet: { newSheet: name },
              range: { top: 1, left: 0, bottom: 1, right: 3 },
            },
            {
              kind: "setPageLayout",
              sheet: { newSheet: name },
              layout: { orientation: "landscape", fitToWidth: true },
            },
          ]);
          expect(violationsDuPlan(s, plan(ops))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("nomDeFeuilleLibre rend toujours un nom valide et libre", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }),
        fc.array(fc.string({ maxLength: 35 })),
        (x, existants) => {
          const nom = nomDeFeuilleLibre(x, existants);
          expect(validerNomDeFeuille(nom)).toBeNull();
          expect(existants.map((e) => e.toUpperCase())).not.toContain(nom.toUpperCase());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("toute mise en forme d'une feuille existante est refusée", () => {
    fc.assert(
      fc.property(classeurAleatoire, fc.nat({ max: 3 }), fc.nat({ max: 3 }), (s, row, col) => {
        const op: PlanOperation = {
          kind: "setFormat",
          sheet: { sheetId: s.sheets[0]!.id },
          range: { top: row, left: col, bottom: row, right: col },
          format: { fill: "FFFF00" },
        };
        expect(violationsDuPlan(s, plan([op]))).toHaveLength(1);
      }),
    );
  });

  it("toute mise en page d'impression d'une feuille existante est refusée, seule ou parmi d'autres", () => {
    const orientation = fc.constantFrom("portrait" as const, "landscape" as const);
    fc.assert(
      fc.property(
        classeurAleatoire,
        orientation,
        fc.boolean(),
        fc.nat({ max: 3 }),
        (s, o, fitToWidth, titres) => {
          const k = titres % s.sheets.length;
          const op: PlanOperation = {
            kind: "setPageLayout",
            sheet: { sheetId: s.sheets[k]!.id },
            layout: { orientation: o, fitToWidth, printTitleRows: { top: 0, bottom: titres } },
          };
          const neuve: PlanOperation[] = [
            {
              kind: "addSheet",
              name: nomDeFeuilleLibre(
                "Fiche",
                s.sheets.map((f) => f.name),
              ),
            },
          ];
          const v = violationsDuPlan(s, plan([...neuve, op]));
          expect(v.map((x) => [x.index, x.kind])).toEqual([[1, "setPageLayout"]]);
        },
      ),
    );
  });
});
