import type ExcelJS from "exceljs";

/**
 * Mise en forme du classeur d'exemple, comme un classeur administratif de l'ARS : bandeau de titre
 * bleu nuit, en-têtes gris, cellules de saisie bleues (plusieurs bleus, RVB ou thème + teinte,
 * comme dans un modèle retouché d'année en année), pré-rempli gris, calculé jaune pâle.
 */

/** Un bleu de saisie : RVB explicite, ou couleur de thème + teinte (le thème du classeur). */
export type Bleu = { readonly argb: string } | { readonly theme: number; readonly tint: number };

/** Bleus de saisie rencontrés dans les modèles (classeur-diagnostic.md §3.1). */
export const BLEUS = {
  /** Thème Office 2013+, « Bleu, Accent 1 » plus clair 80 % (RVB). */
  accent1Clair80: { argb: "FFDDEBF7" },
  /** Même famille, plus clair 60 % (RVB). */
  accent1Clair60: { argb: "FFBDD7EE" },
  /** Plus clair 40 % (RVB). */
  accent1Clair40: { argb: "FF9BC2E6" },
  /** Thème Office 2007-2010, Accent 1 plus clair 80 % (RVB). */
  office2007: { argb: "FFDCE6F2" },
  /** Palette « classique » 56 couleurs (fichiers .xls d'origine). */
  classique: { argb: "FFCCFFFF" },
  /** Thème + teinte : Accent 1 du thème du classeur, plus clair 80 %. */
  themeAccent1: { theme: 4, tint: 0.7999816888943144 },
  /** Thème + teinte : Accent 1, plus clair 60 %. */
  themeAccent1Fonce: { theme: 4, tint: 0.5999938962981048 },
  /** Thème + teinte : Accent 5 (bleu-vert du thème 2007), plus clair 80 %. */
  themeAccent5: { theme: 8, tint: 0.7999816888943144 },
} as const satisfies Record<string, Bleu>;

export const COULEURS = {
  bandeau: "FF1F4E78",
  enTete: "FFD9D9D9",
  section: "FFE7E6E6",
  prerempli: "FFF2F2F2",
  calcule: "FFFFF2CC",
  bordure: "FFA6A6A6",
  texteBandeau: "FFFFFFFF",
  texteNote: "FF595959",
} as const;

const plein = (fg: Partial<ExcelJS.Color> | Bleu): ExcelJS.Fill =>
  ({ type: "pattern", pattern: "solid", fgColor: fg }) as ExcelJS.Fill;

export const remplissage = {
  bleu: (b: Bleu) => plein(b),
  argb: (argb: string) => plein({ argb }),
};

const trait: Partial<ExcelJS.Border> = { style: "thin", color: { argb: COULEURS.bordure } };
export const BORDURE: Partial<ExcelJS.Borders> = {
  top: trait,
  left: trait,
  bottom: trait,
  right: trait,
};

export const POLICE = "Calibri";

export const police = {
  normale: { name: POLICE, size: 10 } as Partial<ExcelJS.Font>,
  grasse: { name: POLICE, size: 10, bold: true } as Partial<ExcelJS.Font>,
  titre: {
    name: POLICE,
    size: 14,
    bold: true,
    color: { argb: COULEURS.texteBandeau },
  } as Partial<ExcelJS.Font>,
  sousTitre: { name: POLICE, size: 12, bold: true, color: { argb: COULEURS.bandeau } },
  section: { name: POLICE, size: 11, bold: true } as Partial<ExcelJS.Font>,
  note: {
    name: POLICE,
    size: 9,
    italic: true,
    color: { argb: COULEURS.texteNote },
  } as Partial<ExcelJS.Font>,
  bouton: {
    name: POLICE,
    size: 10,
    bold: true,
    underline: true,
    color: { argb: COULEURS.bandeau },
  } as Partial<ExcelJS.Font>,
};

/** Formats de nombre (codes Excel, indépendants de la langue). */
export const FORMATS = {
  entier: "#,##0",
  decimal: "#,##0.00",
  euros: '#,##0 "€";-#,##0 "€"',
  pourcent: "0.0%",
  jours: "0.0",
  date: "dd/mm/yyyy",
  texte: "@",
  /** Case à cocher liée (VRAI / FAUX) : une case cochée ou vide à l'impression. */
  caseACocher: '"☑";"☑";"☐"',
} as const;

/** Mise en page d'impression : A4 paysage, ajusté à la largeur, pied de page paginé. */
export function miseEnPage(ws: ExcelJS.Worksheet, titre: string, lignesTitre?: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(lignesTitre ? { printTitlesRow: lignesTitre } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L&8CPOM PH — Diagnostic partagé&R&8${titre}`,
    oddFooter: "&L&8&A&R&8Page &P / &N",
  };
}
