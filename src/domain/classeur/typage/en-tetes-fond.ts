import { cellule } from "../cellule";
import type { SheetSnapshot } from "../snapshot";
import type { IndexFusions } from "./fusions";

/**
 * En-têtes sur fond de saisie : au moins deux textes en gras, sans formule, de même remplissage,
 * qui couvrent à eux tous au moins 3 cellules d'une même ligne (en-têtes de colonnes) ou d'une même
 * colonne (en-têtes de lignes d'un tableau transposé), fusions d'une ligne ou d'une colonne
 * comprises. Un bloc fusionné sur plusieurs lignes et colonnes (encart) n'en est jamais un.
 *
 * Rend les positions (rang dans la plage utilisée, ligne par ligne) des ancres retenues.
 */
export function enTetesSurFond(sheet: SheetSnapshot, index: IndexFusions): Set<number> {
  const out = new Set<number>();
  const bold = sheet.bold;
  if (!bold) return out;
  type Groupe = { positions: number[]; n: number };
  const parLigne = new Map<string, Groupe>();
  const parColonne = new Map<string, Groupe>();
  const noter = (m: Map<string, Groupe>, k: string, p: number, n: number) => {
    let e = m.get(k);
    if (!e) m.set(k, (e = { positions: [], n: 0 }));
    e.positions.push(p);
    e.n += n;
  };
  const { row: r0, col: c0 } = sheet.origin;
  for (let i = 0; i < sheet.rowCount; i++) {
    const gras = bold[i];
    if (!gras) continue;
    for (let j = 0; j < sheet.columnCount; j++) {
      if (gras[j] !== true) continue;
      const row = r0 + i;
      const col = c0 + j;
      if (index.couvrante(row, col)) continue;
      const c = cellule(sheet, row, col);
      const texte = typeof c.value === "string" && c.value.trim() !== "";
      if (!texte || c.formula !== null || !c.fill) continue;
      const z = index.ancre(row, col) ?? { top: row, left: col, bottom: row, right: col };
      // Un bloc fusionné sur plusieurs lignes et colonnes est un encart, pas un en-tête.
      if (z.bottom > z.top && z.right > z.left) continue;
      const p = i * sheet.columnCount + j;
      noter(parLigne, `${row}|${c.fill}`, p, z.right - z.left + 1);
      noter(parColonne, `${col}|${c.fill}`, p, z.bottom - z.top + 1);
    }
  }
  for (const m of [parLigne, parColonne]) {
    for (const e of m.values())
      if (e.n >= 3 && e.positions.length >= 2) e.positions.forEach((p) => out.add(p));
  }
  return out;
}
