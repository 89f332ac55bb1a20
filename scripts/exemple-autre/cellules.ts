/** Écriture des cellules qui ne sont ni saisies ni pré-remplies ni calculées : titres, libellés. */
import ExcelJS from "exceljs";
import { BANDEAU, BORDURE, ENTETE, THEMATIQUE } from "./styles";

/** Lettres de la colonne n (1 = A). */
export function col(n: number): string {
  let s = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** Adresse A1 de (colonne n, ligne). */
export function adr(c: number, ligne: number): string {
  return `${col(c)}${ligne}`;
}

export interface OptionsLibelle {
  readonly fusion?: string;
  readonly gras?: boolean;
  readonly italique?: boolean;
  readonly taille?: number;
  readonly couleur?: string;
  readonly remplissage?: ExcelJS.Fill;
  readonly bordure?: boolean;
  readonly centre?: boolean;
  readonly retour?: boolean;
}

export function libelle(
  ws: ExcelJS.Worksheet,
  addr: string,
  texte: string,
  o: OptionsLibelle = {},
): void {
  const cell = ws.getCell(addr);
  cell.value = texte;
  cell.font = {
    bold: o.gras ?? false,
    italic: o.italique ?? false,
    size: o.taille ?? 10,
    ...(o.couleur ? { color: { argb: o.couleur } } : {}),
  };
  if (o.remplissage) cell.fill = structuredClone(o.remplissage);
  if (o.bordure) cell.border = BORDURE;
  cell.alignment = {
    vertical: "middle",
    wrapText: o.retour ?? true,
    ...(o.centre ? { horizontal: "center" } : {}),
  };
  if (o.fusion) ws.mergeCells(o.fusion);
}

/** Bandeau de titre bleu foncé, texte blanc. */
export function bandeau(ws: ExcelJS.Worksheet, plage: string, texte: string): void {
  const debut = plage.split(":")[0] ?? plage;
  libelle(ws, debut, texte, {
    fusion: plage,
    gras: true,
    taille: 13,
    couleur: "FFFFFFFF",
    remplissage: BANDEAU,
    retour: false,
  });
}

/** En-tête de tableau (gris E7E6E6, gras, centré, bordé). */
export function entete(ws: ExcelJS.Worksheet, addr: string, texte: string, fusion?: string): void {
  libelle(ws, addr, texte, {
    gras: true,
    remplissage: ENTETE,
    bordure: true,
    centre: true,
    ...(fusion ? { fusion } : {}),
  });
}

/** Ligne de thématique (gris EDEDED, gras) fusionnée sur la plage. */
export function ligneThematique(ws: ExcelJS.Worksheet, plage: string, texte: string): void {
  const debut = plage.split(":")[0] ?? plage;
  libelle(ws, debut, texte, { fusion: plage, gras: true, remplissage: THEMATIQUE, bordure: true });
}

/** Largeurs de colonnes, à partir de la colonne A. */
export function largeurs(ws: ExcelJS.Worksheet, valeurs: readonly number[]): void {
  valeurs.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
