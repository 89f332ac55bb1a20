import type {
  CellRange,
  CellValue,
  SheetSnapshot,
  ValueType,
} from "../../../domain/classeur/snapshot";
import {
  bornerPlage,
  etendre,
  etendueVide,
  VISIBILITES,
  type BornesLecture,
} from "../instantane-xlsx";
import { mfcDepuisModele, validationsDepuisModele, type AccesListes } from "../regles";
import { contenu, T_NOMBRE, T_NUL, T_TEXTE } from "./cellule";
import type { FeuilleLue } from "./feuille";
import type { IndexFeuille } from "./index-feuille";
import type { Rendu, Rendus } from "./rendus";

/**
 * Instantané d'une feuille lue directement : les mêmes règles qu'`instantaneFeuille` sur le
 * modèle ExcelJS (plage utilisée, cellules fusionnées créées, styles des lignes et colonnes), mais
 * chaque style n'est résolu qu'une fois.
 */

export interface FeuilleClasseur {
  readonly id: number;
  readonly name: string;
  readonly state: string | undefined;
  readonly lue: FeuilleLue;
}

const styleColonne = (f: FeuilleLue, j: number) => f.colonnes[j]?.style ?? null;

/** Tableau dense `lignes × colonnes` rempli de `v` (comme `grille` d'instantane-xlsx). */
function grille<T>(lignes: number, colonnes: number, v: T): T[][] {
  const g: T[][] = new Array<T[]>(lignes);
  for (let i = 0; i < lignes; i++) g[i] = new Array<T>(colonnes).fill(v);
  return g;
}

/*
 * La construction est découpée par étape (étendues, grilles, cellules écrites, cellules créées) :
 * chaque étape est compilée à part par V8, seulement si elle est chaude. D'un seul tenant, la
 * fonction coûtait à TurboFan ≈ 100 ms de compilation par fil d'un lot (ADR 0032).
 */

interface Etendues {
  readonly formee: ReturnType<typeof etendueVide>;
  readonly remplie: ReturnType<typeof etendueVide>;
  /** Maîtresses de fusion absentes du XML, créées comme ExcelJS les crée (ligne, colonne, rendu). */
  readonly maitresCrees: readonly (readonly [number, number, Rendu])[];
}

function etendues(f: FeuilleLue, index: IndexFeuille, rendus: Rendus): Etendues {
  const formee = etendueVide();
  const remplie = etendueVide();
  for (const l of f.lignes) {
    for (const c of l.cellules) {
      if (c.genre !== T_NUL) {
        etendre(formee, l.index, c.col);
        etendre(remplie, l.index, c.col);
      } else if (rendus.de(c.style).visible) etendre(formee, l.index, c.col);
    }
  }
  const maitresCrees: [number, number, Rendu][] = [];
  for (const z of f.fusions) {
    const rows = z.bottom - z.top + 1;
    const cols = z.right - z.left + 1;
    if (rows > 1 || cols > 1) {
      // Étendue des cellules esclaves (toutes sauf la maîtresse, en haut à gauche).
      const haut = cols > 1 ? z.top : z.top + 1;
      const gauche = rows > 1 ? z.left : z.left + 1;
      for (const e of [formee, remplie]) {
        etendre(e, haut, gauche);
        etendre(e, z.bottom, z.right);
      }
    }
    if (!index.cellule(z.top, z.left)) {
      const r = rendus.cree(index.ligne(z.top)?.style ?? null, styleColonne(f, z.left));
      maitresCrees.push([z.top, z.left, r]);
      if (r.visible) etendre(formee, z.top, z.left);
    }
  }
  return { formee, remplie, maitresCrees };
}

