import { lettresColonne } from "../../../domain/classeur/adresse";
import type { ContenuCellule } from "../valeurs";
import { numeroSerie, valeurSimple } from "../valeurs";
import type { ModeleStyle } from "./styles";
import type { TextePartage } from "./textes";
import { Repli, xmlDecodeExcelJs } from "./xml";

/**
 * Une cellule telle qu'ExcelJS la construit au chargement (CellXform.parseClose puis reconcile) et
 * telle que `contenuCellule` la lit ensuite : mêmes types, mêmes conversions (dates, formules
 * partagées, liens hypertexte), pour que l'instantané soit le même à l'octet près.
 */

/** Types de valeur d'ExcelJS (Enums.ValueType). */
export const T_NUL = 0;
export const T_FUSION = 1;
export const T_NOMBRE = 2;
export const T_TEXTE = 3;
export const T_DATE = 4;
export const T_LIEN = 5;
export const T_FORMULE = 6;
export const T_RICHE = 8;
export const T_BOOLEEN = 9;
export const T_ERREUR = 10;

export interface CelluleLue {
  /** Ligne et colonne, index à partir de 0. */
  readonly ligne: number;
  readonly col: number;
  readonly adresse: string;
  genre: number;
  valeur: unknown;
  formule: string | undefined;
  /** Formule partagée : adresse de la cellule maîtresse. */
  partage: string | undefined;
  resultat: unknown;
  /** Lien hypertexte : le texte affiché (valeur ou résultat d'origine). */
  texte: unknown;
  /** Modèle de style (null : style vide `{}`). */
  readonly style: ModeleStyle | null;
}

/** Ce que le XML d'une cellule contient (attributs et textes bruts décodés). */
export interface CelluleXml {
  /** Colonne, index à partir de 0. */
  readonly col: number;
  readonly adresse: string;
  readonly t: string | undefined;
  readonly styleId: number | undefined;
  readonly formule: string | undefined;
  readonly typePartage: string | undefined;
  readonly ref: string | undefined;
  readonly si: string | undefined;
  readonly valeur: string | readonly (string | undefined)[] | undefined;
}

/** `utils.isDateFmt` d'ExcelJS. */
export function estFormatDate(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** `utils.excelToDate` d'ExcelJS (l'opérande garde la coercition de JavaScript). */
export function versDate(v: unknown, date1904: boolean): Date {
  const n = (v as number) - 25569 + (date1904 ? 1462 : 0);
  return new Date(Math.round(n * 24 * 3600 * 1000));
}

export interface Contexte {
  readonly textes: readonly TextePartage[] | undefined;
  readonly date1904: boolean;
  /** Formules partagées de la feuille : `si` → adresse de la maîtresse. */
  readonly partagees: Map<string, string>;
  readonly liens: ReadonlySet<string>;
}

/**
 * Une cellule lue → la cellule ExcelJS, ou null si ExcelJS ne la crée pas (ni valeur, ni formule,
 * ni style : type « Merge » écarté par Row.model).
 */
