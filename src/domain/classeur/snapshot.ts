/**
 * Instantané du classeur : des données simples, lues en un seul passage groupé
 * (voir docs/architecture.md). Rien ici ne connaît Office, ExcelJS ni le DOM.
 *
 * Convention : lignes et colonnes sont des index **absolus à partir de 0**
 * (A1 = ligne 0, colonne 0), comme `getRangeByIndexes` d'Office.js.
 */

/** Valeur brute d'une cellule, comme `range.values` (erreurs : chaînes « #DIV/0! »…). */
export type CellValue = string | number | boolean;

/** Type de valeur, comme `range.valueTypes` d'Office.js. */
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Une zone rectangulaire, bornes incluses (index absolus à partir de 0). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Validation de données d'une zone (seules les listes nous intéressent vraiment). */
export interface DataValidationSnapshot {
  readonly range: CellRange;
  readonly type: "list" | "wholeNumber" | "decimal" | "date" | "textLength" | "custom" | "other";
  /** Pour une liste : la source telle qu'écrite (« Oui,Non » ou « =Listes!$A$1:$A$3 »). */
  readonly source?: string;
  /** Pour une liste : les valeurs résolues (source en ligne, ou plage lue dans le classeur). */
  readonly values?: readonly string[];
}

/** Mise en forme conditionnelle personnalisée (seule la formule nous intéresse : marqueur). */
export interface ConditionalFormatSnapshot {
  readonly range: CellRange;
  readonly type: string;
  /** Formule en syntaxe anglaise, si règle « custom ». */
  readonly formula?: string;
  readonly fillColor?: string;
}

/**
 * Le contenu d'une feuille sur sa plage utilisée : tableaux denses `rowCount × columnCount`,
 * la cellule [i][j] étant à la ligne `origin.row + i`, colonne `origin.col + j`.
 */
export interface SheetSnapshot {
  /** Identifiant stable (renommage, déplacement) : la clé de tous nos repères. */
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: SheetVisibility;
  readonly protected: boolean;
  /** Coin haut-gauche de la plage utilisée ; (0,0) pour une feuille vide. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly valueTypes: readonly (readonly ValueType[])[];
  /** Formule anglaise (« =B5/B6 ») ou `null` pour une constante / cellule vide. */
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /**
   * Remplissage **résolu en RVB** « RRGGBB » (majuscules, sans #), ou `null` = aucun remplissage.
   * Les adaptateurs résolvent thème + teinte et distinguent « aucun » de « blanc ».
   */
  readonly fills: readonly (readonly (string | null)[])[];
  /** Police en gras (en-têtes de section), si l'adaptateur la connaît. */
  readonly bold?: readonly (readonly boolean[])[];
  readonly merges: readonly CellRange[];
  /** Lignes masquées (index absolus), si l'adaptateur les connaît. */
  readonly hiddenRows?: readonly number[];
  /** Colonnes masquées (index absolus), si l'adaptateur les connaît. */
  readonly hiddenColumns?: readonly number[];
  readonly validations: readonly DataValidationSnapshot[];
  readonly conditionalFormats: readonly ConditionalFormatSnapshot[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Paramètres du complément enregistrés dans le classeur (ex. corrections de type d'onglet). */
  readonly settings: Readonly<Record<string, unknown>>;
}

/** Une cellule repérée : la forme de tous nos liens « aller à la cellule ». */
export interface Location {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
}
