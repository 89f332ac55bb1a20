import { violationsDesEcritures } from "../../domain/plan/garde";
import { listeDesViolations } from "../../domain/plan/messages-garde";
import { feuilleVide } from "../../domain/classeur/feuille-vide";
import type {
  CellRange,
  CellValue,
  SheetSnapshot,
  ValueType,
} from "../../domain/classeur/snapshot";
import type { PlanOperation, WritePlan } from "../../domain/plan/types";
import { GatewayError } from "../port";
import { formuleLue, typeLu } from "./contenu";

/**
 * Garde « rien de perdu » au moment d'écrire (ADR 0009) : dans le lot d'écriture, avant toute
 * écriture, relire les cellules que le plan va remplir sur les feuilles existantes (même `sync`
 * que les autres lectures préalables) et renoncer si l'une n'est plus vide — une saisie faite
 * après l'analyse n'est jamais écrasée.
 */

type Ecriture = Extract<PlanOperation, { kind: "setValues" | "setFormulas" }>;

interface Relecture {
  readonly index: number;
  readonly op: Ecriture;
  readonly zone: CellRange;
  readonly feuille: Excel.Worksheet;
  readonly plage: Excel.Range;
}

/** Rectangle des cellules non nulles d'une écriture, ou `null` si elle n'écrit rien. */
function zoneEcrite(op: Ecriture): CellRange | null {
  const g = op.kind === "setValues" ? op.values : op.formulas;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  g.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      if (v === null) return;
      top = Math.min(top, op.row + i);
      bottom = Math.max(bottom, op.row + i);
      left = Math.min(left, op.col + j);
      right = Math.max(right, op.col + j);
    }),
  );
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Met en file la relecture des cellules visées (valeurs, types, formules, nom de la feuille). */
export function enfilerRelectures(
  feuilles: Excel.WorksheetCollection,
  plan: WritePlan,
): Relecture[] {
  const res: Relecture[] = [];
  plan.operations.forEach((op, index) => {
    if ((op.kind !== "setValues" && op.kind !== "setFormulas") || !("sheetId" in op.sheet)) return;
    const zone = zoneEcrite(op);
    if (!zone) return;
    const feuille = feuilles.getItem(op.sheet.sheetId);
    feuille.load("name");
    const plage = feuille.getRangeByIndexes(
      zone.top,
      zone.left,
      zone.bottom - zone.top + 1,
      zone.right - zone.left + 1,
    );
    plage.load("values,valueTypes,formulas");
    res.push({ index, op, zone, feuille, plage });
  });
  return res;
}

function instantane(r: Relecture): SheetSnapshot {
  const values = r.plage.values as CellValue[][];
  const types = (r.plage.valueTypes as string[][]).map((l) => l.map(typeLu));
  const formulas = (r.plage.formulas as unknown[][]).map((l, i) =>
    l.map((f, j) => formuleLue(f, values[i]?.[j], types[i]?.[j])),
  );
  const rows = r.zone.bottom - r.zone.top + 1;
  const cols = r.zone.right - r.zone.left + 1;
  const g = <T>(v: T) => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
  return {
    ...feuilleVide(r.feuille.name),
    id: "sheetId" in r.op.sheet ? r.op.sheet.sheetId : "",
    origin: { row: r.zone.top, col: r.zone.left },
    rowCount: rows,
    columnCount: cols,
    values,
    valueTypes: types as ValueType[][],
    formulas,
    numberFormats: g("General"),
    fills: g<string | null>(null),
  };
}

/** Après la `sync` de lecture : lève `GatewayError("NothingLost")` si une cellule visée est pleine. */
export function verifierRelectures(plan: WritePlan, relectures: readonly Relecture[]): void {
  const messages = relectures.flatMap((r) =>
    violationsDesEcritures(
      { sheets: [instantane(r)], settings: {} },
      { titre: plan.titre, operations: [r.op] },
    ).map((v) => v.message),
  );
  if (messages.length === 0) return;
  throw new GatewayError(
    "NothingLost",
    [
      `Opération « ${plan.titre} » annulée : le classeur a changé depuis l'analyse (une saisie toute récente ?) et rien n'a été écrit.`,
      listeDesViolations(messages),
      "Cliquez sur « Actualiser » pour relire le classeur, puis relancez l'opération.",
    ].join("\n"),
    JSON.stringify(messages),
  );
}
