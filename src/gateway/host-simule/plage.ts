import type { CellRange } from "../../domain/classeur/snapshot";
import { adresseComplete, intersecte, nbCellules } from "./adresses";
import {
  type CiblePlage,
  ecrireEntree,
  estSecondaire,
  formeAttendue,
  formuleDe,
  grille,
  pourChaque,
  texteDe,
  typeDe,
  valeurDe,
  verifierEcriture,
} from "./cellules";
import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import { proprietesCellule } from "./proprietes-cellule";
import { RangeFormat } from "./format";
import { cellule } from "./cellules";
import { type DefPropriete, enfilerAppel, ObjetClient, ResultatClient } from "./objet-client";
import { ConditionalFormatCollection, DataValidation } from "./regles";
import { RangeAreas, zonesSpeciales } from "./zones";

type Createur = { nom: string; args: unknown[]; ouNul: boolean };

/**
 * Écriture de contenu (values / formulas) : protection, forme, événement de changement. Une
 * cellule fusionnée non maîtresse reste vide (écriture ignorée) : seule la haut-gauche a un contenu.
 */
function ecrireContenu(ctx: ContexteBase, nom: string) {
  return (t: CiblePlage, v: unknown) => {
    verifierEcriture(t);
    const g = formeAttendue(t, v, nom);
    pourChaque(t, (c, r, col) => {
      if (!estSecondaire(t.f, r, col)) ecrireEntree(c, g[r - t.z.top]?.[col - t.z.left]);
    });
    ctx.hote.marquer(t.f, t.z);
    ctx.signalerChangement({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: t.f.id,
      address: adresseComplete(t.f.name, t.z).split("!")[1] ?? "",
    });
  };
}

function proprietesPlage(ctx: ContexteBase): Record<string, DefPropriete<CiblePlage>> {
  return {
    address: { lire: (t) => adresseComplete(t.f.name, t.z) },
    addressLocal: { lire: (t) => adresseComplete(t.f.name, t.z) },
    rowIndex: { lire: (t) => t.z.top },
    columnIndex: { lire: (t) => t.z.left },
    rowCount: { lire: (t) => t.z.bottom - t.z.top + 1 },
    columnCount: { lire: (t) => t.z.right - t.z.left + 1 },
    cellCount: { lire: (t) => nbCellules(t.z) },
    values: { lire: (t) => grille(t, valeurDe, true), ecrire: ecrireContenu(ctx, "values") },
    valueTypes: { lire: (t) => grille(t, typeDe, true) },
    formulas: { lire: (t) => grille(t, formuleDe, true), ecrire: ecrireContenu(ctx, "formulas") },
    text: { lire: (t) => grille(t, texteDe, true) },
    numberFormat: {
      lire: (t) => grille(t, (c) => c.numberFormat),
      ecrire: (t, v) => {
        verifierEcriture(t, true);
        const g = formeAttendue(t, v, "numberFormat");
        pourChaque(t, (c, r, col) => {
          const x = g[r - t.z.top]?.[col - t.z.left];
          if (x !== null && x !== undefined) c.numberFormat = String(x);
        });
      },
    },
  };
}

const PROPRIETES_CELLULES = new Set(["values", "valueTypes", "formulas", "text", "numberFormat"]);

/** `Excel.Range` : une zone d'une feuille, résolue au sync. */
export class Range extends ObjetClient<CiblePlage> {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;

  constructor(ctx: ContexteBase, resoudre: () => CiblePlage | null, cree?: Createur) {
    super(ctx, resoudre, proprietesPlage(ctx), cree ? { cree } : {});
    const cible = () => this._cible();
    this.format = new RangeFormat(ctx, cible);
    this.dataValidation = new DataValidation(ctx, cible);
    this.conditionalFormats = new ConditionalFormatCollection(ctx, cible);
  }

  protected override _avantLecture(proprietes: readonly string[], t: CiblePlage): void {
    if (proprietes.some((p) => PROPRIETES_CELLULES.has(p))) {
      this.context.hote.calculerSiBesoin();
      this.context.compterLecture(this, nbCellules(t.z));
    }
  }

  protected override _enfant(nom: string): ObjetClient<unknown> | undefined {
    return nom === "format" ? (this.format as ObjetClient<unknown>) : undefined;
  }

  /** Sous-plage créée par une méthode : résolue au sync à partir de cette plage. */
  private deriver(
    nom: string,
    args: unknown[],
    f: (t: CiblePlage) => CellRange | null,
    ouNul = false,
  ) {
    return new Range(
      this.context,
      () => {
        const t = this._cible();
        if (!t) return null;
        const z = f(t);
        return z ? { f: t.f, z } : null;
      },
      { nom, args, ouNul },
    );
  }

