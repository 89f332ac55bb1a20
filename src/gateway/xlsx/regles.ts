import type ExcelJS from "exceljs";
import { lireZone } from "../../domain/classeur/adresse";
import type {
  CellRange,
  ConditionalFormatSnapshot,
  DataValidationSnapshot,
} from "../../domain/classeur/snapshot";
import { resoudreRemplissageMfc } from "../commun/couleurs";
import { contenuCellule } from "./valeurs";

const TYPES_VALIDATION: Record<string, DataValidationSnapshot["type"]> = {
  list: "list",
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  textLength: "textLength",
  custom: "custom",
};

/** Types de règles de mise en forme conditionnelle, noms ExcelJS → noms Office.js. */
const TYPES_MFC: Record<string, string> = {
  expression: "Custom",
  cellIs: "CellValue",
  containsText: "ContainsText",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
};

/** Adresses isolées → rectangles (par colonnes contiguës de chaque ligne, puis lignes identiques). */
export function rectangles(cellules: readonly { row: number; col: number }[]): CellRange[] {
  const parLigne = new Map<number, number[]>();
  for (const c of cellules) parLigne.set(c.row, [...(parLigne.get(c.row) ?? []), c.col]);
  const segments: CellRange[] = [];
  for (const [row, cols] of [...parLigne].sort((a, b) => a[0] - b[0])) {
    const tri = [...new Set(cols)].sort((a, b) => a - b);
    let debut = tri[0] ?? 0;
    for (let i = 1; i <= tri.length; i++) {
      if (i === tri.length || tri[i] !== (tri[i - 1] ?? 0) + 1) {
        segments.push({ top: row, bottom: row, left: debut, right: tri[i - 1] ?? debut });
        debut = tri[i] ?? 0;
      }
    }
  }
  const fusion: CellRange[] = [];
  for (const s of segments) {
    const prec = fusion.find(
      (z) => z.bottom === s.top - 1 && z.left === s.left && z.right === s.right,
    );
    if (prec) fusion[fusion.indexOf(prec)] = { ...prec, bottom: s.bottom };
    else fusion.push(s);
  }
  return fusion;
}

/** Ce qu'il faut du classeur pour résoudre la source d'une liste (ExcelJS ou lecteur direct). */
export interface AccesListes {
  /** Première plage du nom défini `nom` (`definedNames.getRanges(nom).ranges[0]`), ou undefined. */
  plageNommee(nom: string): string | undefined;
  /** Lecteur des valeurs d'une feuille (par nom ; undefined : la feuille courante), ou null. */
  feuille(nom: string | undefined): ((ligne: number, col: number) => unknown) | null;
}

/** Valeurs d'une source de liste « Feuille!$A$1:$A$3 », « $A$1:$A$3 » ou nom défini. */
function valeursDePlage(acces: AccesListes, ref: string): string[] | undefined {
  let r = ref.trim();
  const nomme = acces.plageNommee(r);
  if (nomme) r = nomme;
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?(\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?)$/.exec(r);
  if (!m || !m[3]) return undefined;
  const nom = m[1]?.replace(/''/g, "'") ?? m[2];
  const lire = acces.feuille(nom);
  if (!lire) return undefined;
  const z = lireZone(m[3].replace(/\$/g, ""));
  const valeurs: string[] = [];
  for (let i = z.top; i <= z.bottom; i++) {
    for (let j = z.left; j <= z.right; j++) {
      const v = lire(i, j);
      if (v !== "") valeurs.push(String(v));
    }
  }
  return valeurs;
}

