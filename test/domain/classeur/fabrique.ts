import { lireZone } from "../../../src/domain/classeur/adresse";
import type {
  CellValue,
  DataValidationSnapshot,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../../src/domain/classeur/snapshot";

/**
 * Constructeur d'instantanés à partir d'un tableau 2-D (réutilisable par d'autres tests) :
 *
 *   feuilleDe("Annexe 1", [
 *     ["N° FINESS juridique", "440000016"],
 *   ], { bleus: ["B1"], fusions: ["A3:C3"] })
 *
 * `null` ou "" = cellule vide ; une chaîne qui commence par « = » est une formule (valeur en cache
 * donnée par `caches`). Les remplissages se donnent par zones (`bleus`, `fills`) ou par une grille.
 */

export const BLEU = "DDEBF7";
export const GRIS = "D9D9D9";
const ERREURS = ["#DIV/0!", "#REF!", "#VALUE!", "#VALEUR!", "#N/A", "#NAME?", "#NOM?", "#NUM!"];

export type Brut = CellValue | null | undefined;

export interface OptionsFeuilleDe {
  readonly id?: string;
  readonly position?: number;
  readonly visibility?: SheetSnapshot["visibility"];
  /** Zones A1 remplies en bleu de saisie (`BLEU`). */
  readonly bleus?: readonly string[];
  /** Autres remplissages : zone A1 → « RRGGBB ». */
  readonly fills?: Readonly<Record<string, string>>;
  /** Grille de remplissages (prioritaire sur rien, complétée par `bleus` et `fills`). */
  readonly grilleFills?: readonly (readonly (string | null)[])[];
  readonly fusions?: readonly string[];
  readonly gras?: readonly string[];
  /** Zone A1 → format de nombre. */
  readonly formats?: Readonly<Record<string, string>>;
  /** Valeurs en cache des formules : A1 → valeur. */
  readonly caches?: Readonly<Record<string, CellValue>>;
  /** Listes déroulantes : zone A1 → valeurs. */
  readonly listes?: Readonly<Record<string, readonly string[]>>;
}

function typeDe(v: CellValue): ValueType {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return ERREURS.includes(v) ? "Error" : "String";
}

function pourZones(zones: readonly string[], f: (r: number, c: number) => void): void {
  for (const z of zones) {
    const { top, left, bottom, right } = lireZone(z);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(r, c);
  }
}

export function feuilleDe(
  nom: string,
  lignes: readonly (readonly Brut[])[],
  o: OptionsFeuilleDe = {},
): SheetSnapshot {
  let rowCount = lignes.length;
  let columnCount = Math.max(0, ...lignes.map((l) => l.length));
  const etendre = (r: number, c: number) => {
    rowCount = Math.max(rowCount, r + 1);
    columnCount = Math.max(columnCount, c + 1);
  };
  pourZones([...(o.bleus ?? []), ...Object.keys(o.fills ?? {}), ...(o.fusions ?? [])], etendre);
  const grille = <T>(f: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: columnCount }, (_, c) => f(r, c)),
    );
  const brut = (r: number, c: number): Brut => lignes[r]?.[c];
  const formulas = grille((r, c) => {
    const v = brut(r, c);
    return typeof v === "string" && v.startsWith("=") ? v : null;
  });
  const cache = new Map(
    Object.entries(o.caches ?? {}).map(([a1, v]) => {
      const z = lireZone(a1);
      return [`${z.top}:${z.left}`, v] as const;
    }),
  );
  const values = grille((r, c): CellValue => {
    if (formulas[r]?.[c]) return cache.get(`${r}:${c}`) ?? "";
    const v = brut(r, c);
    return v === null || v === undefined ? "" : v;
  });
  const fills = grille((r, c) => o.grilleFills?.[r]?.[c] ?? null);
  pourZones(o.bleus ?? [], (r, c) => ((fills[r] as (string | null)[])[c] = BLEU));
  for (const [z, couleur] of Object.entries(o.fills ?? {})) {
    pourZones([z], (r, c) => ((fills[r] as (string | null)[])[c] = couleur));
  }
  const numberFormats = grille(() => "General");
  for (const [z, f] of Object.entries(o.formats ?? {})) {
    pourZones([z], (r, c) => ((numberFormats[r] as string[])[c] = f));
  }
  const bold = grille(() => false);
  pourZones(o.gras ?? [], (r, c) => ((bold[r] as boolean[])[c] = true));
  const validations: DataValidationSnapshot[] = Object.entries(o.listes ?? {}).map(([z, v]) => ({
    range: lireZone(z),
    type: "list",
    source: v.join(","),
    values: v,
  }));
  return {
    id: o.id ?? `id-${nom}`,
    name: nom,
    position: o.position ?? 0,
    visibility: o.visibility ?? "Visible",
    protected: false,
    origin: { row: 0, col: 0 },
    rowCount,
    columnCount,
    values,
    valueTypes: values.map((l) => l.map(typeDe)),
    formulas,
    numberFormats,
    fills,
    bold,
    merges: (o.fusions ?? []).map(lireZone),
    validations,
    conditionalFormats: [],
  };
}

