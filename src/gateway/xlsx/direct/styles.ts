import type { CouleurXlsx } from "../../commun/couleurs";
import {
  enfants,
  FIN,
  LecteurXml,
  OUVRANTE,
  Repli,
  VIDE,
  verifierPartie,
  verifierRacine,
} from "./xml";

/**
 * `xl/styles.xml` lu comme le fait ExcelJS (StylesXform.getStyleModel) : pour chaque style de
 * cellule (`cellXfs/xf`), son format de nombre, sa police (gras ?), son remplissage, sa bordure
 * (visible ?) et sa protection ; et le remplissage des formats différentiels (`dxfs`).
 */

/** Remplissage sous la forme du modèle ExcelJS (`{ type, pattern, fgColor, bgColor }`). */
export interface Remplissage {
  type?: string;
  pattern?: string;
  fgColor?: CouleurXlsx;
  bgColor?: CouleurXlsx;
}

/** Le modèle de style ExcelJS d'un `xf` : une composante absente vaut `undefined`. */
export interface ModeleStyle {
  readonly numFmt?: string;
  /** Police : `gras` = élément `<b>` présent (ExcelJS ignore son attribut `val`). */
  readonly font?: { readonly gras: boolean };
  /** Bordure : `visible` = un côté au moins porte un `style`. */
  readonly border?: { readonly visible: boolean };
  readonly fill?: Remplissage;
  readonly protection?: { readonly locked: boolean };
}

export interface StylesLus {
  /** Modèle de style par index de `xf` (`null` : index sans style, comme getStyleModel). */
  modele(id: number): ModeleStyle | null;
  readonly dxfs: readonly (Remplissage | null)[] | undefined;
}

/** Formats de nombre intégrés connus d'ExcelJS (lib/xlsx/defaultnumformats.js, culture par défaut). */
const FORMATS_INTEGRES: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
  11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
  17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss",
  47: "mmss.0", 48: "##0.0E+0", 49: "@",
}; // prettier-ignore

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  protection?: { locked: boolean; hidden: boolean } | null;
}

function couleur(a: Record<string, string>): CouleurXlsx | undefined {
  if (a.rgb) return { argb: a.rgb };
  if (a.theme) {
    const c: { theme: number; tint?: number } = { theme: parseInt(a.theme, 10) };
    if (a.tint) c.tint = parseFloat(a.tint);
    return c;
  }
  if (a.indexed) return { indexed: parseInt(a.indexed, 10) };
  return undefined;
}

function lireRemplissage(l: LecteurXml, ouverte: boolean): Remplissage {
  let f: Remplissage = {};
  enfants(l, ouverte, (vide) => {
    if (l.nom === "patternFill") {
      const a = l.attrs();
      const p: Remplissage = { type: "pattern" };
      if (a.patternType !== undefined) p.pattern = a.patternType;
      enfants(l, !vide, () => {
        if (l.nom !== "fgColor" && l.nom !== "bgColor") l.echec(`<${l.nom}> dans patternFill`);
        const c = couleur(l.attrs());
        if (c) p[l.nom] = c;
      });
      f = p;
    } else if (l.nom === "gradientFill") {
      f = { type: "gradient" };
      if (!vide) l.sauter();
    } else l.echec(`<${l.nom}> dans fill`);
  });
  return f;
}

const COTES = new Set(["top", "left", "bottom", "right", "diagonal"]);

