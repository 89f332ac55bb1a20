import type {
  CellRange,
  CellValue,
  DataValidationSnapshot,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../classeur/snapshot";
import { feuilleVide } from "../classeur/feuille-vide";
import type { PlanOperation, SheetRef, WritePlan } from "./types";

/**
 * Applique un plan d'écriture à un instantané, en mémoire (valeurs, formules, remplissages, formats
 * de nombre, fusions, validations, feuilles ajoutées) : sert à relire une fiche avant de l'écrire
 * (liens du suivi) et, dans les tests, à vérifier l'idempotence. Les formules ne sont pas
 * calculées (valeur vide). Les feuilles ajoutées reçoivent l'id « nouvelle:<nom> ».
 */

interface Case {
  value: CellValue;
  type: ValueType;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
}

interface Brouillon {
  base: SheetSnapshot;
  cases: Map<string, Case>;
  merges: CellRange[];
  validations: DataValidationSnapshot[];
}

const cle = (r: number, c: number) => `${r},${c}`;

function depuis(sheet: SheetSnapshot): Brouillon {
  const cases = new Map<string, Case>();
  for (let i = 0; i < sheet.rowCount; i++)
    for (let j = 0; j < sheet.columnCount; j++)
      cases.set(cle(sheet.origin.row + i, sheet.origin.col + j), {
        value: sheet.values[i]?.[j] ?? "",
        type: sheet.valueTypes[i]?.[j] ?? "Empty",
        formula: sheet.formulas[i]?.[j] ?? null,
        numberFormat: sheet.numberFormats[i]?.[j] ?? "General",
        fill: sheet.fills[i]?.[j] ?? null,
      });
  return { base: sheet, cases, merges: [...sheet.merges], validations: [...sheet.validations] };
}

function versFeuille(b: Brouillon): SheetSnapshot {
  const pos = [...b.cases.keys()].map((k) => k.split(",").map(Number) as [number, number]);
  if (pos.length === 0) return { ...b.base, merges: b.merges, validations: b.validations };
  const top = Math.min(...pos.map((p) => p[0]));
  const left = Math.min(...pos.map((p) => p[1]));
  const rowCount = Math.max(...pos.map((p) => p[0])) - top + 1;
  const columnCount = Math.max(...pos.map((p) => p[1])) - left + 1;
  const grille = <T>(f: (c: Case | undefined) => T): T[][] =>
    Array.from({ length: rowCount }, (_, i) =>
      Array.from({ length: columnCount }, (_, j) => f(b.cases.get(cle(top + i, left + j)))),
    );
  return {
    ...b.base,
    origin: { row: top, col: left },
    rowCount,
    columnCount,
    values: grille((c) => c?.value ?? ""),
    valueTypes: grille((c) => c?.type ?? "Empty"),
    formulas: grille((c) => c?.formula ?? null),
    numberFormats: grille((c) => c?.numberFormat ?? "General"),
    fills: grille((c) => c?.fill ?? null),
    merges: b.merges,
    validations: b.validations,
  };
}

const typeDe = (v: CellValue): ValueType =>
  v === ""
    ? "Empty"
    : typeof v === "number"
      ? "Double"
      : typeof v === "boolean"
        ? "Boolean"
        : "String";

const VIDE: Case = { value: "", type: "Empty", formula: null, numberFormat: "General", fill: null };

function modifier(b: Brouillon, r: number, c: number, f: (x: Case) => Case) {
  b.cases.set(cle(r, c), f(b.cases.get(cle(r, c)) ?? VIDE));
}

function appliquer(b: Brouillon, op: PlanOperation) {
  switch (op.kind) {
    case "setValues":
      op.values.forEach((l, i) =>
        l.forEach((v, j) => {
          if (v !== null)
            modifier(b, op.row + i, op.col + j, (x) => ({
              ...x,
              value: v,
              type: typeDe(v),
              formula: null,
            }));
        }),
      );
      return;
    case "setFormulas":
      op.formulas.forEach((l, i) =>
        l.forEach((f, j) => {
          if (f !== null)
            modifier(b, op.row + i, op.col + j, (x) => ({
              ...x,
              value: "",
              type: "Empty",
              formula: f,
            }));
        }),
      );
      return;
    case "setFormat": {
      const { fill, numberFormat } = op.format;
      if (fill === undefined && numberFormat === undefined) return;
      for (let r = op.range.top; r <= op.range.bottom; r++)
        for (let c = op.range.left; c <= op.range.right; c++)
          modifier(b, r, c, (x) => ({
            ...x,
            ...(fill !== undefined ? { fill } : {}),
            ...(numberFormat !== undefined ? { numberFormat } : {}),
          }));
      return;
    }
    case "merge":
      b.merges.push(op.range);
      return;
    case "addListValidation":
      b.validations.push({ range: op.range, type: "list", source: op.source });
      return;
    default:
      return;
  }
}

export function appliquerPlan(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const brouillons = snapshot.sheets.map(depuis);
  const trouver = (ref: SheetRef) =>
    "sheetId" in ref
      ? brouillons.find((b) => b.base.id === ref.sheetId)
      : brouillons.find((b) => b.base.name === ref.newSheet && b.base.id.startsWith("nouvelle:"));
  for (const op of plan.operations) {
    if (op.kind === "addSheet") {
      brouillons.push({
        base: feuilleVide(op.name, brouillons.length, op.visibility ?? "Visible"),
        cases: new Map(),
        merges: [],
        validations: [],
      });
      continue;
    }
    if (op.kind === "setSetting") continue;
    const b = trouver(op.sheet);
    if (!b) throw new Error(`Simulation : feuille introuvable pour « ${op.kind} ».`);
    appliquer(b, op);
  }
  return { sheets: brouillons.map(versFeuille), settings: snapshot.settings };
}
