/**
 * Enregistreur de la vérité terrain : chaque écrivain d'onglet écrit ses cellules par lui, si bien
 * que la vérité est notée au moment même où la cellule est écrite (jamais reconstituée après coup).
 */
import ExcelJS from "exceljs";
import { BORDURE, CALCUL, PRE_REMPLI, rgbRemplissage, type Saisie } from "./styles";
import type { ErreurVerite, OngletVerite, ValeurVerite, ZoneVerite } from "./verite";

export type Valeur = number | string | boolean | Date | null;

export interface OptionsCellule {
  readonly fusion?: string;
  readonly format?: string;
  readonly validation?: ExcelJS.DataValidation;
  readonly gras?: boolean;
  readonly renvoi?: boolean;
}

export interface OptionsSaisie extends OptionsCellule {
  readonly remplissage: Saisie;
}

export type MetaValeur = Omit<ValeurVerite, "onglet" | "cellule" | "valeur">;

interface OngletEnCours {
  readonly nom: string;
  readonly type: string;
  readonly saisies: string[];
  readonly saisiesVides: string[];
  readonly preRemplies: string[];
  readonly calculs: string[];
  readonly couleursSaisie: Record<string, string>;
  readonly vues: Set<string>;
  protege: boolean;
  masque: boolean;
}

/** Minuscules ASCII, mots séparés par une espace (« Taux d'occupation » → « taux d occupation »). */
export function normaliser(texte: string): string {
  return texte
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "oe")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function lireValeur(cell: ExcelJS.Cell): ValeurVerite["valeur"] {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      // `cell.value` d'ExcelJS perd les résultats « faux » (0, "") : lire `cell.result`.
      const r = cell.result as unknown;
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && r !== null && "error" in r) return String(r.error);
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      return r as number | string | boolean;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return null;
  }
  return v;
}

export class Enregistreur {
  private readonly onglets: OngletEnCours[] = [];
  private readonly zones: ZoneVerite[] = [];
  private readonly valeurs: ValeurVerite[] = [];
  private readonly erreurs: ErreurVerite[] = [];

  constructor(readonly wb: ExcelJS.Workbook) {}

  onglet(nom: string, type: string, options: { masque?: boolean } = {}): ExcelJS.Worksheet {
    const ws = this.wb.addWorksheet(nom, options.masque ? { state: "hidden" } : {});
    this.onglets.push({
      nom,
      type,
      saisies: [],
      saisiesVides: [],
      preRemplies: [],
      calculs: [],
      couleursSaisie: {},
      vues: new Set(),
      protege: false,
      masque: options.masque ?? false,
    });
    return ws;
  }

  private suivi(ws: ExcelJS.Worksheet, addr: string): OngletEnCours {
    const o = this.onglets.find((x) => x.nom === ws.name);
    if (!o) throw new Error(`Onglet non enregistré : ${ws.name}`);
    if (o.vues.has(addr)) throw new Error(`Cellule enregistrée deux fois : ${ws.name}!${addr}`);
    o.vues.add(addr);
    return o;
  }

  private poser(
    ws: ExcelJS.Worksheet,
    addr: string,
    valeur: ExcelJS.CellValue | undefined,
    fill: ExcelJS.Fill,
    o: OptionsCellule,
  ): ExcelJS.Cell {
    const cell = ws.getCell(addr);
    if (valeur !== undefined && valeur !== null) cell.value = valeur;
    cell.fill = structuredClone(fill);
    cell.border = BORDURE;
    if (o.format) cell.numFmt = o.format;
    if (o.gras) cell.font = { bold: true };
    if (o.validation) cell.dataValidation = o.validation;
    cell.alignment = { vertical: "middle", wrapText: typeof valeur === "string" };
    if (o.fusion) ws.mergeCells(o.fusion);
    return cell;
  }

  /** Cellule à remplir par le gestionnaire ; `valeur` absente ou nulle = laissée vide. */
  saisie(ws: ExcelJS.Worksheet, addr: string, valeur: Valeur | undefined, o: OptionsSaisie): void {
    const suivi = this.suivi(ws, addr);
    const cell = this.poser(ws, addr, valeur, o.remplissage, o);
    cell.protection = { locked: false };
    suivi.saisies.push(addr);
    if (valeur === undefined || valeur === null || valeur === "") suivi.saisiesVides.push(addr);
    suivi.couleursSaisie[addr] = rgbRemplissage(o.remplissage) ?? "";
  }

  /** Cellule pré-remplie par l'ARS (gris F2F2F2), jamais vide. */
  preRempli(ws: ExcelJS.Worksheet, addr: string, valeur: Valeur, o: OptionsCellule = {}): void {
    if (valeur === null || valeur === "") throw new Error(`Pré-rempli vide : ${ws.name}!${addr}`);
    this.suivi(ws, addr).preRemplies.push(addr);
    this.poser(ws, addr, valeur, PRE_REMPLI, o);
  }

  /** Cellule calculée : formule (syntaxe anglaise, sans « = ») et résultat en cache. */
  calcul(
    ws: ExcelJS.Worksheet,
    addr: string,
    formule: string,
    resultat: number | string | { error: string },
    o: OptionsCellule & { remplissage?: ExcelJS.Fill } = {},
  ): void {
    this.suivi(ws, addr).calculs.push(addr);
    const result = resultat as ExcelJS.CellFormulaValue["result"];
    this.poser(
      ws,
      addr,
      { formula: formule, result } as ExcelJS.CellFormulaValue,
      o.remplissage ?? CALCUL,
      o,
    );
  }

  /** Note la valeur de la cellule telle qu'elle vient d'être écrite. */
  valeur(ws: ExcelJS.Worksheet, addr: string, meta: MetaValeur): void {
    this.valeurs.push({
      onglet: ws.name,
      cellule: addr,
      ...meta,
      valeur: lireValeur(ws.getCell(addr)),
    });
  }

  zone(ws: ExcelJS.Worksheet, cle: string, plage: string, description: string): void {
    this.zones.push({ onglet: ws.name, cle, plage, description });
  }

  erreur(ws: ExcelJS.Worksheet, addr: string, e: Omit<ErreurVerite, "onglet" | "cellule">): void {
    this.erreurs.push({ onglet: ws.name, cellule: addr, ...e });
  }

  async proteger(ws: ExcelJS.Worksheet): Promise<void> {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
    });
    const o = this.onglets.find((x) => x.nom === ws.name);
    if (o) o.protege = true;
  }

  resultat(): {
    onglets: OngletVerite[];
    zones: ZoneVerite[];
    valeurs: ValeurVerite[];
    erreurs: ErreurVerite[];
  } {
    const onglets = this.onglets.map((o) => ({
      nom: o.nom,
      type: o.type,
      saisies: [...o.saisies],
      saisiesVides: [...o.saisiesVides],
      preRemplies: [...o.preRemplies],
      calculs: [...o.calculs],
      couleursSaisie: { ...o.couleursSaisie },
      protege: o.protege,
      masque: o.masque,
    }));
    return {
      onglets,
      zones: [...this.zones],
      valeurs: [...this.valeurs],
      erreurs: [...this.erreurs],
    };
  }
}