export function construireCellule(
  x: CelluleXml,
  ligne: number,
  col: number,
  style: ModeleStyle | null,
  ctx: Contexte,
): CelluleLue | null {
  // Toutes les propriétés dès la création : une seule forme d'objet pour le moteur.
  const c: CelluleLue = {
    ligne,
    col,
    adresse: x.adresse,
    genre: T_NUL,
    valeur: undefined,
    formule: undefined,
    partage: undefined,
    resultat: undefined,
    texte: undefined,
    style,
  };
  const v = x.valeur;
  if (typeof v === "object" && v !== undefined && (x.t !== "inlineStr" || x.formule)) {
    throw new Repli(`texte riche inattendu en ${x.adresse}`);
  }
  if (x.formule || x.typePartage) {
    c.genre = T_FORMULE;
    if (x.formule) c.formule = x.formule;
    if (typeof v === "string" && v) {
      if (x.t === "str") c.resultat = xmlDecodeExcelJs(v);
      else if (x.t === "b") c.resultat = parseInt(v, 10) !== 0;
      else if (x.t === "e") c.resultat = { error: v };
      else c.resultat = parseFloat(v);
    }
  } else if (v !== undefined) {
    if (typeof v === "object") {
      c.genre = T_RICHE;
      c.valeur = { richText: v.map((t) => ({ text: t })) };
    } else if (x.t === "s") {
      const i = parseInt(v, 10);
      if (!ctx.textes) throw new Repli("texte partagé sans sharedStrings.xml");
      if (!(i >= 0 && i < ctx.textes.length)) throw new Repli(`texte partagé ${v} absent`);
      const s = ctx.textes[i];
      if (typeof s === "string") {
        c.genre = T_TEXTE;
        c.valeur = s;
      } else if (s === undefined) {
        c.genre = T_TEXTE;
        c.valeur = {};
      } else {
        c.genre = T_RICHE;
        c.valeur = { richText: s.richText.map((t) => ({ text: t })) };
      }
    } else if (x.t === "str") {
      c.genre = T_TEXTE;
      c.valeur = xmlDecodeExcelJs(v);
    } else if (x.t === "inlineStr") {
      c.genre = T_TEXTE;
      c.valeur = v;
    } else if (x.t === "b") {
      c.genre = T_BOOLEEN;
      c.valeur = parseInt(v, 10) !== 0;
    } else if (x.t === "e") {
      c.genre = T_ERREUR;
      c.valeur = { error: v };
    } else {
      c.genre = T_NOMBRE;
      c.valeur = parseFloat(v);
    }
  } else if (!x.styleId && !ctx.liens.has(x.adresse)) {
    return null;
  }
  // reconcile : dates, formules partagées, liens.
  const date = !!style && estFormatDate(style.numFmt);
  if (c.genre === T_NOMBRE && date) {
    c.genre = T_DATE;
    c.valeur = versDate(c.valeur, ctx.date1904);
  } else if (c.genre === T_FORMULE) {
    if (c.resultat !== undefined && date) c.resultat = versDate(c.resultat, ctx.date1904);
    if (x.typePartage === "shared") {
      if (x.ref) ctx.partagees.set(String(x.si), x.adresse);
      else {
        const maitre = ctx.partagees.get(String(x.si));
        if (maitre) c.partage = maitre;
        else if (!c.formule) throw new Repli(`formule partagée sans maîtresse en ${x.adresse}`);
      }
    }
  }
  if (ctx.liens.has(x.adresse)) {
    c.texte = c.genre === T_FORMULE ? c.resultat : c.valeur;
    c.genre = T_LIEN;
    c.valeur = undefined;
    c.resultat = undefined;
    c.formule = undefined;
    c.partage = undefined;
  }
  return c;
}

const RE_CANDIDAT = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const RE_CR = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function versNumero(l: string): number {
  let n = 0;
  for (let i = 0; i < l.length; i++) n = n * 26 + l.charCodeAt(i) - 64;
  return n;
}

function versLettres(n: number): string {
  if (!(n >= 1 && n <= 16384)) throw new Repli(`colonne ${n} hors d'Excel`);
  return lettresColonne(n - 1);
}

/** `slideFormula` d'ExcelJS : la formule maîtresse décalée de `de` à `vers` (« B5 »). */
export function glisserFormule(formule: string, de: CelluleLue, vers: CelluleLue): string {
  return formule.replace(
    RE_CANDIDAT,
    (m: string, feuille: string | undefined, _f: string, adr: string, par: string | undefined) => {
      if (par) return m;
      const r = RE_CR.exec(adr);
      if (!r) return m;
      const lettres = (r[2] as string).toUpperCase();
      if (lettres.length > 3 || (lettres.length === 3 && lettres > "XFD")) return m;
      let col = versNumero(lettres);
      let row = parseInt(r[4] as string, 10);
      if (!r[1]) col += vers.col - de.col;
      if (!r[3]) row += vers.ligne - de.ligne;
      return (feuille || "") + (r[1] || "") + versLettres(col) + (r[3] || "") + row;
    },
  );
}

const VIDE: ContenuCellule = { value: "", type: "Empty", formula: null };

/** `contenuCellule` appliqué à la cellule qu'ExcelJS aurait construite. */
export function contenu(
  c: CelluleLue,
  trouver: (adresse: string) => CelluleLue | undefined,
): ContenuCellule {
  switch (c.genre) {
    case T_NUL:
    case T_FUSION:
      return VIDE;
    case T_LIEN:
      if (c.texte === undefined) return { value: "[object Object]", type: "String", formula: null };
      return { ...valeurSimple(c.texte), formula: null };
    case T_FORMULE: {
      let f = c.formule;
      if (!f && c.partage) {
        const m = trouver(c.partage);
        if (!m || m.genre !== T_FORMULE || !m.formule) {
          throw new Repli(`formule maîtresse ${c.partage} illisible`);
        }
        f = glisserFormule(m.formule, m, c);
      }
      if (!f) throw new Repli(`formule vide en ${c.adresse}`);
      const r = valeurSimple(c.resultat);
      return { ...r, formula: f.startsWith("=") ? f : `=${f}` };
    }
    case T_DATE:
      return { value: numeroSerie(c.valeur as Date), type: "Double", formula: null };
    default:
      return { ...valeurSimple(c.valeur), formula: null };
  }
}
