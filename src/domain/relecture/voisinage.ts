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

/** Au-delà de la dernière colonne possible d'Excel (XFD = 16 384) : clé numérique d'une cellule. */
const LARGEUR = 16_385;

type Entete = { readonly texte: string; readonly row: number } | undefined;

/**
 * Le premier résultat en remontant la colonne depuis `row - 1` : `trouver(r)` dit si la ligne `r`
 * répond (valeur) ou non (`undefined`) ; les lignes parcourues retiennent la réponse, si bien que
 * toutes les cellules d'une colonne coûtent ensemble un seul parcours de la colonne.
 */
function remonteur<T>(origine: number, trouver: (r: number, col: number) => T | undefined) {
  const memo = new Map<number, T | undefined>();
  return (row: number, col: number): T | undefined => {
    const parcourues: number[] = [];
    let res: T | undefined;
    let r = row - 1;
    for (; r >= origine; r--) {
      const k = (r + 1) * LARGEUR + col;
      if (memo.has(k)) {
        res = memo.get(k);
        break;
      }
      parcourues.push(k);
      res = trouver(r, col);
      if (res !== undefined) break;
    }
    for (const k of parcourues) memo.set(k, res);
    return res;
  };
}

export function voisinage(sheet: SheetSnapshot, typage: TypageFeuille): Voisinage {
  const { lastCol } = limites(sheet);
  const ancre = new Map<number, { row: number; col: number }>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        ancre.set(r * LARGEUR + c, { row: m.top, col: m.left });
    }
  }
  const textes = new Map<number, string>();
  const texte = (row: number, col: number): string => {
    const k = row * LARGEUR + col;
    const connu = textes.get(k);
    if (connu !== undefined) return connu;
    const a = ancre.get(k) ?? { row, col };
    const v = cellule(sheet, a.row, a.col).value;
    const t = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
    textes.set(k, t);
    return t;
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
  const enteteSimple = remonteur<NonNullable<Entete>>(sheet.origin.row, (r, col) =>
    !finessLigne(r) && estLibelle(r, col) ? { texte: texte(r, col), row: r } : undefined,
  );
  // Un en-tête est ambigu si le même texte revient ailleurs sur sa ligne (hors fusion) : une fois
  // par (ligne d'en-tête, colonne), pas une fois par cellule de la colonne.
  const ambigus = new Map<number, boolean>();
  const estAmbigu = (e: NonNullable<Entete>, col: number): boolean => {
    const k = e.row * LARGEUR + col;
    const connu = ambigus.get(k);
    if (connu !== undefined) return connu;
    const cle = normaliserTexte(e.texte);
    let ambigu = false;
    for (let c = sheet.origin.col; c <= lastCol && !ambigu; c++) {
      if (
        c !== col &&
        normaliserTexte(texte(e.row, c)) === cle &&
        !ancre.has(e.row * LARGEUR + c)
      ) {
        ambigu = true;
      }
    }
    ambigus.set(k, ambigu);
    return ambigu;
  };
  const entete = (row: number, col: number): string => {
    const e = enteteSimple(row, col);
    if (!e) return "";
    if (!estAmbigu(e, col)) return e.texte;
    const parent = enteteSimple(e.row, col);
    return parent ? `${parent.texte} / ${e.texte}` : e.texte;
  };
  const finessColonne = remonteur<string>(sheet.origin.row, (r, col) => {
    const v = cellule(sheet, r, col).value;
    if (typeof v !== "string" && typeof v !== "number") return undefined;
    const n = normaliserFiness(v);
    return v !== "" && FORMAT_FINESS.test(n) ? n : undefined;
  });
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
    finessColonne,
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
