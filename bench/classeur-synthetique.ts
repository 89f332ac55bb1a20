import type {
  CellValue,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../src/domain/classeur/snapshot";

/**
 * Classeur « Diagnostic » synthétique, de taille voisine du vrai (quand les exemples générés dans
 * assets/exemples/ manquent) : 14 onglets, tableaux par ESMS, cellules bleues, formules, fusions,
 * listes Oui/Non. Seule la **taille** et la forme comptent pour le banc, pas le contenu métier.
 */

const BLEU = "DDEBF7";
const GRIS = "D9D9D9";

interface Cellule {
  v?: CellValue;
  f?: string;
  bleu?: boolean;
  gris?: boolean;
  gras?: boolean;
}

function feuille(
  id: string,
  nom: string,
  position: number,
  lignes: number,
  colonnes: number,
  remplir: (r: number, c: number) => Cellule,
  extra: Partial<SheetSnapshot> = {},
): SheetSnapshot {
  const g = Array.from({ length: lignes }, (_, r) =>
    Array.from({ length: colonnes }, (_, c) => remplir(r, c)),
  );
  const m = <T>(f: (x: Cellule) => T) => g.map((l) => l.map(f));
  const type = (x: Cellule): ValueType =>
    x.v === undefined || x.v === ""
      ? "Empty"
      : typeof x.v === "number"
        ? "Double"
        : typeof x.v === "boolean"
          ? "Boolean"
          : "String";
  return {
    id,
    name: nom,
    position,
    visibility: "Visible",
    protected: false,
    origin: { row: 0, col: 0 },
    rowCount: lignes,
    columnCount: colonnes,
    values: m((x) => x.v ?? ""),
    valueTypes: m(type),
    formulas: m((x) => x.f ?? null),
    numberFormats: m((x) => (typeof x.v === "number" ? "# ##0" : "General")),
    fills: m((x) => (x.bleu ? BLEU : x.gris ? GRIS : null)),
    bold: m((x) => x.gras === true),
    merges: [{ top: 0, left: 0, bottom: 0, right: Math.min(colonnes - 1, 5) }],
    validations: [],
    conditionalFormats: [],
    ...extra,
  };
}

/** Tableau : en-tête grisé, libellé en colonne A, cellules de saisie bleues (une sur trois remplie). */
const tableau =
  (prefixe: string) =>
  (r: number, c: number): Cellule => {
    if (r === 0) return c === 0 ? { v: `${prefixe} — titre de l'onglet`, gras: true } : {};
    if (r === 1) return { v: c === 0 ? "Libellé" : `Colonne ${c}`, gris: true, gras: true };
    if (c === 0) return { v: `${prefixe} ligne ${r} : libellé de l'indicateur ou de la question` };
    if ((r + c) % 7 === 0) return { v: r * c, f: `=B${r + 1}*${c}` };
    return (r * 31 + c) % 3 === 0 ? { v: (r * 13 + c) % 97, bleu: true } : { bleu: true };
  };

/** Classeur synthétique pour `nbEsms` ESMS (6 ≈ l'exemple, 60 ≈ le classeur « 10× »). */
export function classeurSynthetique(nbEsms: number): WorkbookSnapshot {
  let position = 0;
  const f = (nom: string, lignes: number, colonnes: number, extra: Partial<SheetSnapshot> = {}) =>
    feuille(`{SYN-${position}}`, nom, position++, lignes, colonnes, tableau(nom), extra);
  const oui = (lignes: number, col: number) => ({
    validations: [
      {
        range: { top: 2, left: col, bottom: lignes - 1, right: col },
        type: "list" as const,
        source: "Oui,Non",
        values: ["Oui", "Non"],
      },
    ],
  });
  const sheets = [
    f("Accueil", 30, 6),
    f("Annexe 1", 14 + nbEsms, 12),
    f("Axe 1-1", 120, 8, oui(120, 2)),
    f("Axe 1-2", 120, 8, oui(120, 2)),
    f("Axe 1-3", 60, 3 + nbEsms),
    f("Axe 2", 120, 8, oui(120, 2)),
    f("Axe 3", 120, 8, oui(120, 2)),
    f("2-B FLASH", 2 + nbEsms, 40),
    f("2-C ANAP", 40, 3 + nbEsms),
    f("2-D Complémentaires", 80, 4 + nbEsms),
    f("2-E Financier", 2 + nbEsms * 25, 10),
    f("2-F Creton", 2 + nbEsms * 6, 8),
    f("2-G Départementaux", 30, 8),
    { ...f("Listes", 10, 5), visibility: "Hidden" as const },
  ];
  return { sheets, settings: {} };
}

export const nbCellules = (w: WorkbookSnapshot) =>
  w.sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
