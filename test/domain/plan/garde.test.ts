import {
  assertNothingLost,
  MARQUEUR,
  RienDePerduError,
  violationsDuPlan,
  type PlanOperation,
} from "../../../src/domain/plan";
import { bleu, classeur, feuille } from "../saisie/fabrique";

const axe = feuille("Axe 1-1", {
  B2: "Question",
  C2: bleu("Oui"),
  C3: bleu(),
  C4: bleu("", { formule: '=IF(A1="","",1)', type: "String" }),
  C5: bleu("  "),
  D2: { v: 3, formule: "=1+2" },
});
const snap = classeur(axe, feuille("Accueil", { A1: "Bienvenue" }));
const ex = { sheetId: axe.id };
const neuve = { newSheet: "Fiche objectif 1.1" };
const ajout: PlanOperation = { kind: "addSheet", name: "Fiche objectif 1.1" };
const plan = (...operations: PlanOperation[]) => ({ titre: "Essai", operations });
const r = { top: 1, left: 2, bottom: 1, right: 2 };
const portrait = { orientation: "portrait", fitToWidth: true } as const;

describe("assertNothingLost — plans acceptés", () => {
  it.each<[string, PlanOperation[]]>([
    ["plan vide", []],
    [
      "valeur dans une cellule vide",
      [{ kind: "setValues", sheet: ex, row: 2, col: 2, values: [["Non"]] }],
    ],
    [
      "valeur hors de la plage utilisée",
      [{ kind: "setValues", sheet: ex, row: 99, col: 30, values: [[1]] }],
    ],
    [
      "null laisse intacte une cellule pleine",
      [{ kind: "setValues", sheet: ex, row: 1, col: 2, values: [[null, null]] }],
    ],
    [
      "formule dans une cellule vide d'une feuille existante",
      [{ kind: "setFormulas", sheet: ex, row: 2, col: 2, formulas: [["=1"]] }],
    ],
    [
      "formule nulle sur feuille existante",
      [{ kind: "setFormulas", sheet: ex, row: 1, col: 2, formulas: [[null]] }],
    ],
    [
      "MFC de surlignage (formule exacte)",
      [
        {
          kind: "addConditionalFormat",
          sheet: ex,
          range: r,
          formula: `=AND(LEN(TRIM(C2))=0,N("${MARQUEUR}")=0)`,
          fill: "FFFF00",
        },
      ],
    ],
    [
      "retrait des MFC marquées",
      [{ kind: "removeMarkedConditionalFormats", sheet: ex, marker: MARQUEUR }],
    ],
    ["paramètre", [{ kind: "setSetting", key: "k", value: { a: 1 } }]],
    ["sélection", [{ kind: "select", sheet: ex, ranges: [r] }]],
    [
      "tout sur une feuille ajoutée",
      [
        ajout,
        { kind: "setValues", sheet: neuve, row: 0, col: 0, values: [["Titre", 1]] },
        { kind: "setFormulas", sheet: neuve, row: 1, col: 0, formulas: [["=A1"]] },
        { kind: "setFormat", sheet: neuve, range: r, format: { bold: true, fill: "DDEBF7" } },
        { kind: "merge", sheet: neuve, range: { top: 0, left: 0, bottom: 0, right: 4 } },
        { kind: "setColumnWidth", sheet: neuve, col: 0, widthPt: 120 },
        { kind: "setRowHeight", sheet: neuve, row: 0, heightPt: 30 },
        { kind: "addListValidation", sheet: neuve, range: r, source: "Oui,Non" },
        {
          kind: "setPageLayout",
          sheet: neuve,
          layout: { ...portrait, printTitleRows: { top: 0, bottom: 1 } },
        },
        { kind: "select", sheet: neuve, ranges: [r] },
      ],
    ],
  ])("%s", (_, operations) => {
    expect(() => assertNothingLost(snap, plan(...operations))).not.toThrow();
  });
});