/** Accès ExcelJS aux noms définis et aux feuilles d'un classeur chargé. */
function accesExcelJs(wb: ExcelJS.Workbook, courante: ExcelJS.Worksheet): AccesListes {
  return {
    plageNommee: (n) =>
      (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(n)
        ?.ranges?.[0],
    feuille: (nom) => {
      const ws = nom ? wb.getWorksheet(nom) : courante;
      if (!ws) return null;
      return (i, j) => {
        const c = ws.findCell(i + 1, j + 1);
        return c ? contenuCellule(c as never).value : "";
      };
    },
  };
}

/** Validations de données d'une feuille (ExcelJS les éclate par cellule : on les regroupe). */
export function lireValidations(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
): DataValidationSnapshot[] {
  const modele = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  return validationsDepuisModele(modele, accesExcelJs(wb, ws));
}

/** Validations d'un modèle « adresse → validation » (celui d'ExcelJS, ou son équivalent). */
export function validationsDepuisModele(
  modele: Readonly<Record<string, unknown>>,
  acces: AccesListes,
): DataValidationSnapshot[] {
  const groupes = new Map<object, { row: number; col: number }[]>();
  const zonesDirectes: [object, CellRange][] = [];
  for (const [adr, dv] of Object.entries(modele)) {
    if (!dv || typeof dv !== "object") continue;
    const z = lireZone(adr.replace(/^range:/, "").replace(/\$/g, ""));
    if (z.top === z.bottom && z.left === z.right) {
      groupes.set(dv, [...(groupes.get(dv) ?? []), { row: z.top, col: z.left }]);
    } else zonesDirectes.push([dv, z]);
  }
  const zones: [object, CellRange][] = [
    ...zonesDirectes,
    ...[...groupes].flatMap(([dv, cells]) =>
      rectangles(cells).map((z): [object, CellRange] => [dv, z]),
    ),
  ];
  return zones.map(([dv, range]) => {
    const d = dv as { type?: string; formulae?: unknown[] };
    const type = TYPES_VALIDATION[d.type ?? ""] ?? "other";
    if (type !== "list") return { range, type };
    const brut = String(d.formulae?.[0] ?? "").trim();
    if (brut.startsWith('"')) {
      const source = brut.replace(/^"|"$/g, "").replace(/""/g, '"');
      return { range, type, source, values: source.split(",").map((s) => s.trim()) };
    }
    const ref = brut.replace(/^=/, "");
    const values = valeursDePlage(acces, ref);
    return values ? { range, type, source: `=${ref}`, values } : { range, type, source: `=${ref}` };
  });
}

/** Une mise en forme conditionnelle sous la forme du modèle ExcelJS. */
export interface MfcModele {
  readonly ref: string;
  readonly rules: readonly unknown[];
}

/** Mises en forme conditionnelles d'une feuille (une entrée par zone et par règle). */
export function lireMfc(
  ws: ExcelJS.Worksheet,
  theme: readonly string[],
): ConditionalFormatSnapshot[] {
  const mfc = (ws as unknown as { conditionalFormattings?: MfcModele[] }).conditionalFormattings;
  return mfcDepuisModele(mfc ?? [], theme);
}

/** Mises en forme conditionnelles d'un modèle ExcelJS (ou de son équivalent). */
export function mfcDepuisModele(
  mfc: readonly MfcModele[],
  theme: readonly string[],
): ConditionalFormatSnapshot[] {
  const res: ConditionalFormatSnapshot[] = [];
  for (const cf of mfc) {
    for (const ref of cf.ref.split(/\s+/).filter(Boolean)) {
      const range = lireZone(ref.replace(/\$/g, ""));
      for (const r of cf.rules) {
        const regle = r as { type?: string; formulae?: unknown[]; style?: { fill?: unknown } };
        const type = TYPES_MFC[regle.type ?? ""] ?? String(regle.type ?? "Other");
        const f = regle.formulae?.[0];
        const formula =
          type === "Custom" && f !== undefined ? `=${String(f).replace(/^=/, "")}` : undefined;
        const fillColor = resoudreRemplissageMfc(regle.style?.fill, theme);
        res.push({
          range,
          type,
          ...(formula !== undefined ? { formula } : {}),
          ...(fillColor ? { fillColor } : {}),
        });
      }
    }
  }
  return res;
}
