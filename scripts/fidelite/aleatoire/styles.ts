import type ExcelJS from "exceljs";
import type { Palette, Remplissage, Theme } from "./parametres";

/** Remplissages ExcelJS des classeurs aléatoires, et thèmes Office à poser dans le paquet. */

type Couleur = Partial<ExcelJS.Color> & { theme?: number; tint?: number };

function couleur(r: Remplissage): Couleur {
  return "rgb" in r ? { argb: `FF${r.rgb}` } : { theme: r.theme, tint: r.tint };
}

/** Remplissage plein ; avec `parasites`, un `bgColor` bleu qui ne doit jamais compter. */
export function plein(r: Remplissage, parasites: boolean): ExcelJS.Fill {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: couleur(r) as ExcelJS.Color,
    ...(parasites ? { bgColor: { argb: "FFDDEBF7" } as ExcelJS.Color } : {}),
  };
}

/** Motif « none » avec des couleurs : aucun remplissage visible (ré-enregistrement LibreOffice). */
export const FANTOME: ExcelJS.Fill = {
  type: "pattern",
  pattern: "none",
  fgColor: { argb: "FFDDEBF7" } as ExcelJS.Color,
  bgColor: { argb: "FFBDD7EE" } as ExcelJS.Color,
};

export interface Styles {
  readonly saisie: ExcelJS.Fill;
  readonly preRempli?: ExcelJS.Fill;
  readonly enTete?: ExcelJS.Fill;
  readonly thematique?: ExcelJS.Fill;
  readonly calcul?: ExcelJS.Fill;
  readonly parasites: boolean;
}

export function styles(p: Palette): Styles {
  const rgb = (x: string | null) => (x ? plein({ rgb: x }, p.parasites) : undefined);
  const enTete = p.enTete ? plein(p.enTete, p.parasites) : undefined;
  return {
    saisie: plein(p.saisie, p.parasites),
    ...(p.preRempli ? { preRempli: rgb(p.preRempli) } : {}),
    ...(enTete ? { enTete } : {}),
    ...(p.thematique ? { thematique: rgb(p.thematique) } : {}),
    ...(p.calcul ? { calcul: rgb(p.calcul) } : {}),
    parasites: p.parasites,
  };
}

/** Couleurs des thèmes Office (dk2, lt2, accent 1 à 6), telles qu'écrites dans theme1.xml. */
const THEMES: Readonly<Record<Theme, Readonly<Record<string, string>>>> = {
  "2007": { dk2: "1F497D", lt2: "EEECE1", accent1: "4F81BD", accent2: "C0504D", accent3: "9BBB59", accent4: "8064A2", accent5: "4BACC6", accent6: "F79646" },
  "2013-2022": { dk2: "44546A", lt2: "E7E6E6", accent1: "4472C4", accent2: "ED7D31", accent3: "A5A5A5", accent4: "FFC000", accent5: "5B9BD5", accent6: "70AD47" },
  "2023": { dk2: "0E2841", lt2: "E8E8E8", accent1: "156082", accent2: "E97132", accent3: "196B24", accent4: "0F9ED5", accent5: "A02B93", accent6: "4EA72E" },
}; // prettier-ignore

/** Réécrit les couleurs du thème du paquet xlsx (ExcelJS écrit toujours le thème Office 2007). */
export function appliquerTheme(xml: string, theme: Theme): string {
  let out = xml;
  for (const [nom, rgb] of Object.entries(THEMES[theme])) {
    out = out.replace(new RegExp(`(<a:${nom}>\\s*<a:srgbClr val=")[0-9A-Fa-f]{6}`), `$1${rgb}`);
  }
  return out;
}