  getCell(row: number, col: number): Range {
    return this.deriver("getCell", [row, col], ({ z }) => ({
      top: z.top + row,
      left: z.left + col,
      bottom: z.top + row,
      right: z.left + col,
    }));
  }

  getCellProperties(spec: Record<string, unknown>): ResultatClient<unknown[][]> {
    return new ResultatClient(this.context, { call: "getCellProperties", args: [spec] }, () => {
      const t = this._cibleObligatoire();
      this.context.compterLecture(this, nbCellules(t.z));
      return proprietesCellule(t, spec);
    });
  }

  /** `range.getRowProperties` (ExcelApi 1.9) : `rowIndex` et `rowHidden` de chaque ligne. */
  getRowProperties(spec: Record<string, unknown>): ResultatClient<unknown[]> {
    return new ResultatClient(this.context, { call: "getRowProperties", args: [spec] }, () => {
      const t = this._cibleObligatoire();
      this.context.compterLecture(this, t.z.bottom - t.z.top + 1);
      const out: Record<string, unknown>[] = [];
      for (let r = t.z.top; r <= t.z.bottom; r++) {
        out.push({
          ...(spec.rowIndex ? { rowIndex: r } : {}),
          ...(spec.rowHidden ? { rowHidden: t.f.lignesMasquees?.has(r) ?? false } : {}),
        });
      }
      return out;
    });
  }

  /** `range.getColumnProperties` (ExcelApi 1.9) : `columnIndex` et `columnHidden` de chaque colonne. */
  getColumnProperties(spec: Record<string, unknown>): ResultatClient<unknown[]> {
    return new ResultatClient(this.context, { call: "getColumnProperties", args: [spec] }, () => {
      const t = this._cibleObligatoire();
      this.context.compterLecture(this, t.z.right - t.z.left + 1);
      const out: Record<string, unknown>[] = [];
      for (let c = t.z.left; c <= t.z.right; c++) {
        out.push({
          ...(spec.columnIndex ? { columnIndex: c } : {}),
          ...(spec.columnHidden ? { columnHidden: t.f.colonnesMasquees?.has(c) ?? false } : {}),
        });
      }
      return out;
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const t = this._cible();
        const zs = t ? t.f.merges.filter((m) => intersecte(m, t.z)) : [];
        return t && zs.length ? { f: t.f, zones: zs } : null;
      },
      { nom: "getMergedAreasOrNullObject", args: [], ouNul: true },
    );
  }

  getSpecialCellsOrNullObject(type: string, valeurs?: string): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const t = this._cible();
        const zs = t ? zonesSpeciales(t, type, valeurs) : [];
        return t && zs.length ? { f: t.f, zones: zs } : null;
      },
      { nom: "getSpecialCellsOrNullObject", args: [type, valeurs], ouNul: true },
    );
  }

  merge(across = false): void {
    enfilerAppel(this.context, "merge", [across], () => {
      const t = this._cibleObligatoire();
      verifierEcriture(t, true);
      const lignes = across
        ? Array.from({ length: t.z.bottom - t.z.top + 1 }, (_, i) => ({
            ...t.z,
            top: t.z.top + i,
            bottom: t.z.top + i,
          }))
        : [t.z];
      for (const z of lignes) {
        t.f.merges = t.f.merges.filter((m) => !intersecte(m, z));
        t.f.merges.push(z);
        for (let r = z.top; r <= z.bottom; r++) {
          for (let c = z.left; c <= z.right; c++) {
            if (r !== z.top || c !== z.left) ecrireEntree(cellule(t.f, r, c), "");
          }
        }
      }
      this.context.hote.marquer(t.f, t.z);
    });
  }

  unmerge(): void {
    enfilerAppel(this.context, "unmerge", [], () => {
      const t = this._cibleObligatoire();
      t.f.merges = t.f.merges.filter((m) => !intersecte(m, t.z));
    });
  }

  select(): void {
    enfilerAppel(this.context, "select", [], () => {
      const t = this._cibleObligatoire();
      selectionner(this.context, t.f.id, [t.z]);
    });
  }
}

/** Sélection : seulement sur la feuille active au début du sync (sinon peu fiable, #5118). */
export function selectionner(ctx: ContexteBase, sheetId: string, zones: CellRange[]): void {
  if (ctx.activeAuDebut !== sheetId) {
    throw erreur(
      "InvalidOperation",
      "select() sur une feuille qui n'était pas active au début du lot : activez-la, synchronisez, puis sélectionnez.",
    );
  }
  ctx.hote.modele.selection = { sheetId, ranges: zones.map((z) => ({ ...z })) };
}
