/**
 * Palette de la seconde mise en page : saisies bleu-vert (thème accent 1 / accent 5 avec teinte,
 * et RVB DAEEF3 / C5D9F1), pré-rempli gris F2F2F2, en-têtes E7E6E6, thématiques EDEDED, calculs
 * jaune pâle FFF2CC, bandeaux 1F4E78.
 */
import ExcelJS from "exceljs";
import { COULEURS_THEME } from "./theme";

function plein(fgColor: Record<string, number | string>): ExcelJS.FillPattern {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: fgColor as Partial<ExcelJS.Color>,
    bgColor: { indexed: 64 } as unknown as Partial<ExcelJS.Color>,
  };
}

/** Remplissages de saisie (tous bleus ou bleu-vert pâles). */
export const SAISIE = {
  /** Thème accent 1, plus clair 80 % → DAE3F3 (thème Office 2013-2022 du classeur). */
  accent1: plein({ theme: 4, tint: 0.7999816888943144 }),
  /** Thème accent 5, plus clair 60 % → BDD7EE. */
  accent5: plein({ theme: 8, tint: 0.5999938962981048 }),
  /** RVB bleu-vert pâle (Office 2007, accent 5 plus clair 80 %). */
  bleuVert: plein({ argb: "FFDAEEF3" }),
  /** RVB bleu pâle. */
  bleuPale: plein({ argb: "FFC5D9F1" }),
} as const;

export type Saisie = (typeof SAISIE)[keyof typeof SAISIE];

export const PRE_REMPLI = plein({ argb: "FFF2F2F2" });
export const ENTETE = plein({ argb: "FFE7E6E6" });
export const THEMATIQUE = plein({ argb: "FFEDEDED" });
export const CALCUL = plein({ argb: "FFFFF2CC" });
export const BANDEAU = plein({ argb: "FF1F4E78" });
export const NOTE = plein({ argb: "FFE2EFDA" });

export const BORDURE: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFA6A6A6" } },
  left: { style: "thin", color: { argb: "FFA6A6A6" } },
  bottom: { style: "thin", color: { argb: "FFA6A6A6" } },
  right: { style: "thin", color: { argb: "FFA6A6A6" } },
};

export const FORMATS = {
  entier: "0",
  decimal: "0.0",
  etp: "0.00",
  pourcent: "0.0%",
  montant: '#,##0 "€";[Red]-#,##0 "€"',
  jours: '0.0 "j"',
  ans: '0.0 "ans"',
  date: "dd/mm/yyyy",
  texte: "@",
} as const;

function teinter(composante: number, tint: number): number {
  if (tint > 0) return Math.round(composante + (255 - composante) * tint);
  return Math.round(composante * (1 + tint));
}

/** Couleur RVB « RRGGBB » résolue d'un remplissage plein (thème du classeur + teinte). */
export function rgbRemplissage(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const c = fill.fgColor as { argb?: string; theme?: number; tint?: number } | undefined;
  if (!c) return null;
  if (c.argb) return c.argb.slice(-6).toUpperCase();
  if (c.theme === undefined) return null;
  const base = COULEURS_THEME[c.theme];
  if (!base) return null;
  const tint = c.tint ?? 0;
  return [0, 2, 4]
    .map((i) => teinter(parseInt(base.slice(i, i + 2), 16), tint))
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
