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
    const valeurs = sheet.values[i];
    const formules = sheet.formulas[i];
    const fonds = sheet.fills[i];
    for (let j = 0; j < sheet.columnCount; j++) {
      if (gras[j] !== true) continue;
      const row = r0 + i;
      const col = c0 + j;
      if (index.couvrante(row, col)) continue;
      // La cellule lue dans les tableaux de la ligne (comme `cellule(sheet, row, col)`), sans objet.
      const value = valeurs?.[j] ?? "";
      const fill = fonds?.[j] ?? null;
      const texte = typeof value === "string" && value.trim() !== "";
      if (!texte || (formules?.[j] ?? null) !== null || !fill) continue;
      // Étendue de la fusion dont la cellule est l'ancre (la cellule seule sinon).
      const z = index.ancre(row, col);
      const largeur = z ? z.right - z.left + 1 : 1;
      const hauteur = z ? z.bottom - z.top + 1 : 1;
      // Un bloc fusionné sur plusieurs lignes et colonnes est un encart, pas un en-tête.
      if (hauteur > 1 && largeur > 1) continue;
      const p = i * sheet.columnCount + j;
      noter(parLigne, `${row}|${fill}`, p, largeur);
      noter(parColonne, `${col}|${fill}`, p, hauteur);
    }
  }
  for (const m of [parLigne, parColonne]) {
    for (const e of m.values())
      if (e.n >= 3 && e.positions.length >= 2) e.positions.forEach((p) => out.add(p));
  }
  return out;
}
