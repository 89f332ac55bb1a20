import type {
  CellRange,
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  ValueType,
  WorkbookSnapshot,
} from "../../domain/classeur/snapshot";
import { COLONNES_MAX } from "./adresses";

/** Remplissage posé sur une cellule (couleur « #RRGGBB », teinte Office -1..1). */
export interface Remplissage {
  readonly color: string;
  readonly tintAndShade: number;
  readonly pattern: string;
}

/** Une cellule du modèle en mémoire. Les formats non modélisés vont dans `autres`. */
export interface Cellule {
  value: CellValue;
  type: ValueType;
  formula: string | null;
  numberFormat: string;
  fill: Remplissage | null;
  bold: boolean;
  locked: boolean;
  autres?: Record<string, unknown>;
}

export interface ValidationModele {
  range: CellRange;
  rule: Record<string, unknown>;
}

export interface MfcModele {
  readonly id: string;
  range: CellRange;
  readonly type: string;
  formula?: string;
  fill?: string;
}

/** Mise en page d'impression (`worksheet.pageLayout`) ; marges en points. */
export interface MiseEnPageModele {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  /** Lignes répétées (zone de lignes entières), ou aucune. */
  printTitleRows: CellRange | null;
}

export interface FeuilleModele {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  tabColor?: string;
  readonly cells: Map<number, Cellule>;
  merges: CellRange[];
  validations: ValidationModele[];
  mfc: MfcModele[];
  readonly colonnes: Map<number, number>;
  readonly lignes: Map<number, number>;
  /** Lignes et colonnes masquées (index absolus). */
  readonly lignesMasquees?: Set<number>;
  readonly colonnesMasquees?: Set<number>;
  /** Absente tant qu'elle n'a pas été modifiée (valeurs par défaut d'Excel). */
  miseEnPage?: MiseEnPageModele;
  /** Plage utilisée artificiellement étendue (colonnes entières mises en forme, par exemple). */
  extension?: { bottom: number; right: number };
}

export interface Selection {
  sheetId: string;
  ranges: CellRange[];
}

export interface ClasseurModele {
  feuilles: FeuilleModele[];
  settings: Map<string, unknown>;
  activeId: string;
  selection: Selection;
  compteurIds: number;
  compteurMfc: number;
}

export const cle = (row: number, col: number) => row * COLONNES_MAX + col;

export const celluleVide = (): Cellule => ({
  value: "",
  type: "Empty",
  formula: null,
  numberFormat: "General",
  fill: null,
  bold: false,
  locked: true,
});

/** Une cellule compte dans la plage utilisée (sans `valuesOnly`) : contenu ou format posé. */
export const estUtilisee = (c: Cellule, valeursSeules: boolean) =>
  c.type !== "Empty" ||
  c.formula !== null ||
  (!valeursSeules &&
    (c.fill !== null ||
      c.bold ||
      c.numberFormat !== "General" ||
      !c.locked ||
      Object.keys(c.autres ?? {}).length > 0));

function feuilleDepuis(s: SheetSnapshot): FeuilleModele {
  const cells = new Map<number, Cellule>();
  for (let i = 0; i < s.rowCount; i++) {
    for (let j = 0; j < s.columnCount; j++) {
      const fill = s.fills[i]?.[j] ?? null;
      const c: Cellule = {
        value: s.values[i]?.[j] ?? "",
        type: s.valueTypes[i]?.[j] ?? "Empty",
        formula: s.formulas[i]?.[j] ?? null,
        numberFormat: s.numberFormats[i]?.[j] ?? "General",
        fill: fill ? { color: `#${fill}`, tintAndShade: 0, pattern: "Solid" } : null,
        bold: s.bold?.[i]?.[j] ?? false,
        locked: true,
      };
      if (estUtilisee(c, false)) cells.set(cle(s.origin.row + i, s.origin.col + j), c);
    }
  }
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells,
    merges: s.merges.map((m) => ({ ...m })),
    validations: s.validations.map((v) => ({
      range: { ...v.range },
      rule:
        v.type === "list"
          ? { list: { inCellDropDown: true, source: v.source ?? "" } }
          : { [v.type]: {} },
    })),
    mfc: s.conditionalFormats.map((m, k) => ({
      id: `{MFC-${s.id}-${k}}`,
      range: { ...m.range },
      type: m.type,
      ...(m.formula !== undefined ? { formula: m.formula } : {}),
      ...(m.fillColor !== undefined ? { fill: m.fillColor } : {}),
    })),
    colonnes: new Map(),
    lignes: new Map(),
    lignesMasquees: new Set(s.hiddenRows ?? []),
    colonnesMasquees: new Set(s.hiddenColumns ?? []),
  };
}

/** Modèle en mémoire initialisé depuis un instantané (copie : l'instantané n'est pas modifié). */
export function modeleDepuis(snapshot: WorkbookSnapshot): ClasseurModele {
  const feuilles = [...snapshot.sheets].sort((a, b) => a.position - b.position).map(feuilleDepuis);
  const active = feuilles.find((f) => f.visibility === "Visible") ?? feuilles[0];
  if (!active) throw new Error("Hôte simulé : un classeur a au moins une feuille.");
  return {
    feuilles,
    settings: new Map(Object.entries(snapshot.settings)),
    activeId: active.id,
    selection: { sheetId: active.id, ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }] },
    compteurIds: feuilles.length,
    compteurMfc: 0,
  };
}

/** Plage utilisée d'une feuille, ou `null` si elle est vide. */
export function plageUtilisee(f: FeuilleModele, valeursSeules = false): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const etendre = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [k, c] of f.cells) {
    if (estUtilisee(c, valeursSeules)) etendre(Math.floor(k / COLONNES_MAX), k % COLONNES_MAX);
  }
  if (!valeursSeules) {
    for (const m of f.merges) {
      etendre(m.top, m.left);
      etendre(m.bottom, m.right);
    }
    if (f.extension && bottom >= 0) etendre(f.extension.bottom, f.extension.right);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export { refusNomFeuille } from "../commun/nom-feuille";
