import type { PlanOperation, SheetRef, WriteValue } from "../plan/types";

/**
 * Regroupe les écritures cellule par cellule d'une feuille **neuve** en une seule opération
 * `setValues` et une seule `setFormulas` sur leur rectangle englobant (`null` = cellule laissée
 * intacte), placées après les formats : moins d'appels pour la passerelle, et le format texte
 * (« @ ») est posé avant la valeur. Les autres opérations gardent leur ordre.
 */
export function compacter(ops: readonly PlanOperation[], nom: string): PlanOperation[] {
  const ici = (r: SheetRef) => "newSheet" in r && r.newSheet === nom;
  const valeurs = new Map<string, WriteValue>();
  const formules = new Map<string, string | null>();
  const reste: PlanOperation[] = [];
  for (const op of ops) {
    if (op.kind === "setValues" && ici(op.sheet))
      op.values.forEach((l, i) =>
        l.forEach((v, j) => v !== null && valeurs.set(`${op.row + i},${op.col + j}`, v)),
      );
    else if (op.kind === "setFormulas" && ici(op.sheet))
      op.formulas.forEach((l, i) =>
        l.forEach((f, j) => f !== null && formules.set(`${op.row + i},${op.col + j}`, f)),
      );
    else reste.push(op);
  }
  const sheet: SheetRef = { newSheet: nom };
  const bloc = <T>(m: Map<string, T>) => {
    const pos = [...m.keys()].map((k) => k.split(",").map(Number) as [number, number]);
    const top = Math.min(...pos.map((p) => p[0]));
    const left = Math.min(...pos.map((p) => p[1]));
    const bas = Math.max(...pos.map((p) => p[0]));
    const droite = Math.max(...pos.map((p) => p[1]));
    const grille = Array.from({ length: bas - top + 1 }, (_, i) =>
      Array.from({ length: droite - left + 1 }, (_, j) => m.get(`${top + i},${left + j}`) ?? null),
    );
    return { row: top, col: left, grille };
  };
  if (valeurs.size > 0) {
    const b = bloc(valeurs);
    reste.push({ kind: "setValues", sheet, row: b.row, col: b.col, values: b.grille });
  }
  if (formules.size > 0) {
    const b = bloc(formules);
    reste.push({ kind: "setFormulas", sheet, row: b.row, col: b.col, formulas: b.grille });
  }
  return reste;
}