describe("assertNothingLost — plans refusés", () => {
  it.each<[string, PlanOperation[], string]>([
    [
      "écrase une valeur",
      [{ kind: "setValues", sheet: ex, row: 1, col: 2, values: [["Non"]] }],
      "'Axe 1-1'!C2 n'est pas vide",
    ],
    [
      'efface une valeur avec ""',
      [{ kind: "setValues", sheet: ex, row: 1, col: 2, values: [[""]] }],
      "C2 n'est pas vide",
    ],
    [
      'écrase une formule qui renvoie ""',
      [{ kind: "setValues", sheet: ex, row: 3, col: 2, values: [[1]] }],
      "C4 n'est pas vide",
    ],
    [
      "écrase des blancs",
      [{ kind: "setValues", sheet: ex, row: 4, col: 2, values: [["x"]] }],
      "C5 n'est pas vide",
    ],
    [
      "écrase une formule",
      [{ kind: "setValues", sheet: ex, row: 1, col: 3, values: [[0]] }],
      "D2 n'est pas vide",
    ],
    [
      "formule sur une cellule pleine d'une feuille existante",
      [{ kind: "setFormulas", sheet: ex, row: 1, col: 2, formulas: [["=1"]] }],
      "C2 n'est pas vide",
    ],
    [
      "format existant",
      [{ kind: "setFormat", sheet: ex, range: r, format: { fill: "FFFF00" } }],
      "mise en forme",
    ],
    ["fusion existante", [{ kind: "merge", sheet: ex, range: r }], "fusion"],
    [
      "validation existante",
      [{ kind: "addListValidation", sheet: ex, range: r, source: "Oui" }],
      "validation",
    ],
    [
      "largeur de colonne existante",
      [{ kind: "setColumnWidth", sheet: ex, col: 1, widthPt: 10 }],
      "mise en forme",
    ],
    [
      "mise en page d'impression d'une feuille existante",
      [{ kind: "setPageLayout", sheet: ex, layout: portrait }],
      "mise en page d'impression sur la feuille existante 'Axe 1-1'",
    ],
    [
      "mise en page d'une feuille neuve pas encore ajoutée",
      [{ kind: "setPageLayout", sheet: neuve, layout: portrait }, ajout],
      "n'est pas ajoutée",
    ],
    [
      "MFC sans marqueur",
      [{ kind: "addConditionalFormat", sheet: ex, range: r, formula: '=C2=""', fill: "FFFF00" }],
      "pas une règle de surlignage",
    ],
    [
      "MFC qui contient seulement le texte du marqueur (feuille existante)",
      [
        {
          kind: "addConditionalFormat",
          sheet: ex,
          range: r,
          formula: `=AND(C2="",N("${MARQUEUR}")=0)`,
          fill: "FFFF00",
        },
      ],
      "pas une règle de surlignage",
    ],
    [
      "MFC sans marqueur sur feuille neuve",
      [
        ajout,
        { kind: "addConditionalFormat", sheet: neuve, range: r, formula: "=TRUE", fill: "FFFF00" },
      ],
      MARQUEUR,
    ],
    [
      "retrait non marqué",
      [{ kind: "removeMarkedConditionalFormats", sheet: ex, marker: "" }],
      "non marquées",
    ],
    [
      "feuille inconnue",
      [{ kind: "select", sheet: { sheetId: "disparue" }, ranges: [r] }],
      "Feuille inconnue",
    ],
    [
      "feuille neuve non ajoutée",
      [{ kind: "setValues", sheet: neuve, row: 0, col: 0, values: [[1]] }],
      "n'est pas ajoutée",
    ],
    ["nom déjà pris (casse)", [{ kind: "addSheet", name: "ACCUEIL" }], "existe déjà"],
    ["ajoutée deux fois", [ajout, ajout], "ajoutée deux fois"],
    ["nom trop long", [{ kind: "addSheet", name: "x".repeat(32) }], "31 caractères"],
    [
      "nom avec caractère interdit",
      [{ kind: "addSheet", name: "Fiche 1/2" }],
      "caractère interdit",
    ],
    ["nom réservé", [{ kind: "addSheet", name: "history" }], "réservé"],
  ])("%s", (_, operations, extrait) => {
    let erreur: unknown;
    try {
      assertNothingLost(snap, plan(...operations));
    } catch (e) {
      erreur = e;
    }
    expect(erreur).toBeInstanceOf(RienDePerduError);
    const e = erreur as RienDePerduError;
    expect(e.violations.map((v) => v.message).join("\n")).toContain(extrait);
    expect(e.message).toContain("« Essai » refusée");
    expect(e.message).toContain("rien n'a été écrit");
  });

  it("liste chaque violation avec le rang de l'opération", () => {
    const v = violationsDuPlan(
      snap,
      plan(
        { kind: "select", sheet: ex, ranges: [r] },
        { kind: "setValues", sheet: ex, row: 1, col: 2, values: [["a", "b"]] },
      ),
    );
    expect(v.map((x) => [x.index, x.kind])).toEqual([
      [1, "setValues"],
      [1, "setValues"],
    ]);
  });

  it("résume au-delà de 5 violations", () => {
    const values = [[1, 1, 1, 1, 1, 1, 1]];
    const s = classeur(feuille("F", { A1: 1, B1: 1, C1: 1, D1: 1, E1: 1, F1: 1, G1: 1 }));
    expect(() =>
      assertNothingLost(
        s,
        plan({ kind: "setValues", sheet: { sheetId: "id-F" }, row: 0, col: 0, values }),
      ),
    ).toThrow("… et 2 autre(s).");
  });
});
