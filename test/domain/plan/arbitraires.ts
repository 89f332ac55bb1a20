import fc from "fast-check";
import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { CellRange, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { formuleMarquee, MARQUEUR } from "../../../src/domain/plan/marqueur";
import type { PlanOperation } from "../../../src/domain/plan/types";
import { classeur, feuille, type CelluleFab, type Valeur } from "../saisie/fabrique";

/**
 * Arbitraires partagés des tests de propriétés de la garde : classeurs aléatoires (valeurs,
 * formules, fusions, validations, MFC de l'utilisateur — dont certaines contiennent le texte du
 * marqueur — et nôtres, paramètres) et opérations de plan de **tous** les genres.
 */

export const TAILLE = 4;
const COLS = "ABCD";

const contenu: fc.Arbitrary<CelluleFab | Valeur> = fc.oneof(
  fc.constant<Valeur>(null),
  fc.constant<Valeur>(null),
  fc.constant<Valeur>(null),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom<Valeur>("Oui", "  ", "#REF!", true, "=texte"),
  fc.constant<CelluleFab>({ v: "", formule: '=IF(A1="","",1)', type: "String" }),
  fc.constant<CelluleFab>({ v: 3, formule: "=1+2" }),
);

const zone = (max = TAILLE - 1): fc.Arbitrary<CellRange> =>
  fc
    .record({
      r: fc.nat({ max }),
      c: fc.nat({ max }),
      h: fc.nat({ max: 1 }),
      l: fc.nat({ max: 1 }),
    })
    .map(({ r, c, h, l }) => ({
      top: r,
      left: c,
      bottom: Math.min(max, r + h),
      right: Math.min(max, c + l),
    }));

/** Formules de MFC : les nôtres (exactes) et celles d'un utilisateur, parfois avec le marqueur. */
export const formuleMfc = (z: CellRange): fc.Arbitrary<string> =>
  fc.constantFrom(
    formuleMarquee(adresseA1(z.top, z.left)),
    `=ISNUMBER(SEARCH("${MARQUEUR}",A1))`,
    `=AND(LEN(A1)=0,N("${MARQUEUR}")=0)`,
    `=AND(LEN(TRIM(A1))=0,N("${MARQUEUR}")=0,B1>2)`,
    "=A1>10",
  );

const feuilleAleatoire = (k: number) =>
  fc
    .record({
      grille: fc.array(fc.array(contenu, { minLength: TAILLE, maxLength: TAILLE }), {
        minLength: TAILLE,
        maxLength: TAILLE,
      }),
      fusion: fc.option(zone(), { nil: undefined }),
      validation: fc.option(zone(), { nil: undefined }),
      mfc: fc.array(
        zone().chain((z) => formuleMfc(z).map((f) => ({ z, f }))),
        { maxLength: 2 },
      ),
      masquee: fc.boolean(),
    })
    .map(({ grille, fusion, validation, mfc, masquee }) => {
      const cellules: Record<string, CelluleFab | Valeur> = {};
      grille.forEach((l, i) => l.forEach((v, j) => (cellules[`${COLS[j]}${i + 1}`] = v)));
      const f = feuille(`Feuille ${k + 1}`, cellules, {
        jusqua: "D4",
        ...(k > 0 && masquee ? { visibility: "Hidden" as const } : {}),
      });
      return {
        ...f,
        merges: fusion ? [fusion] : [],
        validations: validation
          ? [
              {
                range: validation,
                type: "list" as const,
                source: "Oui,Non",
                values: ["Oui", "Non"],
              },
            ]
          : [],
        conditionalFormats: mfc.map(({ z, f: formula }) => ({
          range: z,
          type: "Custom",
          formula,
          fillColor: "FF0000",
        })),
      };
    });

export const classeurAleatoire: fc.Arbitrary<WorkbookSnapshot> = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => feuilleAleatoire(k))))
  .chain((fs) =>
    fc
      .option(fc.record({ corrections: fc.constantFrom({ a: "axe-2" }, { b: 1 }) }), {
        nil: undefined,
      })
      .map((settings) => ({ ...classeur(...fs), settings: settings ?? {} })),
  );

/** Une opération de n'importe quel genre, sur une feuille existante (`k`) ou la feuille neuve. */
export function operation(s: WorkbookSnapshot, neuve: string): fc.Arbitrary<PlanOperation> {
  const ref = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.nat({ max: s.sheets.length - 1 }).map((k) => ({ sheetId: s.sheets[k]!.id })),
    },
    { weight: 1, arbitrary: fc.constant({ newSheet: neuve }) },
  );
  const grille = <T>(v: fc.Arbitrary<T>) =>
    fc.array(fc.array(v, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 });
  const pos = { row: fc.nat({ max: TAILLE }), col: fc.nat({ max: TAILLE }) };
  return fc.oneof(
    fc.record({
      kind: fc.constant("setValues" as const),
      sheet: ref,
      ...pos,
      values: grille(
        fc.oneof(fc.constant(null), fc.constant("x"), fc.constant("=1+1"), fc.integer()),
      ),
    }),
    fc.record({
      kind: fc.constant("setFormulas" as const),
      sheet: ref,
      ...pos,
      formulas: grille(fc.oneof(fc.constant(null), fc.constant("=A1"))),
    }),
    fc.record({
      kind: fc.constant("setFormat" as const),
      sheet: ref,
      range: zone(),
      format: fc.constantFrom({ fill: "FFFF00" }, { bold: true }, { numberFormat: "@" }),
    }),
    fc.record({ kind: fc.constant("merge" as const), sheet: ref, range: zone() }),
    fc.record({
      kind: fc.constant("setColumnWidth" as const),
      sheet: ref,
      col: fc.nat({ max: 3 }),
      widthPt: fc.integer({ min: 10, max: 200 }),
    }),
    fc.record({
      kind: fc.constant("setRowHeight" as const),
      sheet: ref,
      row: fc.nat({ max: 3 }),
      heightPt: fc.integer({ min: 10, max: 60 }),
    }),
    fc.record({
      kind: fc.constant("addListValidation" as const),
      sheet: ref,
      range: zone(),
      source: fc.constant("Oui,Non"),
    }),
    zone().chain((range) =>
      fc.record({
        kind: fc.constant("addConditionalFormat" as const),
        sheet: ref,
        range: fc.constant(range),
        formula: formuleMfc(range),
        fill: fc.constant("FFE699"),
      }),
    ),
    fc.record({
      kind: fc.constant("removeMarkedConditionalFormats" as const),
      sheet: ref,
      marker: fc.constantFrom(MARQUEUR, ""),
    }),
    fc.record({
      kind: fc.constant("setPageLayout" as const),
      sheet: ref,
      layout: fc.constant({ orientation: "portrait" as const, fitToWidth: true }),
    }),
    fc.record({
      kind: fc.constant("setSetting" as const),
      key: fc.constantFrom("corrections", "surlignage"),
      value: fc.constantFrom({ a: 1 }, null),
    }),
    fc.record({
      kind: fc.constant("select" as const),
      sheet: ref,
      ranges: fc.array(zone(), { minLength: 1, maxLength: 2 }),
    }),
  );
}
