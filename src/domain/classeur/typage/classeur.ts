import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { etalonnage, type Etalonnage } from "./etalonnage";
import { typerFeuille, type TypageFeuille } from "./typer";

/**
 * Typage d'un classeur : la légende est cherchée une fois, chaque feuille typée une fois, au
 * premier besoin, et partagée par tous les consommateurs de la même analyse (même instantané).
 */

export interface TypageClasseur {
  readonly etalonnage: Etalonnage;
  feuille(sheet: SheetSnapshot): TypageFeuille;
}

const caches = new WeakMap<WorkbookSnapshot, TypageClasseur>();

export function typerClasseur(snapshot: WorkbookSnapshot): TypageClasseur {
  const deja = caches.get(snapshot);
  if (deja) return deja;
  const et = etalonnage(snapshot);
  const feuilles = new Map<string, TypageFeuille>();
  const typage: TypageClasseur = {
    etalonnage: et,
    feuille(sheet) {
      const vu = feuilles.get(sheet.id);
      if (vu) return vu;
      const pastilles = new Set(
        et.pastilles.filter((p) => p.sheetId === sheet.id).map((p) => `${p.row}:${p.col}`),
      );
      const t = typerFeuille(sheet, {
        etalon: et.etalon,
        exclue: et.exclue,
        calcul: et.calcul,
        pastilles,
      });
      feuilles.set(sheet.id, t);
      return t;
    },
  };
  caches.set(snapshot, typage);
  return typage;
}
