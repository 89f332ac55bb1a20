import type { CellRange, SheetVisibility } from "../../domain/classeur/snapshot";
import { zonesDeAdresse } from "./adresses-office";

/** Ce que la sync 1 apprend d'une feuille (sans contenu de cellules). */
export interface StructureFeuille {
  readonly feuille: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: SheetVisibility;
  readonly protected: boolean;
  /** Plage utilisée (sans `valuesOnly`) ou `null` pour une feuille vide. */
  readonly used: { row: number; col: number; rows: number; cols: number } | null;
  readonly merges: CellRange[];
  readonly zonesValidation: CellRange[];
  readonly mfc: Excel.ConditionalFormatCollection | null;
}

interface Enfile {
  feuille: Excel.Worksheet;
  used: Excel.Range;
  fusions: Excel.RangeAreas | null;
  validations: Excel.RangeAreas;
}

/**
 * Sync 1 (mise en file) : feuilles par chaînage `getFirst` / `getNextOrNullObject` — la liste
 * n'est pas connue avant un `sync`, ce chaînage permet de demander aussi, dans le même lot,
 * plage utilisée, protection, fusions, zones validées et règles de MFC de chaque feuille.
 */
export function enfilerStructure(
  ctx: Excel.RequestContext,
  depart: Excel.Worksheet | null,
  nombre: number,
  fusions: boolean,
): Enfile[] {
  const res: Enfile[] = [];
  let f = depart ?? ctx.workbook.worksheets.getFirst();
  for (let i = 0; i < nombre; i++) {
    if (i > 0 || depart) f = f.getNextOrNullObject();
    f.load("id,name,position,visibility");
    f.protection.load("protected");
    const used = f.getUsedRangeOrNullObject();
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const zf = fusions ? used.getMergedAreasOrNullObject() : null;
    zf?.load("address");
    const validations = used.getSpecialCellsOrNullObject("DataValidations");
    validations.load("address");
    used.conditionalFormats.load("items/type");
    res.push({ feuille: f, used, fusions: zf, validations });
  }
  return res;
}

/** Après la sync 1 : structures des feuilles non nulles, et « la chaîne continue-t-elle ? ». */
export function lireStructure(enfile: Enfile[]): { feuilles: StructureFeuille[]; suite: boolean } {
  const feuilles: StructureFeuille[] = [];
  for (const e of enfile) {
    if (e.feuille.isNullObject) return { feuilles, suite: false };
    const u = e.used.isNullObject ? null : e.used;
    feuilles.push({
      feuille: e.feuille,
      id: e.feuille.id,
      name: e.feuille.name,
      position: e.feuille.position,
      visibility: e.feuille.visibility as SheetVisibility,
      protected: e.feuille.protection.protected,
      used: u
        ? { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount }
        : null,
      merges: e.fusions && !e.fusions.isNullObject ? zonesDeAdresse(e.fusions.address) : [],
      zonesValidation: e.validations.isNullObject ? [] : zonesDeAdresse(e.validations.address),
      mfc: u ? u.conditionalFormats : null,
    });
  }
  return { feuilles, suite: true };
}
