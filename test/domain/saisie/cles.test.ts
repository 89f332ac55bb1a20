import { RangsCellules } from "../../../src/domain/saisie/cles";

const c = (sheetId: string, row: number, col: number) => ({ location: { sheetId, row, col } });

describe("RangsCellules", () => {
  it("rend le rang de la dernière cellule d'une position, -1 pour une position vide", () => {
    const rangs = new RangsCellules([c("A", 3, 2), c("B", 3, 2), c("A", 10, 7), c("A", 3, 2)]);
    expect(rangs.rang({ sheetId: "A", row: 3, col: 2 })).toBe(3);
    expect(rangs.rang({ sheetId: "B", row: 3, col: 2 })).toBe(1);
    expect(rangs.rang({ sheetId: "A", row: 10, col: 7 })).toBe(2);
    expect(rangs.rang({ sheetId: "A", row: 4, col: 2 })).toBe(-1);
    expect(rangs.rang({ sheetId: "C", row: 3, col: 2 })).toBe(-1);
    expect(rangs.rang({ sheetId: "A", row: 3.5, col: 2 })).toBe(-1);
    expect(rangs.rang({ sheetId: "A", row: 99, col: 99 })).toBe(-1);
  });

  it("retrouve une position hors grille (négative, non entière) et des cellules très éparses", () => {
    const rangs = new RangsCellules([
      c("A", -1, 0),
      c("A", 0.5, 1),
      c("B", 0, 0),
      c("B", 2 ** 20, 16383),
    ]);
    expect(rangs.rang({ sheetId: "A", row: -1, col: 0 })).toBe(0);
    expect(rangs.rang({ sheetId: "A", row: 0.5, col: 1 })).toBe(1);
    expect(rangs.rang({ sheetId: "B", row: 0, col: 0 })).toBe(2);
    expect(rangs.rang({ sheetId: "B", row: 2 ** 20, col: 16383 })).toBe(3);
    expect(rangs.rang({ sheetId: "B", row: 1, col: 0 })).toBe(-1);
  });
});
