import { cellule, estVide, limites, type Cellule } from "../../cellule";
import type { Location, SheetSnapshot } from "../../snapshot";
import { normaliserTexte } from "../../texte";
import {
  ENTETES_SERAFIN,
  TABLEAUX,
  TOUS_LES_CHAMPS,
  type CleChamp,
  type CleTableau,
  type DeclarationTableau,
} from "../../catalogue/fiches/modele-fiche";
import { OBJECTIFS_SOCLE, type CodeSocle, type NumeroAxe } from "../../catalogue/fiches/socle";

/**
 * Relit une fiche-objectif par ses libellés (jamais par adresse) : champs (libellé puis cellule à
 * droite), tableaux (ligne d'en-têtes puis lignes jusqu'à une ligne vide ou un bandeau), besoins
 * SERAFIN-PH marqués. Renvoie `null` si la feuille n'est pas une fiche-objectif.
 */

export interface CelluleFiche {
  readonly location: Location;
  readonly cellule: Cellule;
}

export interface LigneTableau {
  readonly row: number;
  /** Numéro de la colonne « N° » s'il est numérique, sinon le rang dans le tableau. */
  readonly numero: number;
  readonly cellules: Readonly<Partial<Record<string, CelluleFiche>>>;
}

export interface FicheLue {
  readonly sheetId: string;
  readonly nom: string;
  readonly numero: string;
  readonly champs: Readonly<Partial<Record<CleChamp, CelluleFiche>>>;
  readonly axe?: NumeroAxe;
  readonly socle?: CodeSocle;
  readonly tableaux: Readonly<Record<CleTableau, readonly LigneTableau[]>>;
  /** Codes des besoins SERAFIN-PH marqués (« X » ou autre texte dans « Concerné »). */
  readonly besoins: readonly string[];
}

const norm = (s: string) => normaliserTexte(s);
export const texteDe = (c: Cellule | undefined): string =>
  c && !estVide(c) ? String(c.value).trim() : "";

/** Index des textes de la feuille : texte normalisé → première position. */
function indexer(sheet: SheetSnapshot): Map<string, { row: number; col: number }> {
  const m = new Map<string, { row: number; col: number }>();
  sheet.values.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      if (typeof v !== "string" || v.trim() === "") return;
      const k = norm(v);
      if (!m.has(k)) m.set(k, { row: sheet.origin.row + i, col: sheet.origin.col + j });
    }),
  );
  return m;
}

export function estTitreDeFiche(texte: string): boolean {
  return /^annexe 4 fiche objectif/.test(norm(texte)) || /^fiche objectif n/.test(norm(texte));
}

function lireTableau(
  sheet: SheetSnapshot,
  t: DeclarationTableau,
  loc: (row: number, col: number) => CelluleFiche,
): LigneTableau[] {
  const { lastRow, lastCol } = limites(sheet);
  const titres = t.colonnes.map((c) => norm(c.titre));
  for (let r = sheet.origin.row; r <= lastRow; r++) {
    const cols = new Map<string, number>();
    for (let j = 0; j <= lastCol; j++) {
      const k = norm(texteDe(cellule(sheet, r, j)));
      if (titres.includes(k) && !cols.has(k)) cols.set(k, j);
    }
    if (cols.size !== titres.length) continue;
    const lignes: LigneTableau[] = [];
    for (let row = r + 1; row <= lastRow; row++) {
      const premiere = cellule(sheet, row, 0);
      const vide = Array.from({ length: lastCol + 1 }, (_, j) => cellule(sheet, row, j)).every(
        (c) => estVide(c),
      );
      if (vide || (premiere.type === "String" && !estVide(premiere))) break;
      const cellules: Record<string, CelluleFiche> = {};
      t.colonnes.forEach((c, i) => {
        const j = cols.get(titres[i] ?? "");
        if (j !== undefined) cellules[c.cle] = loc(row, j);
      });
      const n = typeof premiere.value === "number" ? premiere.value : lignes.length + 1;
      lignes.push({ row, numero: n, cellules });
    }
    return lignes;
  }
  return [];
}

function lireBesoins(sheet: SheetSnapshot, index: Map<string, { row: number; col: number }>) {
  const code = index.get(norm(ENTETES_SERAFIN.code));
  const concerne = index.get(norm(ENTETES_SERAFIN.concerne));
  if (!code || !concerne) return [];
  const res: string[] = [];
  for (let row = code.row + 1; row <= limites(sheet).lastRow; row++) {
    const c = texteDe(cellule(sheet, row, code.col));
    if (!/^1\.\d+(\.\d+)*$/.test(c)) {
      if (c !== "" && !/^1\.\d/.test(c)) break;
      continue;
    }
    if (texteDe(cellule(sheet, row, concerne.col)) !== "") res.push(c);
  }
  return res;
}

export function lireFiche(sheet: SheetSnapshot): FicheLue | null {
  const index = indexer(sheet);
  const titre = [...index.keys()].some((k) => estTitreDeFiche(k));
  const intitule = index.get(norm("Intitulé de l'objectif"));
  if (!titre || !intitule) return null;
  const loc = (row: number, col: number): CelluleFiche => ({
    location: { sheetId: sheet.id, sheetName: sheet.name, row, col },
    cellule: cellule(sheet, row, col),
  });
  const champs: Partial<Record<CleChamp, CelluleFiche>> = {};
  for (const d of TOUS_LES_CHAMPS) {
    const p = index.get(norm(d.libelle));
    if (p) champs[d.cle] = loc(p.row, p.col + 1);
  }
  const axeTexte = texteDe(champs.axe?.cellule);
  const chiffre = /^\s*([123])\b/.exec(axeTexte)?.[1];
  const objectif = norm(texteDe(champs.objectif?.cellule));
  const socle = OBJECTIFS_SOCLE.find((o) => norm(o.libelle) === objectif)?.code;
  const tableaux = Object.fromEntries(
    TABLEAUX.map((t) => [t.cle, lireTableau(sheet, t, loc)]),
  ) as Record<CleTableau, LigneTableau[]>;
  return {
    sheetId: sheet.id,
    nom: sheet.name,
    numero: texteDe(champs.numero?.cellule),
    champs,
    ...(chiffre ? { axe: Number(chiffre) as NumeroAxe } : {}),
    ...(socle ? { socle } : {}),
    tableaux,
    besoins: lireBesoins(sheet, index),
  };
}