/** Lit `xl/styles.xml` ; lève `Repli` sur ce qu'ExcelJS lirait autrement (ou refuserait). */
export function lireStyles(xml: string): StylesLus {
  verifierPartie(xml, "xl/styles.xml");
  const l = new LecteurXml(xml, "xl/styles.xml");
  const formats: string[] = [];
  const polices: { gras: boolean }[] = [];
  const remplissages: Remplissage[] = [];
  const bordures: { visible: boolean }[] = [];
  const xfs: Xf[] = [];
  let dxfs: (Remplissage | null)[] | undefined;
  const ignores = new Set(["cellStyleXfs", "cellStyles", "tableStyles", "extLst"]);
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j !== OUVRANTE && j !== VIDE) continue;
    const ouverte = j === OUVRANTE;
    switch (l.nom) {
      case "numFmts":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "numFmt") l.echec(`<${l.nom}> dans numFmts`);
          const a = l.attrs();
          const code = a.formatCode;
          if (code === undefined) return l.echec("numFmt sans formatCode");
          formats[parseInt(a.numFmtId ?? "", 10)] = code.replace(/[\\](.)/g, "$1");
          if (!vide) l.sauter();
        });
        break;
      case "fonts":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "font") l.echec(`<${l.nom}> dans fonts`);
          let gras = false;
          enfants(l, !vide, (v) => {
            if (l.nom === "b") gras = true;
            if (!v) l.sauter();
          });
          polices.push({ gras });
        });
        break;
      case "fills":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "fill") l.echec(`<${l.nom}> dans fills`);
          remplissages.push(lireRemplissage(l, !vide));
        });
        break;
      case "borders":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "border") l.echec(`<${l.nom}> dans borders`);
          let visible = false;
          enfants(l, !vide, (v) => {
            if (COTES.has(l.nom) && l.attrs().style) visible = true;
            if (!v) l.sauter();
          });
          bordures.push({ visible });
        });
        break;
      case "cellXfs":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "xf") l.echec(`<${l.nom}> dans cellXfs`);
          const a = l.attrs();
          const xf: Xf = {
            numFmtId: parseInt(a.numFmtId ?? "", 10),
            fontId: parseInt(a.fontId ?? "", 10),
            fillId: parseInt(a.fillId ?? "", 10),
            borderId: parseInt(a.borderId ?? "", 10),
          };
          enfants(l, !vide, (v) => {
            if (l.nom === "protection") {
              const p = l.attrs();
              const m = { locked: !(p.locked === "0"), hidden: p.hidden === "1" };
              xf.protection = !m.locked || m.hidden ? m : null;
            } else if (l.nom !== "alignment") l.echec(`<${l.nom}> dans xf`);
            if (!v) l.sauter();
          });
          xfs.push(xf);
        });
        break;
      case "dxfs": {
        const liste: (Remplissage | null)[] = [];
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "dxf") l.echec(`<${l.nom}> dans dxfs`);
          let fill: Remplissage | null = null;
          enfants(l, !vide, (v) => {
            if (l.nom === "fill") fill = lireRemplissage(l, !v);
            else if (!v) l.sauter();
          });
          liste.push(fill);
        });
        if (liste.length > 0) dxfs = liste;
        break;
      }
      default:
        // Comme ExcelJS : un élément inconnu est traversé, ses enfants lus à ce niveau.
        if (ignores.has(l.nom) && ouverte) l.sauter();
    }
  }
  verifierRacine(l, "styleSheet");
  if (!polices.length || !remplissages.length || !bordures.length || !xfs.length) {
    throw new Repli("styles.xml sans polices, remplissages, bordures ou styles de cellule");
  }
  const cache = new Map<number, ModeleStyle | null>();
  const construire = (id: number): ModeleStyle | null => {
    const xf = xfs[id];
    if (!xf) return null;
    const m: {
      -readonly [K in keyof ModeleStyle]: ModeleStyle[K];
    } = {};
    if (xf.numFmtId) {
      const f = formats[xf.numFmtId] || FORMATS_INTEGRES[xf.numFmtId];
      if (f) m.numFmt = f;
    }
    const font = xf.fontId || xf.fontId === 0 ? polices[xf.fontId] : undefined;
    if (font) m.font = font;
    const border = xf.borderId || xf.borderId === 0 ? bordures[xf.borderId] : undefined;
    if (border) m.border = border;
    const fill = xf.fillId || xf.fillId === 0 ? remplissages[xf.fillId] : undefined;
    if (fill) m.fill = fill;
    if (xf.protection) m.protection = xf.protection;
    return m;
  };
  return {
    modele(id) {
      let m = cache.get(id);
      if (m === undefined) {
        m = construire(id);
        cache.set(id, m);
      }
      return m;
    },
    dxfs,
  };
}
