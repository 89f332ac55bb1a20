/**
 * Thème Office 2013-2022 écrit dans le classeur : ExcelJS écrit par défaut le thème Office 2007
 * (accent 1 = 4F81BD) ; on remplace son jeu de couleurs pour que les remplissages « thème + teinte »
 * se résolvent comme dans un classeur créé avec Excel 2013 à 2022.
 */
import ExcelJS from "exceljs";
import themeOffice2007 from "exceljs/lib/xlsx/xml/theme1.js";

/** Couleurs du thème, dans l'ordre des indices de thème d'Excel (0 = lt1 … 11 = folHlink). */
export const COULEURS_THEME: readonly string[] = [
  "FFFFFF", // 0 lt1 (Arrière-plan 1)
  "000000", // 1 dk1 (Texte 1)
  "E7E6E6", // 2 lt2
  "44546A", // 3 dk2
  "4472C4", // 4 accent1
  "ED7D31", // 5 accent2
  "A5A5A5", // 6 accent3
  "FFC000", // 7 accent4
  "5B9BD5", // 8 accent5
  "70AD47", // 9 accent6
  "0563C1", // 10 hlink
  "954F72", // 11 folHlink
];

const NOMS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5"];

function jeuDeCouleurs(): string {
  const srgb = (nom: string, i: number): string =>
    `<a:${nom}><a:srgbClr val="${COULEURS_THEME[i] ?? "000000"}"/></a:${nom}>`;
  return [
    '<a:clrScheme name="Office">',
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>',
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>',
    srgb("dk2", 3),
    srgb("lt2", 2),
    ...NOMS.slice(4).map((nom, k) => srgb(nom, k + 4)),
    srgb("accent6", 9),
    srgb("hlink", 10),
    srgb("folHlink", 11),
    "</a:clrScheme>",
  ].join("");
}

/** Thème à écrire : celui d'ExcelJS, avec le jeu de couleurs Office 2013-2022. */
export function xmlTheme(): string {
  return themeOffice2007.replace(/<a:clrScheme[\s\S]*?<\/a:clrScheme>/, jeuDeCouleurs());
}

/** Pose le thème sur le classeur (attribut non documenté d'ExcelJS, lu à l'écriture). */
export function poserTheme(wb: ExcelJS.Workbook): void {
  (wb as unknown as { _themes: Record<string, string> })._themes = { theme1: xmlTheme() };
}

/** Thème publié dans la vérité terrain. */
export function themeVerite(): Record<string, string> {
  const noms = [...NOMS, "accent6", "hlink", "folHlink"];
  const sortie: Record<string, string> = {};
  noms.forEach((nom, i) => (sortie[nom] = COULEURS_THEME[i] ?? ""));
  return sortie;
}
