/**
 * Couleurs d'un fichier .xlsx résolues en « RRGGBB » : argb, palette indexée historique, couleurs de
 * thème + teinte lues dans le XML de thème **du classeur** (`wb.model.themes.theme1`).
 */

/** Une couleur telle qu'ExcelJS la rend (`fgColor`, `bgColor`, `font.color`). */
export interface CouleurXlsx {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

/** Palette indexée d'Excel (0 à 63), puis 64 = texte système, 65 = fond système. */
const PALETTE_INDEXEE = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 " +
  "9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF " +
  "00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 " +
  "003366 339966 003300 333300 993300 993366 333399 333333 " +
  "000000 FFFFFF"
).split(" ");

/** Thème Office 2013-2022 (repli si le classeur n'a pas de partie de thème, ex. après LibreOffice). */
const THEME_PAR_DEFAUT: readonly string[] = [
  "FFFFFF", "000000", "E7E6E6", "44546A",
  "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47",
  "0563C1", "954F72",
]; // prettier-ignore

/** Ordre des index de thème d'Excel : 0 = lt1, 1 = dk1, 2 = lt2, 3 = dk2 (inversés dans le XML). */
const NOMS_THEME = [
  "lt1", "dk1", "lt2", "dk2",
  "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
  "hlink", "folHlink",
]; // prettier-ignore

/** Couleurs du thème (index Excel → « RRGGBB ») lues dans le XML de thème ; repli par défaut. */
export function lireTheme(xml: string | undefined): readonly string[] {
  if (!xml) return THEME_PAR_DEFAUT;
  return NOMS_THEME.map((nom, i) => {
    const bloc = new RegExp(`<a:${nom}>([\\s\\S]*?)</a:${nom}>`).exec(xml)?.[1] ?? "";
    const rgb =
      /<a:srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(bloc)?.[1] ??
      /<a:sysClr[^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(bloc)?.[1];
    return (rgb ?? THEME_PAR_DEFAUT[i] ?? "000000").toUpperCase();
  });
}

function versHsl(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, s, l];
}

function depuisHsl(h: number, s: number, l: number): string {
  const canal = (t: number, p: number, q: number): number => {
    let x = t;
    if (x < 0) x += 1;
    if (x > 1) x -= 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [canal(h + 1 / 3, p, q), canal(h, p, q), canal(h - 1 / 3, p, q)];
  }
  return rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** Teinte d'Excel : luminance HSL éclaircie (teinte > 0) ou assombrie (teinte < 0). */
export function appliquerTeinte(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const [h, s, l] = versHsl(hex);
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return depuisHsl(h, s, l2);
}

/** Couleur ExcelJS → « RRGGBB », ou `undefined` si elle n'est pas déterminable. */
export function resoudreCouleur(
  c: CouleurXlsx | undefined,
  theme: readonly string[],
): string | undefined {
  if (!c) return undefined;
  let base: string | undefined;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) base = c.argb.slice(-6);
  else if (typeof c.theme === "number") base = theme[c.theme];
  else if (typeof c.indexed === "number") base = PALETTE_INDEXEE[c.indexed];
  if (!base) return undefined;
  return appliquerTeinte(base.toUpperCase(), c.tint ?? 0);
}

/** Remplissage ExcelJS d'une cellule → « RRGGBB » (motif plein seulement) ou `null`. */
export function resoudreRemplissage(fill: unknown, theme: readonly string[]): string | null {
  const f = fill as { type?: string; pattern?: string; fgColor?: CouleurXlsx } | undefined;
  if (!f || f.type !== "pattern" || f.pattern !== "solid") return null;
  return resoudreCouleur(f.fgColor, theme) ?? null;
}

/** Remplissage d'une mise en forme conditionnelle (dxf : `bgColor`, motif souvent omis). */
export function resoudreRemplissageMfc(
  fill: unknown,
  theme: readonly string[],
): string | undefined {
  const f = fill as
    { type?: string; pattern?: string; fgColor?: CouleurXlsx; bgColor?: CouleurXlsx } | undefined;
  if (!f || f.type !== "pattern" || (f.pattern && f.pattern !== "solid")) return undefined;
  return resoudreCouleur(f.bgColor, theme) ?? resoudreCouleur(f.fgColor, theme);
}