/** Plage retenue (index absolus) et grilles de l'instantané. */
interface Grilles {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: CellValue[][];
  readonly valueTypes: ValueType[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: string[][];
  readonly fills: (string | null)[][];
  readonly bold: boolean[][];
}

function grilles(
  plage: { top: number; left: number; bottom: number; right: number },
  rowCount: number,
  columnCount: number,
): Grilles {
  return {
    ...plage,
    rowCount,
    columnCount,
    values: grille<CellValue>(rowCount, columnCount, ""),
    valueTypes: grille<ValueType>(rowCount, columnCount, "Empty"),
    formulas: grille<string | null>(rowCount, columnCount, null),
    numberFormats: grille(rowCount, columnCount, "General"),
    fills: grille<string | null>(rowCount, columnCount, null),
    bold: grille(rowCount, columnCount, false),
  };
}

function poser(g: Grilles, i: number, j: number, r: Rendu): void {
  (g.numberFormats[i] as string[])[j] = r.numFmt;
  (g.fills[i] as (string | null)[])[j] = r.fill;
  (g.bold[i] as boolean[])[j] = r.bold;
}

/** Cellules esclaves d'une fusion dans la plage (1), à plat, ligne par ligne. */
function esclaves(f: FeuilleLue, g: Grilles): Uint8Array {
  const { top, left, bottom, right, columnCount } = g;
  const esclave = new Uint8Array(g.rowCount * columnCount);
  for (const z of f.fusions) {
    for (let i = z.top; i <= z.bottom; i++) {
      for (let j = z.left; j <= z.right; j++) {
        if (i === z.top && j === z.left) continue;
        if (i >= top && i <= bottom && j >= left && j <= right) {
          esclave[(i - top) * columnCount + (j - left)] = 1;
        }
      }
    }
  }
  return esclave;
}

/** Les cellules écrites dans le XML : style, valeur, type, formule ; rend celles qui le sont (1). */
function remplirEcrites(
  f: FeuilleLue,
  g: Grilles,
  index: IndexFeuille,
  rendus: Rendus,
  esclave: Uint8Array,
): Uint8Array {
  const { top, left, bottom, right, columnCount, values, valueTypes, formulas } = g;
  const ecrite = new Uint8Array(g.rowCount * columnCount);
  for (const l of f.lignes) {
    if (l.index < top || l.index > bottom) continue;
    const i = l.index - top;
    for (const c of l.cellules) {
      if (c.col < left || c.col > right) continue;
      const j = c.col - left;
      ecrite[i * columnCount + j] = 1;
      poser(g, i, j, rendus.de(c.style));
      if (esclave[i * columnCount + j]) continue;
      // Cas courants sans objet intermédiaire (même résultat que `contenu`).
      if (c.genre === T_TEXTE && typeof c.valeur === "string") {
        if (c.valeur !== "") {
          (values[i] as CellValue[])[j] = c.valeur;
          (valueTypes[i] as ValueType[])[j] = "String";
        }
        continue;
      }
      if (c.genre === T_NOMBRE) {
        (values[i] as CellValue[])[j] = c.valeur as number;
        (valueTypes[i] as ValueType[])[j] = "Double";
        continue;
      }
      const k = contenu(c, index.trouver);
      (values[i] as CellValue[])[j] = k.value;
      (valueTypes[i] as ValueType[])[j] = k.type;
      (formulas[i] as (string | null)[])[j] = k.formula;
    }
  }
  return ecrite;
}

/** Cellules créées par ExcelJS : maîtresses absentes du XML, puis esclaves non écrites des fusions. */
function remplirCreees(
  f: FeuilleLue,
  g: Grilles,
  index: IndexFeuille,
  rendus: Rendus,
  maitresCrees: Etendues["maitresCrees"],
  ecrite: Uint8Array,
): void {
  const { top, left, bottom, right, columnCount } = g;
  for (const [r, c, rendu] of maitresCrees) {
    if (r >= top && r <= bottom && c >= left && c <= right) poser(g, r - top, c - left, rendu);
  }
  const styleLigne = (i: number) => index.ligne(i)?.style ?? null;
  for (const z of f.fusions) {
    for (let r = z.top; r <= z.bottom; r++) {
      for (let c = z.left; c <= z.right; c++) {
        if (r === z.top && c === z.left) continue;
        if (r < top || r > bottom || c < left || c > right) continue;
        const i = r - top;
        const j = c - left;
        if (ecrite[i * columnCount + j]) continue;
        poser(g, i, j, rendus.cree(styleLigne(r), styleColonne(f, c)));
      }
    }
  }
}

export function instantaneDirect(
  fc: FeuilleClasseur,
  index: IndexFeuille,
  position: number,
  rendus: Rendus,
  theme: readonly string[],
  acces: AccesListes,
  bornes: BornesLecture,
): SheetSnapshot {
  const f = fc.lue;
  const { formee, remplie, maitresCrees } = etendues(f, index, rendus);
  const plage = bornerPlage(fc.name, formee, remplie, bornes);
  const vide = plage.bottom < 0;
  const origin = vide ? { row: 0, col: 0 } : { row: plage.top, col: plage.left };
  const rowCount = vide ? 0 : plage.bottom - plage.top + 1;
  const columnCount = vide ? 0 : plage.right - plage.left + 1;
  const g = grilles(plage, rowCount, columnCount);
  const { values, valueTypes, formulas, numberFormats, fills, bold } = g;
  if (!vide) {
    const ecrite = remplirEcrites(f, g, index, rendus, esclaves(f, g));
    remplirCreees(f, g, index, rendus, maitresCrees, ecrite);
  }
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  for (let r = origin.row; r < origin.row + rowCount; r++) {
    if (index.ligne(r)?.masquee) hiddenRows.push(r);
  }
  for (let c = origin.col; c < origin.col + columnCount; c++) {
    if (f.colonnes[c]?.masquee) hiddenColumns.push(c);
  }
  const merges: CellRange[] = f.fusions.map((z) => ({ ...z }));
  return {
    id: String(fc.id),
    name: fc.name,
    position,
    visibility: VISIBILITES[fc.state ?? ""] ?? "Visible",
    protected: f.protegee,
    origin,
    rowCount,
    columnCount,
    values,
    valueTypes,
    formulas,
    numberFormats,
    fills,
    bold,
    merges,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    validations: validationsDepuisModele(f.validations, acces),
    conditionalFormats: mfcDepuisModele(f.mfc, theme),
  };
}
