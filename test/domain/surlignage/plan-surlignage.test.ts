import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { feuilleVide } from "../../../src/domain/classeur/feuille-vide";
import {
  estSurligne,
  formuleSurlignage,
  MARQUEUR_SURLIGNAGE,
  planRetraitSurlignage,
  planSurlignage,
  regrouperEnZones,
} from "../../../src/domain/surlignage/plan-surlignage";

function feuille(id: string, extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { ...feuilleVide(`Feuille ${id}`), id, ...extra };
}

describe("regrouperEnZones", () => {
  it.each([
    ["une cellule", [{ row: 4, col: 1 }], [{ top: 4, bottom: 4, left: 1, right: 1 }]],
    [
      "une suite sur une ligne",
      [
        { row: 2, col: 3 },
        { row: 2, col: 1 },
        { row: 2, col: 2 },
      ],
      [{ top: 2, bottom: 2, left: 1, right: 3 }],
    ],
    [
      "deux lignes identiques consécutives → un rectangle",
      [
        { row: 2, col: 1 },
        { row: 2, col: 2 },
        { row: 3, col: 1 },
        { row: 3, col: 2 },
      ],
      [{ top: 2, bottom: 3, left: 1, right: 2 }],
    ],
    [
      "un trou coupe la suite",
      [
        { row: 0, col: 0 },
        { row: 0, col: 2 },
      ],
      [
        { top: 0, bottom: 0, left: 0, right: 0 },
        { top: 0, bottom: 0, left: 2, right: 2 },
      ],
    ],
    [
      "lignes non consécutives restent séparées",
      [
        { row: 1, col: 0 },
        { row: 3, col: 0 },
      ],
      [
        { top: 1, bottom: 1, left: 0, right: 0 },
        { top: 3, bottom: 3, left: 0, right: 0 },
      ],
    ],
  ])("%s", (_nom, cellules, attendu) => {
    expect(regrouperEnZones(cellules)).toEqual(attendu);
  });

  it("couvre exactement les cellules données", () => {
    const cellules = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 1 },
      { row: 5, col: 7 },
      { row: 6, col: 7 },
      { row: 6, col: 8 },
    ];
    const couvertes = regrouperEnZones(cellules).flatMap((z) => {
      const r: string[] = [];
      for (let i = z.top; i <= z.bottom; i++)
        for (let j = z.left; j <= z.right; j++) r.push(`${i},${j}`);
      return r;
    });
    expect(couvertes.sort()).toEqual(cellules.map((c) => `${c.row},${c.col}`).sort());
  });
});

describe("planSurlignage", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [feuille("a"), feuille("b", { protected: true }), feuille("c")],
    settings: {},
  };
  const saisies = [
    { sheetId: "a", sheetName: "Feuille a", row: 4, col: 2 },
    { sheetId: "a", sheetName: "Feuille a", row: 5, col: 2 },
    { sheetId: "b", sheetName: "Feuille b", row: 1, col: 1 },
  ];

  it("pose une règle marquée par zone et retire d'abord les anciennes", () => {
    const { plan, feuillesProtegees } = planSurlignage(snapshot, saisies);
    expect(plan.operations.map((o) => o.kind)).toEqual([
      "removeMarkedConditionalFormats",
      "addConditionalFormat",
    ]);
    const cf = plan.operations[1];
    expect(cf).toMatchObject({ range: { top: 4, bottom: 5, left: 2, right: 2 } });
    expect(cf && "formula" in cf ? cf.formula : "").toContain(MARQUEUR_SURLIGNAGE);
    expect(feuillesProtegees).toEqual(["Feuille b"]);
  });

  it("la formule vise la cellule haut-gauche en relatif", () => {
    expect(formuleSurlignage({ top: 4, left: 2, bottom: 9, right: 3 })).toBe(
      `=AND(LEN(TRIM(C5))=0,N("${MARQUEUR_SURLIGNAGE}")=0)`,
    );
  });

  it("le retrait ne vise que les feuilles qui portent le marqueur", () => {
    const surligne: WorkbookSnapshot = {
      sheets: [
        feuille("a", {
          conditionalFormats: [
            { range: { top: 0, left: 0, bottom: 0, right: 0 }, type: "custom", formula: "=A1>3" },
          ],
        }),
        feuille("c", {
          conditionalFormats: [
            {
              range: { top: 0, left: 0, bottom: 0, right: 0 },
              type: "custom",
              formula: formuleSurlignage({ top: 0, left: 0, bottom: 0, right: 0 }),
            },
          ],
        }),
      ],
      settings: {},
    };
    expect(estSurligne(surligne)).toBe(true);
    expect(estSurligne(snapshot)).toBe(false);
    expect(planRetraitSurlignage(surligne).operations).toEqual([
      {
        kind: "removeMarkedConditionalFormats",
        sheet: { sheetId: "c" },
        marker: MARQUEUR_SURLIGNAGE,
      },
    ]);
  });
});
