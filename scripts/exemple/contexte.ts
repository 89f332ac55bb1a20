import type ExcelJS from "exceljs";
import { adresseA1, lettresColonne, lireZone } from "../../src/domain/classeur/adresse";
import { BORDURE, COULEURS, police, remplissage, type Bleu } from "./styles";

/**
 * Contexte d'écriture d'une variante : ce qui est écrit dans chaque cellule selon la variante
 * (vierge, exemple partiel, complet, erreurs semées), et le relevé de ce qui a été posé — cellules
 * bleues de saisie, repères (clé sémantique → cellule), incohérences semées.
 */

export type Variante = "exemple" | "vierge" | "complet" | "erreurs";
export type Valeur = string | number | boolean | Date | null;

/** Une cellule du classeur : nom d'onglet et adresse A1. */
export interface CelluleExemple {
  readonly onglet: string;
  readonly cellule: string;
}

/** Une incohérence semée dans la variante « erreurs » (écrite dans diagnostic-erreurs.json). */
export interface ErreurSemee extends CelluleExemple {
  /** Famille de contrôles attendue (`finess`, `signaletique`, `classeur`…). */
  readonly famille: string;
  /** Id du contrôle attendu (registre src/domain/controles), par ex. « finess/cle ». */
  readonly controle?: string;
}

/** Ce que l'on sème : sur la cellule de clé `cle`, une valeur, une formule remplacée ou périmée. */
export interface Semence {
  readonly cle: string;
  readonly famille: string;
  readonly controle?: string;
  /** Valeur écrite à la place (saisie ou valeur tapée sur une formule remplacée). */
  readonly valeur?: Valeur;
  /** `remplacee` : la formule disparaît au profit de `valeur` ; `perimee` : cache = `cache`. */
  readonly formule?: "remplacee" | "perimee";
  readonly cache?: number;
  /** Clé de la cellule où le contrôle signale l'incohérence, si ce n'est pas `cle`. */
  readonly signalee?: string;
}

export interface OptionsContexte {
  readonly variante: Variante;
  readonly facteur: number;
  readonly semences: readonly Semence[];
  /** Exemple partiel : saisies laissées vides (clé sémantique). */
  readonly videDansExemple: (cle: string) => boolean;
}

export class Contexte {
  readonly saisies: CelluleExemple[] = [];
  readonly reperes: Record<string, CelluleExemple> = {};
  private readonly parCle = new Map<string, Semence[]>();

  constructor(readonly o: OptionsContexte) {
    for (const s of o.semences) this.parCle.set(s.cle, [...(this.parCle.get(s.cle) ?? []), s]);
  }

  get variante(): Variante {
    return this.o.variante;
  }

  private semence(cle: string | undefined): Semence | undefined {
    if (!cle || this.o.variante !== "erreurs") return undefined;
    const liste = this.parCle.get(cle);
    return liste?.find((s) => s.valeur !== undefined || s.formule !== undefined) ?? liste?.[0];
  }

  /** Valeur d'une cellule de saisie selon la variante. */
  saisie(cle: string, complet: Valeur): Valeur {
    if (this.o.variante === "vierge") return null;
    if (this.o.variante === "exemple" && this.o.videDansExemple(cle)) return null;
    const s = this.semence(cle);
    return s && s.valeur !== undefined && s.formule === undefined ? s.valeur : complet;
  }

  /** Valeur d'une cellule pré-remplie par l'ARS (présente dans toutes les variantes). */
  prerempli(cle: string | undefined, valeur: Valeur): Valeur {
    const s = this.semence(cle);
    return s && s.valeur !== undefined && s.formule === undefined ? s.valeur : valeur;
  }

  /** Contenu d'une cellule calculée : formule et cache, sauf semence contraire. */
  calcul(cle: string | undefined, formule: string, cache: Valeur): ExcelJS.CellValue {
    const s = this.semence(cle);
    if (s?.formule === "remplacee") return (s.valeur ?? cache) as ExcelJS.CellValue;
    const resultat = s?.formule === "perimee" ? (s.cache ?? cache) : cache;
    return { formula: formule, result: resultat ?? "" } as ExcelJS.CellValue;
  }

  /** Valeur affichée par une cellule calculée (ce que lisent les formules qui en dépendent). */
  affiche(cle: string | undefined, cache: Valeur): Valeur {
    const s = this.semence(cle);
    if (s?.formule === "remplacee") return s.valeur ?? cache;
    if (s?.formule === "perimee") return s.cache ?? cache;
    return cache;
  }

  noter(cle: string, c: CelluleExemple): void {
    this.reperes[cle] = c;
  }

  /** Incohérences semées, localisées par leurs repères (après l'écriture de tout le classeur). */
  erreurs(): ErreurSemee[] {
    if (this.o.variante !== "erreurs") return [];
    return this.o.semences.map((s) => {
      const c = this.reperes[s.signalee ?? s.cle];
      if (!c) throw new Error(`Semence sans cellule repérée : ${s.signalee ?? s.cle}`);
      return {
        ...c,
        famille: s.famille,
        ...(s.controle ? { controle: s.controle } : {}),
      };
    });
  }
}

/** En-tête de colonne d'un tableau : gras, gris, centré, retour à la ligne. */
export const ENTETE = {
  police: police.grasse,
  fond: COULEURS.enTete,
  bordure: true,
  retour: true,
  horizontal: "center",
} as const;

