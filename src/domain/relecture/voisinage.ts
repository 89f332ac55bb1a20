import { cellule, limites } from "../classeur/cellule";
import type { SheetSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import type { TypageFeuille } from "../classeur/typage";
import { normaliserFiness } from "../valeurs/finess";

/**
 * Les libellés les plus proches d'une cellule, lus sur la feuille elle-même (jamais par adresse
 * fixe) : FINESS de la ligne, en-tête de la colonne, libellé de la ligne. C'est ce qui fait
 * l'identité d'une valeur pré-renseignée, même dans une zone que le repérage ne connaît pas.
 */

const FORMAT_FINESS = /^[0-9][0-9AB][0-9]{7}$/;

/** En-têtes de colonnes qui désignent l'ESMS lui-même, pas une mesure. */
const ENTETES_IDENTITE =
  /^(n finess|finess|numero finess|etablissement|esms|nom|raison sociale|denomination|categorie|commune|secteur|autorite)\b/;

export interface Voisinage {
  /** Texte de l'ancre de la fusion qui couvre (row, col), ou de la cellule ; "" sinon. */
  texte(row: number, col: number): string;
  /** FINESS de la ligne (le plus à gauche) et sa colonne, s'il y en a un. */
  finessLigne(row: number): { readonly finess: string; readonly col: number } | undefined;
  /** Nom affiché de l'ESMS de la ligne : premier texte à droite du FINESS. */
  nomLigne(row: number): string;
  /** En-tête de colonne au-dessus de (row, col), niveau parent ajouté s'il est ambigu. */
  entete(row: number, col: number): string;
  /** FINESS écrit au-dessus de (row, col) dans la colonne (tableau transposé : un ESMS par colonne). */
  finessColonne(row: number, col: number): string | undefined;
  /** Libellé de ligne le plus proche à gauche de (row, col). */
  libelleLigne(row: number, col: number): string;
  /** Vrai si l'en-tête désigne l'ESMS (FINESS, nom, catégorie…) plutôt qu'une mesure. */
  estColonneIdentite(row: number, col: number): boolean;
}

export function voisinage(sheet: SheetSnapshot, typage: TypageFeuille): Voisinage {
  const { lastCol } = limites(sheet);
  const ancre = new Map<string, { row: number; col: number }>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) ancre.set(`${r}:${c}`, { row: m.top, col: m.left });
    }
  }
  const texte = (row: number, col: number): string => {
    const a = ancre.get(`${row}:${col}`) ?? { row, col };
    const v = cellule(sheet, a.row, a.col).value;
    return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
  };
  const estLibelle = (row: number, col: number) => {
    const t = typage.type(row, col);
    return (t === "libelle" || t === "titre") && texte(row, col) !== "";
  };
  const finessCache = new Map<number, { finess: string; col: number } | undefined>();
  const finessLigne = (row: number) => {
    if (finessCache.has(row)) return finessCache.get(row);
    let trouve: { finess: string; col: number } | undefined;
    for (let c = sheet.origin.col; c <= lastCol && !trouve; c++) {
      const v = cellule(sheet, row, c).value;
      if (typeof v === "boolean" || v === "") continue;
      const n = normaliserFiness(v);
      if (FORMAT_FINESS.test(n)) trouve = { finess: n, col: c };
    }
    finessCache.set(row, trouve);
    return trouve;
  };
  const enteteSimple = (row: number, col: number): { texte: string; row: number } | undefined => {
    for (let r = row - 1; r >= sheet.origin.row; r--) {
      if (finessLigne(r)) continue;
      if (estLibelle(r, col)) return { texte: texte(r, col), row: r };
    }
    return undefined;
  };
  const entete = (row: number, col: number): string => {
    const e = enteteSimple(row, col);
    if (!e) return "";
    const cle = normaliserTexte(e.texte);
    let ambigu = false;
    for (let c = sheet.origin.col; c <= lastCol && !ambigu; c++) {
      if (c !== col && normaliserTexte(texte(e.row, c)) === cle && !ancre.has(`${e.row}:${c}`)) {
        ambigu = true;
      }
    }
    if (!ambigu) return e.texte;
    const parent = enteteSimple(e.row, col);
    return parent ? `${parent.texte} / ${e.texte}` : e.texte;
  };
  return {
    texte,
    finessLigne,
    nomLigne(row) {
      const f = finessLigne(row);
      if (!f) return "";
      for (let c = f.col + 1; c <= lastCol; c++) {
        const t = texte(row, c);
        if (t && !FORMAT_FINESS.test(normaliserFiness(t))) return t;
      }
      return "";
    },
    entete,
    finessColonne(row, col) {
      for (let r = row - 1; r >= sheet.origin.row; r--) {
        const v = cellule(sheet, r, col).value;
        if (typeof v !== "string" && typeof v !== "number") continue;
        const n = normaliserFiness(v);
        if (v !== "" && FORMAT_FINESS.test(n)) return n;
      }
      return undefined;
    },
    libelleLigne(row, col) {
      for (let c = col - 1; c >= sheet.origin.col; c--)
        if (estLibelle(row, c)) return texte(row, c);
      return "";
    },
    estColonneIdentite(row, col) {
      const e = enteteSimple(row, col);
      return !!e && ENTETES_IDENTITE.test(normaliserTexte(e.texte));
    },
  };
}
