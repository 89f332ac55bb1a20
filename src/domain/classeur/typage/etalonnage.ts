import { cellule, fusionDe } from "../cellule";
import type { Location, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { normaliserTexte } from "../texte";
import { memoriser } from "../../valeurs/memoire";

/**
 * Étalonnage des couleurs sur la légende du classeur (§3.1, variantes §2) : une pastille colorée
 * près d'un texte « cellules à renseigner » donne la couleur de saisie ; près de « pré-renseigné par
 * l'ARS », celle du pré-rempli ; près de « cellules calculées », celle des calculs. Pastille à gauche
 * ou à droite du texte (au-delà de sa fusion), ou dessous ; légende sur l'Accueil d'abord, puis sur
 * toute feuille ; plusieurs pastilles ou aucune.
 */

export type ClasseLegende = "saisie" | "pre-rempli" | "calcul";

/** Une pastille trouvée : sa couleur, sa cellule et le texte qui l'explique. */
export interface PastilleLegende {
  readonly classe: ClasseLegende;
  readonly couleur: string;
  readonly location: Location;
  readonly texte: string;
}

export interface Etalonnage {
  /** Couleur « RRGGBB » de la légende de saisie, ou `null` si aucune légende n'est trouvée. */
  readonly etalon: string | null;
  /** Couleur de la légende « pré-renseigné par l'ARS », ou `null`. */
  readonly exclue: string | null;
  /** Couleur de la légende « cellules calculées », ou `null`. */
  readonly calcul: string | null;
  /** Les pastilles de légende (parfois la cellule du texte même) : à ne pas compter comme saisies. */
  readonly pastilles: readonly Location[];
  /** Le détail de chaque pastille retenue (pour dire au volet quelle légende est utilisée). */
  readonly legende: readonly PastilleLegende[];
}

/** Motifs (texte normalisé) d'une légende de saisie. */
export const MOTIFS_SAISIE: readonly RegExp[] = [
  /\b(cellules?|cases?|zones?|champs?) (bleues? )?(a|a faire) (renseigner|completer|remplir|saisir)\b/,
  /\bzones? (de|a) saisie\b/,
  /\bcellules? de saisie\b/,
  /\ba (renseigner|completer|remplir|saisir) par l (organisme gestionnaire|og)\b/,
  /\bsaisies? (par )?(de )?l (organisme gestionnaire|og)\b/,
];

/** Motifs d'une légende « pré-rempli par l'ARS » (testés avant les motifs de saisie). */
export const MOTIFS_EXCLUS: readonly RegExp[] = [
  /\bpre ?(renseigne|rempli)e?s?\b/,
  /\b(renseigne|rempli|complete)e?s? par l (ars|agence)\b/,
  /\bdonnees? (de l|fournies? par l) ars\b/,
];

/** Motifs d'une légende « cellules calculées » (formules : ne pas saisir). */
export const MOTIFS_CALCUL: readonly RegExp[] = [
  /\b(cellules?|cases?|zones?|champs?) (calculee?s?|de calcul|a ne pas (modifier|remplir|saisir))\b/,
  /\bcalcule(e|es|s)? automatiquement\b/,
  /\bcalculs? automatiques?\b/,
  /\bformules? (automatiques?|ne pas (modifier|saisir))\b/,
];

const BLANC = "FFFFFF";
const TEXTE_MAX = 200;

/** Classe de légende d'un texte, ou `null` si ce n'est pas un texte de légende. */
export function classeDuTexte(texte: string): ClasseLegende | null {
  if (texte.length > TEXTE_MAX) return null;
  return classeMemorisee(texte);
}

/** Chaque texte d'une feuille est essayé : la réponse est mémorisée par texte. */
const classeMemorisee = memoriser((texte): ClasseLegende | null => {
  const t = normaliserTexte(texte);
  if (MOTIFS_EXCLUS.some((m) => m.test(t))) return "pre-rempli";
  if (MOTIFS_CALCUL.some((m) => m.test(t))) return "calcul";
  if (MOTIFS_SAISIE.some((m) => m.test(t))) return "saisie";
  return null;
});

function colore(sheet: SheetSnapshot, r: number, c: number): string | null {
  if (r < 0 || c < 0) return null;
  const fill = cellule(sheet, r, c).fill?.toUpperCase() ?? null;
  return fill && fill !== BLANC ? fill : null;
}

/**
 * Pastille d'un texte de légende en (row, col) : la cellule même si elle est colorée, puis jusqu'à
 * 3 colonnes à gauche ou à droite de sa fusion (même ligne), puis les lignes voisines.
 */
function pastille(
  sheet: SheetSnapshot,
  row: number,
  col: number,
): { fill: string; row: number; col: number } | null {
  const z = fusionDe(sheet, row, col) ?? { top: row, left: col, bottom: row, right: col };
  const candidats: [number, number][] = [[row, col]];
  for (const dr of [0, -1, 1]) {
    for (let d = 1; d <= 3; d++) candidats.push([row + dr, z.left - d], [row + dr, z.right + d]);
    if (dr !== 0) candidats.push([row + dr, col]);
  }
  for (const [r, c] of candidats) {
    const anc = fusionDe(sheet, r, c);
    const [ar, ac] = anc ? [anc.top, anc.left] : [r, c];
    // Une autre ligne de légende n'est pas une pastille (pastilles empilées).
    const v = cellule(sheet, ar, ac).value;
    if ((ar !== row || ac !== col) && typeof v === "string" && classeDuTexte(v)) continue;
    const fill = colore(sheet, ar, ac);
    if (fill) return { fill, row: ar, col: ac };
  }
  return null;
}

function ordreDeRecherche(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  const accueil = (s: SheetSnapshot) => (normaliserTexte(s.name).includes("accueil") ? 0 : 1);
  return [...snapshot.sheets].sort((a, b) => accueil(a) - accueil(b) || a.position - b.position);
}

/** Légende d'une feuille : la première pastille de chaque classe. */
function legendeFeuille(sheet: SheetSnapshot, dejaVues: Set<ClasseLegende>): PastilleLegende[] {
  const out: PastilleLegende[] = [];
  for (let i = 0; i < sheet.rowCount; i++) {
    const valeurs = sheet.values[i];
    if (!valeurs) continue;
    const row = sheet.origin.row + i;
    for (let j = 0; j < sheet.columnCount; j++) {
      const v = valeurs[j];
      if (typeof v !== "string") continue;
      const col = sheet.origin.col + j;
      const classe = classeDuTexte(v);
      if (!classe || dejaVues.has(classe)) continue;
      const p = pastille(sheet, row, col);
      if (!p) continue;
      dejaVues.add(classe);
      const location = { sheetId: sheet.id, sheetName: sheet.name, row: p.row, col: p.col };
      out.push({ classe, couleur: p.fill, location, texte: v.trim() });
    }
  }
  return out;
}

/**
 * La légende du classeur : ses couleurs viennent de la première feuille (l'Accueil d'abord) qui
 * donne chaque classe ; les pastilles de **toutes** les feuilles (légende répétée sur chaque onglet)
 * sont exclues des saisies.
 */
export function etalonnage(snapshot: WorkbookSnapshot): Etalonnage {
  const legende: PastilleLegende[] = [];
  const pastilles: Location[] = [];
  for (const sheet of ordreDeRecherche(snapshot)) {
    for (const p of legendeFeuille(sheet, new Set())) {
      pastilles.push(p.location);
      if (!legende.some((l) => l.classe === p.classe)) legende.push(p);
    }
  }
  const de = (c: ClasseLegende) => legende.find((p) => p.classe === c)?.couleur ?? null;
  return {
    etalon: de("saisie"),
    exclue: de("pre-rempli"),
    calcul: de("calcul"),
    pastilles,
    legende,
  };
}
