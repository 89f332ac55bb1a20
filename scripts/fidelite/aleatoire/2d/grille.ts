import type ExcelJS from "exceljs";
import type { StyleTaux } from "./parametres";

/**
 * Écriture d'une feuille 2-D aléatoire par rôle (libellé, saisie, taux par formule), avec la vérité
 * terrain notée au moment où la cellule est écrite : cellules de valeur (indicateur, périmètre,
 * terme) et incohérences semées. Lignes et colonnes à partir de 1 (ExcelJS).
 */

export type Terme = "numerateur" | "denominateur" | "taux";

export interface Valeur2D {
  readonly cellule: string;
  readonly zone: string;
  readonly indicateur: string;
  readonly perimetre: string;
  readonly mesure: Terme;
  readonly valeur: number | null;
}

export interface Erreur2DSemee {
  readonly cellule: string;
  readonly controle: string;
}

export interface Verite2D {
  readonly onglet: string;
  readonly valeurs: Valeur2D[];
  readonly erreurs: Erreur2DSemee[];
}

/** Une paire tirée : numérateur et dénominateur (`null` : laissé vide). */
export interface Paire {
  readonly num: number | null;
  readonly den: number | null;
}

const SAISIE: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" } as ExcelJS.Color,
};

export class Grille {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly verite: Verite2D,
    readonly style: StyleTaux,
  ) {}

  libelle(
    r: number,
    c: number,
    texte: string,
    o: { gras?: boolean; lignes?: number; colonnes?: number } = {},
  ): void {
    const [h, l] = [o.lignes ?? 1, o.colonnes ?? 1];
    if (h > 1 || l > 1) this.ws.mergeCells(r, c, r + h - 1, c + l - 1);
    const cell = this.ws.getCell(r, c);
    cell.value = texte;
    if (o.gras) cell.font = { bold: true };
  }

  private note(
    cell: ExcelJS.Cell,
    id: string,
    perimetre: string,
    mesure: Terme,
    valeur: number | null,
  ): void {
    const zone = `2d/${id}`;
    this.verite.valeurs.push({
      cellule: cell.address,
      zone,
      indicateur: id,
      perimetre,
      mesure,
      valeur,
    });
  }

  /** Numérateur en (r, cn), dénominateur en (r2, cd), taux en (rt, ct) ; `id` et `perimetre` pour la vérité. */
  paire(
    id: string,
    perimetre: string,
    p: Paire,
    n: readonly [number, number],
    d: readonly [number, number],
    t: readonly [number, number],
  ): { n: string; d: string } {
    const saisir = (rc: readonly [number, number], v: number | null, mesure: Terme) => {
      const cell = this.ws.getCell(rc[0], rc[1]);
      cell.fill = SAISIE;
      cell.protection = { locked: false };
      if (v !== null) cell.value = v;
      this.note(cell, id, perimetre, mesure, v);
      return cell.address;
    };
    const an = saisir(n, p.num, "numerateur");
    const ad = saisir(d, p.den, "denominateur");
    const { formule, resultat } = taux(this.style, an, ad, p);
    const cell = this.ws.getCell(t[0], t[1]);
    cell.value = { formula: formule, result: resultat } as ExcelJS.CellFormulaValue;
    cell.numFmt = "0.0%";
    this.note(cell, id, perimetre, "taux", typeof resultat === "number" ? resultat : null);
    return { n: an, d: ad };
  }
}

/** Formule du taux dans le style tiré, et son résultat en cache (`#DIV/0!` du style nu). */
export function taux(
  style: StyleTaux,
  n: string,
  d: string,
  p: Paire,
): { formule: string; resultat: number | string | { error: "#DIV/0!" } } {
  const div = { error: "#DIV/0!" as const };
  const [num, den] = [p.num, p.den];
  if (style === "si") {
    const resultat = num === null || den === null ? "" : den === 0 ? div : num / den;
    return { formule: `IF(OR(${n}="",${d}=""),"",${n}/${d})`, resultat };
  }
  if (style === "sierreur") {
    return { formule: `IFERROR(${n}/${d},"")`, resultat: !den ? "" : (num ?? 0) / den };
  }
  return { formule: `${n}/${d}`, resultat: !den ? div : (num ?? 0) / den };
}