/** Classeur : les positions suivent l'ordre donné (sauf position explicite). */
export function classeurDe(
  feuilles: readonly SheetSnapshot[],
  settings: Readonly<Record<string, unknown>> = {},
): WorkbookSnapshot {
  return { sheets: feuilles.map((f, i) => ({ ...f, position: i })), settings };
}

/** Insère `n` lignes vides avant la ligne `avant` (0 = ligne 1) : valeurs, remplissages, fusions. */
export function insererLignes(s: SheetSnapshot, avant: number, n: number): SheetSnapshot {
  const vide = <T>(v: T) =>
    Array.from({ length: n }, () => Array.from({ length: s.columnCount }, () => v));
  const ins = <T>(g: readonly (readonly T[])[], v: T) => [
    ...g.slice(0, avant),
    ...vide(v),
    ...g.slice(avant),
  ];
  const dec = (r: number) => (r >= avant ? r + n : r);
  return {
    ...s,
    rowCount: s.rowCount + n,
    values: ins(s.values, "" as CellValue),
    valueTypes: ins(s.valueTypes, "Empty" as ValueType),
    formulas: ins(s.formulas, null as string | null),
    numberFormats: ins(s.numberFormats, "General"),
    fills: ins(s.fills, null as string | null),
    ...(s.bold ? { bold: ins(s.bold, false) } : {}),
    merges: s.merges.map((m) => ({ ...m, top: dec(m.top), bottom: dec(m.bottom) })),
    validations: s.validations.map((v) => ({
      ...v,
      range: { ...v.range, top: dec(v.range.top), bottom: dec(v.range.bottom) },
    })),
  };
}

/** Décale toute la feuille de `n` colonnes vers la droite (colonnes vides insérées en tête). */
export function decalerColonnes(s: SheetSnapshot, n: number): SheetSnapshot {
  const pre = <T>(g: readonly (readonly T[])[], v: T) =>
    g.map((l) => [...Array.from({ length: n }, () => v), ...l]);
  const dec = <R extends { left: number; right: number }>(m: R): R => ({
    ...m,
    left: m.left + n,
    right: m.right + n,
  });
  return {
    ...s,
    columnCount: s.columnCount + n,
    values: pre(s.values, "" as CellValue),
    valueTypes: pre(s.valueTypes, "Empty" as ValueType),
    formulas: pre(s.formulas, null as string | null),
    numberFormats: pre(s.numberFormats, "General"),
    fills: pre(s.fills, null as string | null),
    ...(s.bold ? { bold: pre(s.bold, false) } : {}),
    merges: s.merges.map(dec),
    validations: s.validations.map((v) => ({ ...v, range: dec(v.range) })),
  };
}
