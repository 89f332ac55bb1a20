import type { CellRange } from "../classeur/snapshot";

/**
 * Plan d'écriture : la seule façon dont le complément modifie un classeur. Un plan est une donnée,
 * vérifiée par `assertNothingLost` avant d'être confiée à la passerelle, qui l'exécute en un lot.
 */

/** Feuille visée : existante (par id) ou ajoutée par ce même plan (par son nom). */
export type SheetRef = { readonly sheetId: string } | { readonly newSheet: string };

/** Valeur à écrire : `null` laisse la cellule intacte (comme Office.js). */
export type WriteValue = string | number | boolean | null;

export interface CellFormat {
  /** « RRGGBB ». */
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly numberFormat?: string;
  /** Bordure fine sur tout le pourtour de chaque cellule. */
  readonly borders?: "thin" | "medium";
  /** Déverrouillée (saisie possible si la feuille est protégée). */
  readonly locked?: boolean;
}

/** Marges d'impression, en points (72 pt = 1 pouce). */
export interface PrintMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** Mise en page d'impression d'une feuille : toujours sur papier A4. */
export interface PageLayout {
  readonly orientation: "portrait" | "landscape";
  /** Une page de large, autant de pages de haut qu'il faut. */
  readonly fitToWidth: boolean;
  readonly margins?: PrintMargins;
  readonly centerHorizontally?: boolean;
  /** Lignes répétées en haut de chaque page imprimée (index à partir de 0, bornes incluses). */
  readonly printTitleRows?: { readonly top: number; readonly bottom: number };
}

export type PlanOperation =
  | {
      readonly kind: "addSheet";
      readonly name: string;
      readonly visibility?: "Visible" | "Hidden";
      readonly tabColor?: string;
    }
  /** Valeurs : une chaîne est toujours écrite comme un texte, jamais comme une formule (ADR 0009). */
  | {
      readonly kind: "setValues";
      readonly sheet: SheetRef;
      readonly row: number;
      readonly col: number;
      readonly values: readonly (readonly WriteValue[])[];
    }
  | {
      readonly kind: "setFormulas";
      readonly sheet: SheetRef;
      readonly row: number;
      readonly col: number;
      readonly formulas: readonly (readonly (string | null)[])[];
    }
  | {
      readonly kind: "setFormat";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly format: CellFormat;
    }
  | { readonly kind: "merge"; readonly sheet: SheetRef; readonly range: CellRange }
  | {
      readonly kind: "setColumnWidth";
      readonly sheet: SheetRef;
      readonly col: number;
      readonly widthPt: number;
    }
  | {
      readonly kind: "setRowHeight";
      readonly sheet: SheetRef;
      readonly row: number;
      readonly heightPt: number;
    }
  | {
      readonly kind: "addListValidation";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly source: string;
    }
  | {
      readonly kind: "addConditionalFormat";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly formula: string;
      readonly fill: string;
    }
  /**
   * Retire nos mises en forme conditionnelles de surlignage, et elles seules : celles dont la formule
   * est **exactement** une formule de surlignage (`estFormuleMarquee`), jamais une règle qui
   * contiendrait seulement le texte du marqueur (ADR 0009). `marker` rappelle le marqueur.
   */
  | {
      readonly kind: "removeMarkedConditionalFormats";
      readonly sheet: SheetRef;
      readonly marker: string;
    }
  /** Permise seulement sur une feuille ajoutée par le plan (garde « rien de perdu »). */
  | { readonly kind: "setPageLayout"; readonly sheet: SheetRef; readonly layout: PageLayout }
  | { readonly kind: "setSetting"; readonly key: string; readonly value: unknown }
  | { readonly kind: "select"; readonly sheet: SheetRef; readonly ranges: readonly CellRange[] };

export interface WritePlan {
  /** Intitulé français de l'opération (pour la progression et les messages). */
  readonly titre: string;
  readonly operations: readonly PlanOperation[];
}
