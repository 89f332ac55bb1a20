/**
 * Tenue de l'analyse quand le classeur grossit (issue 20) : pour chaque classeur, cellules et
 * temps médian rapportés au classeur 1×, et objectifs (10× ≤ 60 ms, 30× ≤ 200 ms, temps 10× / 1× ≤
 * 1,2 × cellules 10× / 1×).
 */

export interface LigneCroissance {
  readonly classeur: string;
  readonly cellules: number;
  readonly analyseMs: number;
  readonly ratioCellules: number;
  readonly ratioTemps: number;
  /** ratioTemps / ratioCellules : 1 = linéaire. */
  readonly pente: number;
  readonly objectifMs: number | null;
  readonly tenu: boolean | null;
}

const OBJECTIFS_MS: Readonly<Record<string, number>> = { "exemple-10x": 60, "exemple-30x": 200 };
export const PENTE_MAX = 1.2;

const r2 = (x: number) => Math.round(x * 100) / 100;

export function croissance(
  lignes: readonly { classeur: string; cellules: number; analyseMs: number }[],
): LigneCroissance[] {
  const base = lignes[0];
  if (!base) return [];
  return lignes.map((l) => {
    const ratioCellules = r2(l.cellules / base.cellules);
    const ratioTemps = base.analyseMs > 0 ? r2(l.analyseMs / base.analyseMs) : 0;
    const pente = ratioCellules > 0 ? r2(ratioTemps / ratioCellules) : 0;
    const objectifMs = OBJECTIFS_MS[l.classeur] ?? null;
    const tenu =
      l === base ? null : pente <= PENTE_MAX && (objectifMs === null || l.analyseMs <= objectifMs);
    return { ...l, ratioCellules, ratioTemps, pente, objectifMs, tenu };
  });
}
