import type ExcelJS from "exceljs";
import { FANTOME, type Styles } from "./styles";
import { Enregistreur, type Hasard } from "./verite";

/**
 * Écriture des cellules d'un classeur aléatoire par rôle (libellé, saisie, pré-rempli, calcul) :
 * chaque saisie écrite est notée dans la vérité terrain au même moment. Lignes et colonnes à partir
 * de 1 (ExcelJS).
 */

export interface Fusion {
  readonly lignes?: number;
  readonly colonnes?: number;
}

export class Pinceau {
  constructor(
    readonly styles: Styles,
    readonly verite: Enregistreur,
    readonly hasard: Hasard,
  ) {}

  private fusionner(ws: ExcelJS.Worksheet, r: number, c: number, f?: Fusion): void {
    const h = f?.lignes ?? 1;
    const l = f?.colonnes ?? 1;
    if (h > 1 || l > 1) ws.mergeCells(r, c, r + h - 1, c + l - 1);
  }

  libelle(
    ws: ExcelJS.Worksheet,
    r: number,
    c: number,
    texte: string,
    o: { gras?: boolean; fond?: ExcelJS.Fill; fusion?: Fusion } = {},
  ): void {
    this.fusionner(ws, r, c, o.fusion);
    const cell = ws.getCell(r, c);
    cell.value = texte;
    if (o.gras) cell.font = { bold: true };
    if (o.fond) cell.fill = o.fond;
    else if (this.styles.parasites && this.hasard.si(0.3)) cell.fill = FANTOME;
  }

  /** Cellule de saisie : vide avec la probabilité `vide`, sinon une valeur. */
  saisie(
    ws: ExcelJS.Worksheet,
    r: number,
    c: number,
    valeur: ExcelJS.CellValue,
    o: { vide?: number; fusion?: Fusion; fond?: ExcelJS.Fill } = {},
  ): void {
    this.fusionner(ws, r, c, o.fusion);
    const cell = ws.getCell(r, c);
    cell.fill = o.fond ?? this.styles.saisie;
    cell.protection = { locked: false };
    if (!this.hasard.si(o.vide ?? 0)) cell.value = valeur;
    this.verite.saisie(ws, cell.address);
  }

  preRempli(ws: ExcelJS.Worksheet, r: number, c: number, valeur: number): void {
    const cell = ws.getCell(r, c);
    cell.value = valeur;
    if (this.styles.preRempli) cell.fill = this.styles.preRempli;
  }

  calcul(ws: ExcelJS.Worksheet, r: number, c: number, formule: string, resultat: number): void {
    const cell = ws.getCell(r, c);
    cell.value = { formula: formule, result: resultat } as ExcelJS.CellFormulaValue;
    if (this.styles.calcul) cell.fill = this.styles.calcul;
  }
}