/** Options de mise en forme d'une cellule (appliquées à toute la fusion). */
export interface StyleCellule {
  readonly fusion?: string;
  readonly format?: string;
  readonly police?: Partial<ExcelJS.Font>;
  readonly fond?: string;
  readonly bordure?: boolean;
  readonly horizontal?: ExcelJS.Alignment["horizontal"];
  readonly vertical?: ExcelJS.Alignment["vertical"];
  readonly retour?: boolean;
  readonly retrait?: number;
}

export interface OptionsSaisie extends StyleCellule {
  readonly bleu: Bleu;
  /** Liste déroulante : formule source (« Listes!$A$2:$A$4 » ou « "Oui,Non" »). */
  readonly liste?: string;
}

/** Lettres d'une colonne (1 = A). */
export const lettre = (col: number): string => lettresColonne(col - 1);

/** Adresse A1 d'une colonne (1 = A) et d'une ligne (1 = première). */
export const a1 = (col: number, row: number): string => adresseA1(row - 1, col - 1);

/** Toutes les cellules d'une zone « B2:D5 ». */
function cellulesDe(zone: string): string[] {
  const z = lireZone(zone);
  const out: string[] = [];
  for (let r = z.top; r <= z.bottom; r++)
    for (let c = z.left; c <= z.right; c++) out.push(adresseA1(r, c));
  return out;
}

/** Une feuille en cours d'écriture : textes, saisies bleues, pré-remplis et calculs. */
export class Page {
  constructor(
    readonly ctx: Contexte,
    readonly ws: ExcelJS.Worksheet,
  ) {}

  get nom(): string {
    return this.ws.name;
  }

  private styler(adr: string, s: StyleCellule, fill?: ExcelJS.Fill): void {
    const zone = s.fusion ?? adr;
    for (const x of cellulesDe(zone)) {
      const c = this.ws.getCell(x);
      c.font = { ...police.normale, ...s.police };
      c.alignment = {
        vertical: s.vertical ?? "middle",
        ...(s.horizontal ? { horizontal: s.horizontal } : {}),
        ...(s.retour ? { wrapText: true } : {}),
        ...(s.retrait ? { indent: s.retrait } : {}),
      };
      if (fill) c.fill = fill;
      else if (s.fond) c.fill = remplissage.argb(s.fond);
      if (s.bordure) c.border = BORDURE;
      if (s.format) c.numFmt = s.format;
    }
    if (s.fusion && s.fusion.includes(":")) this.ws.mergeCells(s.fusion);
  }

  /** Un libellé (ou tout texte non saisi). */
  texte(adr: string, texte: string | ExcelJS.CellValue, s: StyleCellule = {}): void {
    this.styler(adr, s);
    if (texte !== "") this.ws.getCell(adr).value = texte;
  }

  /** Une cellule de saisie bleue : relevée dans `saisies`, repérée par `cle`. */
  saisie(adr: string, cle: string, complet: Valeur, s: OptionsSaisie): Valeur {
    const v = this.ctx.saisie(cle, complet);
    this.styler(adr, { bordure: true, ...s }, remplissage.bleu(s.bleu));
    if (v !== null) this.ws.getCell(adr).value = v;
    if (s.liste) {
      this.ws.getCell(adr).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [s.liste],
        showErrorMessage: true,
        errorTitle: "Valeur non prévue",
        error: "Choisissez une valeur dans la liste.",
      };
    }
    const c = { onglet: this.nom, cellule: adr };
    this.ctx.saisies.push(c);
    this.ctx.noter(cle, c);
    return v;
  }

  /** Une cellule pré-remplie par l'ARS (gris clair, jamais bleue). */
  prerempli(adr: string, cle: string | undefined, valeur: Valeur, s: StyleCellule = {}): Valeur {
    const v = this.ctx.prerempli(cle, valeur);
    this.styler(adr, { bordure: true, fond: COULEURS.prerempli, ...s });
    // Une valeur d'erreur (liaison mise à jour par erreur) : formule d'erreur, résultat en cache.
    if (typeof v === "string" && /^#(REF!|N\/A|VALUE!|NAME\?)$/.test(v))
      this.ws.getCell(adr).value = { formula: v, result: { error: v } } as ExcelJS.CellValue;
    else if (v !== null) this.ws.getCell(adr).value = v;
    if (cle) this.ctx.noter(cle, { onglet: this.nom, cellule: adr });
    return v;
  }

  /** Une cellule calculée (jaune pâle) : formule anglaise sans « = », cache calculé ici. */
  calcul(
    adr: string,
    cle: string | undefined,
    formule: string,
    cache: Valeur,
    s: StyleCellule = {},
  ): Valeur {
    this.styler(adr, { bordure: true, fond: COULEURS.calcule, ...s });
    this.ws.getCell(adr).value = this.ctx.calcul(cle, formule, cache);
    if (cle) this.ctx.noter(cle, { onglet: this.nom, cellule: adr });
    return this.ctx.affiche(cle, cache);
  }

  /** Bandeau de titre de l'onglet (ligne 1, fusionnée jusqu'à `fin`). */
  bandeau(texte: string, fusion: string): void {
    this.texte("A1", texte, {
      fusion,
      police: police.titre,
      fond: COULEURS.bandeau,
      retrait: 1,
    });
    this.hauteur(1, 26);
  }

  largeurs(l: readonly number[]): void {
    l.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }

  hauteur(row: number, h: number): void {
    this.ws.getRow(row).height = h;
  }
}
