import ExcelJS from "exceljs";
import fc from "fast-check";
import { Hasard } from "../verite";
import { k, type Options2E, type Tableau2EAleatoire } from "./modele-2e";
import { contenu2E } from "./modele-2e-suite";

/**
 * Onglet 2-E aléatoire (variantes-structure.md §5) et sa vérité terrain, notée au moment de
 * l'écriture : tableaux dans n'importe quel ordre, libellés dans n'importe quelle colonne (avec ou
 * sans colonne de codes), exercices en colonnes ou en lignes, en-têtes d'années en texte ou en
 * nombre, données brutes avec ou sans ratios par formule, total tapé ou calculé, total déclaré.
 */

export interface MiseEnPage2E {
  readonly graine: number;
  readonly ordre: readonly number[];
  /** Par tableau : libellés de lignes en colonne (modèle) ou en ligne (transposé). */
  readonly transposes: readonly boolean[];
  readonly colonneLibelles: number;
  readonly codes: boolean;
  readonly anneesNombres: boolean;
  readonly options: Options2E;
}

export const miseEnPage2E: fc.Arbitrary<MiseEnPage2E> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  ordre: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
  transposes: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  colonneLibelles: fc.integer({ min: 1, max: 5 }),
  codes: fc.boolean(),
  anneesNombres: fc.boolean(),
  options: fc.record({
    prefixeExercice: fc.boolean(),
    ratios: fc.boolean(),
    totalTape: fc.boolean(),
    totalDeclare: fc.boolean(),
    semer: fc.boolean(),
  }),
});

export interface Verite2E {
  readonly onglet: string;
  readonly valeurs: readonly { tableau: string; ligne: string; colonne: string; cellule: string }[];
  readonly semees: readonly { controle: string; cellule: string }[];
  readonly attendus: Readonly<Record<string, number>>;
}

const SAISIE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const NOM = "Annexe 2-E";

/** Écrit un tableau à partir de la ligne `r` ; rend la ligne suivante libre. */
function ecrireTableau(
  ws: ExcelJS.Worksheet,
  t: Tableau2EAleatoire,
  m: MiseEnPage2E,
  transpose: boolean,
  r: number,
  noter: (ligne: string, colonne: string, a1: string) => void,
): number {
  const c0 = m.colonneLibelles;
  const codes = m.codes && t.cle === "e3-financier" && !transpose;
  const lc = codes ? c0 + 1 : c0;
  ws.mergeCells(r, c0, r, c0 + 3);
  ws.getCell(r, c0).value = t.titre;
  ws.getCell(r, c0).font = { bold: true };
  // (ligne, colonne) du modèle → (ligne, colonne) de la feuille.
  const ou = (i: number, j: number) =>
    transpose ? { row: r + 2 + j, col: lc + 1 + i } : { row: r + 2 + i, col: lc + 1 + j };
  const iL = new Map(t.lignes.map((l, i) => [l.cle, i]));
  const iC = new Map(t.colonnes.map((c, j) => [c.cle, j]));
  const ref = (l: string, c: string) => {
    const p = ou(iL.get(l) ?? 0, iC.get(c) ?? 0);
    return ws.getCell(p.row, p.col).address;
  };
  const enTete = (row: number, col: number, texte: string) => {
    const annee = /^(19|20)\d{2}$/.test(texte) && m.anneesNombres;
    ws.getCell(row, col).value = annee ? Number(texte) : texte;
    ws.getCell(row, col).font = { bold: true };
  };
  enTete(r + 1, lc, transpose ? "Rubrique" : "Libellé");
  if (codes) enTete(r + 1, c0, "Code");
  t.lignes.forEach((l, i) => {
    if (transpose) enTete(r + 1, lc + 1 + i, l.libelle);
    else ws.getCell(r + 2 + i, lc).value = l.libelle;
    if (codes) ws.getCell(r + 2 + i, c0).value = l.cle;
  });
  t.colonnes.forEach((c, j) => {
    if (transpose) enTete(r + 2 + j, lc, c.libelle);
    else enTete(r + 1, lc + 1 + j, c.libelle);
  });
  t.lignes.forEach((l, i) =>
    t.colonnes.forEach((c, j) => {
      const cel = t.cellules[k(l.cle, c.cle)];
      if (!cel) return;
      const p = ou(i, j);
      const x = ws.getCell(p.row, p.col);
      if (cel.formule) {
        x.value = {
          formula: cel.formule(ref),
          result: cel.resultat ?? 0,
        } as ExcelJS.CellFormulaValue;
      } else {
        x.value = cel.saisie ?? null;
        x.fill = SAISIE;
      }
      noter(l.cle, c.cle, x.address);
    }),
  );
  return r + 2 + (transpose ? t.colonnes.length : t.lignes.length) + 1;
}

export async function ecrireOnglet2E(
  m: MiseEnPage2E,
): Promise<{ buffer: Buffer; verite: Verite2E }> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(NOM);
  ws.getCell(1, 1).value = "Annexe 2-E — Diagnostic budgétaire et financier";
  const c = contenu2E(new Hasard(m.graine), m.options);
  const valeurs: Verite2E["valeurs"][number][] = [];
  const adresses = new Map<string, string>();
  let r = 3;
  for (const i of m.ordre) {
    const t = c.tableaux[i]!;
    r = ecrireTableau(ws, t, m, m.transposes[i] ?? false, r, (ligne, colonne, cellule) => {
      valeurs.push({ tableau: t.cle, ligne, colonne, cellule });
      adresses.set(`${t.cle}|${k(ligne, colonne)}`, cellule);
    });
  }
  const semees = c.semees.map((s) => ({
    controle: s.controle,
    cellule: adresses.get(`${s.tableau}|${k(s.ligne, s.colonne)}`) ?? "",
  }));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, verite: { onglet: NOM, valeurs, semees, attendus: c.attendus } };
}
