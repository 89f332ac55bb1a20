import { estVideEn, fusionDe, valeurEn, type Cellule } from "../cellule";
import type { Feuille, Libelle } from "../reperage/feuille";
import type { CellRange, CellValue } from "../snapshot";
import type { TypeCellule } from "../typage/typer";

/**
 * Une feuille vue dans une orientation, pour lire un tableau sans savoir s'il est transposé :
 * `e` est l'axe des entités (un ESMS, une ligne de bilan, un indicateur par ligne en orientation
 * « lignes »), `m` l'axe des mesures (les en-têtes de colonnes). En orientation « colonnes », les
 * deux axes sont échangés (un ESMS par colonne, les en-têtes dans une colonne).
 */

export type Orientation = "lignes" | "colonnes";

/** Étendue d'une zone sur les deux axes de la vue. */
export interface Etendue {
  readonly e0: number;
  readonly e1: number;
  readonly m0: number;
  readonly m1: number;
}

export class Vue {
  private parE?: ReadonlyMap<number, readonly Libelle[]>;
  private readonly lignes: boolean;

  constructor(
    readonly f: Feuille,
    readonly orientation: Orientation,
  ) {
    this.lignes = orientation === "lignes";
  }

  /** Ligne et colonne de la feuille pour (e, m). */
  pos(e: number, m: number): { row: number; col: number } {
    return this.lignes ? { row: e, col: m } : { row: m, col: e };
  }

  /** (e, m) d'une cellule de la feuille. */
  em(row: number, col: number): { e: number; m: number } {
    return this.lignes ? { e: row, m: col } : { e: col, m: row };
  }

  get eMin(): number {
    return this.lignes ? this.f.premiereLigne : this.f.premiereColonne;
  }
  get eMax(): number {
    return this.lignes ? this.f.derniereLigne : this.f.derniereColonne;
  }
  get mMin(): number {
    return this.lignes ? this.f.premiereColonne : this.f.premiereLigne;
  }
  get mMax(): number {
    return this.lignes ? this.f.derniereColonne : this.f.derniereLigne;
  }

  /** Cellule ancre (haut-gauche de sa fusion) de (e, m). */
  ancre(e: number, m: number): Cellule {
    return this.lignes ? this.f.ancre(e, m) : this.f.ancre(m, e);
  }

  /** Valeur de l'ancre de (e, m) : `ancre(e, m).value`, sans construire la cellule. */
  valeurAncre(e: number, m: number): CellValue {
    const row = this.lignes ? e : m;
    const col = this.lignes ? m : e;
    const z = fusionDe(this.f.sheet, row, col);
    return z ? valeurEn(this.f.sheet, z.top, z.left) : valeurEn(this.f.sheet, row, col);
  }

  type(e: number, m: number): TypeCellule {
    return this.lignes ? this.f.typage.type(e, m) : this.f.typage.type(m, e);
  }

  /** Étendue d'une zone de la feuille sur les axes de la vue. */
  etendue(z: CellRange): Etendue {
    return this.lignes
      ? { e0: z.top, e1: z.bottom, m0: z.left, m1: z.right }
      : { e0: z.left, e1: z.right, m0: z.top, m1: z.bottom };
  }

  /** Position d'une cellule de la feuille sur l'axe des entités (sans allocation). */
  eDe(c: { readonly row: number; readonly col: number }): number {
    return this.lignes ? c.row : c.col;
  }

  /** Position d'une cellule de la feuille sur l'axe des mesures (sans allocation). */
  mDe(c: { readonly row: number; readonly col: number }): number {
    return this.lignes ? c.col : c.row;
  }

  /** Début, sur l'axe des entités, de la zone de (e, m) : `zone(e, m).e0` sans allocation. */
  debutE(e: number, m: number): number {
    const z = this.lignes ? fusionDe(this.f.sheet, e, m) : fusionDe(this.f.sheet, m, e);
    return z ? (this.lignes ? z.top : z.left) : e;
  }

  /** Début, sur l'axe des mesures, de la zone de (e, m) : `zone(e, m).m0` sans allocation. */
  debutM(e: number, m: number): number {
    const z = this.lignes ? fusionDe(this.f.sheet, e, m) : fusionDe(this.f.sheet, m, e);
    return z ? (this.lignes ? z.left : z.top) : m;
  }

  /**
   * Texte du libellé dont la zone commence en `m` sur la ligne d'entité `e` (`debutM(e, m) === m`
   * et l'ancre est un libellé), sans construire de cellule ; `undefined` sinon.
   */
  libelleDebutantEn(e: number, m: number): string | undefined {
    const row = this.lignes ? e : m;
    const col = this.lignes ? m : e;
    const z = fusionDe(this.f.sheet, row, col);
    if (!z) return this.f.texteLibelle(row, col);
    if ((this.lignes ? z.left : z.top) !== m) return undefined;
    return this.f.texteLibelle(z.top, z.left);
  }

  /** Zone (fusion ou cellule seule) de (e, m), sur les axes de la vue. */
  zone(e: number, m: number): Etendue {
    return this.etendue(this.lignes ? this.f.zone(e, m) : this.f.zone(m, e));
  }

  /** Libellés dont la zone commence sur la ligne d'entité `e`, dans l'ordre de `m`. */
  libellesEn(e: number): readonly Libelle[] {
    this.parE ??= this.f.libellesParDebut(this.orientation);
    return this.parE.get(e) ?? [];
  }

  /** Ligne d'entité sans valeur ni saisie entre m0 et m1 (inclus). */
  ligneVide(e: number, m0 = this.mMin, m1 = this.mMax): boolean {
    for (let m = m0; m <= m1; m++) {
      const t = this.type(e, m);
      if (t === "masquee") continue;
      if (t === "saisie" || t === "incertaine") return false;
      // L'ancre lue sans construire de cellule.
      const row = this.lignes ? e : m;
      const col = this.lignes ? m : e;
      const z = fusionDe(this.f.sheet, row, col);
      if (!(z ? estVideEn(this.f.sheet, z.top, z.left) : estVideEn(this.f.sheet, row, col))) {
        return false;
      }
    }
    return true;
  }
}

/** Les deux vues d'une feuille. */
export function vues(f: Feuille): readonly [Vue, Vue] {
  return [new Vue(f, "lignes"), new Vue(f, "colonnes")];
}
