import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { a1, ENTETE, lettre, Page, type Contexte, type Valeur } from "../contexte";
import { BAPC, e3, EXERCICES, LIGNES_E3, RESERVES_E2, RESULTATS_E1 } from "../financier-donnees";
import { ANNEE, type Esms } from "../organisme";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police, type Bleu } from "../styles";
import { n, somme } from "./calculs";
import { RATIOS } from "./ratios-e3";
import { ecrireE4E5E6 } from "./financier-2e-suite";

/**
 * Annexe 2-E — diagnostic budgétaire et financier : six tableaux repérés par leur titre (E1
 * résultats par autorité, E2 réserves, E3 bilan et compte de résultat avec ratios calculés, puis
 * E4 départs en retraite, E5 effectifs, E6 frais de siège). Colonnes des exercices : D, E, F.
 */

export const BLEU_2E: Bleu = BLEUS.themeAccent5;
export type Valeurs2E = Record<string, Record<string, Valeur>>;

const entete = ENTETE;
const libelle = { bordure: true, retour: true };

/** Bandeau de titre d'un tableau (une ligne, un seul libellé). */
export function titreTableau(p: Page, row: number, texte: string, fin = "L"): void {
  p.texte(a1(1, row), texte, {
    fusion: `A${row}:${fin}${row}`,
    police: police.section,
    fond: COULEURS.section,
    bordure: true,
  });
  p.hauteur(row, 20);
}

/** Ligne d'en-têtes : [colonne de début, texte, colonne de fin ?]. */
export function entetes(
  p: Page,
  row: number,
  cellules: readonly (readonly [number, string, number?])[],
): void {
  for (const [c, t, f] of cellules)
    p.texte(a1(c, row), t, { ...entete, ...(f ? { fusion: `${a1(c, row)}:${a1(f, row)}` } : {}) });
  p.hauteur(row, 32);
}

function e1(p: Page, debut: number, v: Valeurs2E, esms: readonly Esms[], facteur: number): number {
  titreTableau(
    p,
    debut,
    "Tableau E1 — Résultats cumulés par autorité de tarification (résultat comptable de l'exercice, en euros)",
  );
  entetes(p, debut + 1, [
    [1, "Autorité de tarification", 3],
    ...EXERCICES.map((x, i) => [4 + i, x] as const),
    [7, "Cumul 3 ans"],
  ]);
  let row = debut + 2;
  const premiere = row;
  const ecrire = (texte: string, montants: readonly number[], total: boolean) => {
    p.texte(a1(1, row), texte, {
      ...libelle,
      fusion: `A${row}:C${row}`,
      ...(total ? { police: police.grasse, fond: COULEURS.enTete } : {}),
    });
    const lus: Valeur[] = EXERCICES.map((ex, i) => {
      const cle = `2e/e1/${texte}|${ex}`;
      const col = lettre(4 + i);
      return total
        ? p.calcul(
            `${col}${row}`,
            cle,
            `SUM(${col}${premiere}:${col}${premiere + 2})`,
            somme(RESULTATS_E1.map(([t]) => v[t]?.[ex] ?? null)),
            { format: FORMATS.euros, police: police.grasse },
          )
        : p.saisie(`${col}${row}`, cle, montants[i] ?? null, {
            bleu: BLEU_2E,
            format: FORMATS.euros,
          });
    });
    v[texte] = Object.fromEntries(EXERCICES.map((ex, i) => [ex, lus[i] ?? null]));
    p.calcul(`G${row}`, `2e/e1/${texte}|Cumul 3 ans`, `SUM(D${row}:F${row})`, somme(lus), {
      format: FORMATS.euros,
      police: police.grasse,
    });
    row++;
  };
  for (const [texte, montants] of RESULTATS_E1) ecrire(texte, montants, false);
  ecrire("Total organisme", [], true);
  ecrire(
    "Budget annexe de production et de commercialisation des ESAT (hors tarification)",
    BAPC,
    false,
  );
  row++;
  if (facteur <= 1) return row;
  // Classeur agrandi : détail des résultats par établissement (long tableau).
  p.texte(a1(1, row), "Détail des résultats comptables par établissement", {
    fusion: `A${row}:G${row}`,
    police: police.grasse,
  });
  row++;
  entetes(p, row, [
    [1, "N° FINESS"],
    [2, "Établissement", 3],
    ...EXERCICES.map((x, i) => [4 + i, x] as const),
  ]);
  row++;
  for (const e of esms) {
    p.prerempli(a1(1, row), undefined, e.finess, { format: FORMATS.texte });
    p.prerempli(a1(2, row), undefined, e.nom, { fusion: `B${row}:C${row}` });
    EXERCICES.forEach((ex, i) => {
      const t = tirage(`2e/detail/${e.finess}/${ex}`);
      p.saisie(a1(4 + i, row), `2e/detail/${e.finess}|${ex}`, t.entier(-60, 90) * 1000, {
        bleu: BLEU_2E,
        format: FORMATS.euros,
      });
    });
    row++;
  }
  return row + 1;
}

function e2(p: Page, debut: number, v: Valeurs2E): number {
  titreTableau(
    p,
    debut,
    `Tableau E2 — Réserves et provisions au 31/12/${ANNEE - 1} par autorité de tarification (en euros)`,
  );
  const colonnes = ["ARS", "Département", "Conjointe", "Total"];
  entetes(p, debut + 1, [
    [1, "Réserves et provisions", 2],
    [3, "Comptes"],
    ...colonnes.map((c, i) => [4 + i, c] as const),
  ]);
  let row = debut + 2;
  const premiere = row;
  for (const [texte, comptes, ...montants] of RESERVES_E2) {
    p.texte(a1(1, row), texte, { ...libelle, fusion: `A${row}:B${row}` });
    p.texte(a1(3, row), comptes, { ...libelle, horizontal: "center", police: police.note });
    const lus = montants.map((m, i) =>
      p.saisie(a1(4 + i, row), `2e/e2/${texte}|${colonnes[i]}`, m, {
        bleu: BLEU_2E,
        format: FORMATS.euros,
      }),
    );
    const total = p.calcul(`G${row}`, `2e/e2/${texte}|Total`, `SUM(D${row}:F${row})`, somme(lus), {
      format: FORMATS.euros,
      police: police.grasse,
    });
    v[texte] = {
      ARS: lus[0] ?? null,
      Département: lus[1] ?? null,
      Conjointe: lus[2] ?? null,
      Total: total,
    };
    row++;
  }
  p.texte(a1(1, row), "Total", {
    ...libelle,
    fusion: `A${row}:C${row}`,
    police: police.grasse,
    fond: COULEURS.enTete,
  });
  colonnes.forEach((c, i) => {
    const col = lettre(4 + i);
    p.calcul(
      `${col}${row}`,
      `2e/e2/Total|${c}`,
      `SUM(${col}${premiere}:${col}${row - 1})`,
      somme(RESERVES_E2.map(([t]) => v[t]?.[c] ?? null)),
      { format: FORMATS.euros, police: police.grasse },
    );
  });
  return row + 2;
}

function e3Tableau(p: Page, debut: number, v: Valeurs2E): number {
  titreTableau(
    p,
    debut,
    "Tableau E3 — Indicateurs financiers sur 3 exercices (bilan financier et compte de résultat consolidés de l'organisme)",
  );
  entetes(p, debut + 1, [
    [1, "Code"],
    [2, "Libellé"],
    [3, "Comptes indicatifs"],
    ...EXERCICES.map((x, i) => [4 + i, x] as const),
  ]);
  let row = debut + 2;
  const lignes: Record<string, number> = {};
  const sousTitre = (t: string) => {
    p.texte(a1(1, row), t, {
      fusion: `A${row}:F${row}`,
      police: { ...police.grasse, italic: true },
      bordure: true,
    });
    row++;
  };
  sousTitre("Bilan financier (au 31/12 de l'exercice)");
  for (const [code, texte, comptes] of LIGNES_E3) {
    if (code === "C1") sousTitre("Compte de résultat");
    p.texte(a1(1, row), code, { ...libelle, horizontal: "center", police: police.grasse });
    p.texte(a1(2, row), texte, libelle);
    p.texte(a1(3, row), comptes, { ...libelle, police: police.note });
    if (texte.length > 62 || comptes.length > 20) p.hauteur(row, 26);
    lignes[code] = row;
    v[code] = {};
    EXERCICES.forEach((ex, i) => {
      (v[code] as Record<string, Valeur>)[ex] = p.saisie(
        a1(4 + i, row),
        `2e/e3/${texte}|${ex}`,
        e3(i)[code] ?? null,
        { bleu: BLEU_2E, format: FORMATS.euros },
      );
    });
    row++;
  }
  sousTitre("Indicateurs calculés (ne pas modifier)");
  for (const [cle, texte, format, formule, cache] of RATIOS) {
    p.texte(a1(2, row), texte, { ...libelle, police: police.grasse });
    p.texte(a1(1, row), "", libelle);
    p.texte(a1(3, row), "", libelle);
    lignes[cle] = row;
    v[cle] = {};
    EXERCICES.forEach((ex, i) => {
      const col = lettre(4 + i);
      const x = (code: string) => n(v[code]?.[ex] ?? null);
      (v[cle] as Record<string, Valeur>)[ex] = p.calcul(
        `${col}${row}`,
        `2e/e3/${texte}|${ex}`,
        formule((c) => `${col}${lignes[c]}`),
        cache(x),
        { format, police: police.grasse },
      );
    });
    row++;
  }
  return row + 1;
}

export function ecrire2E(ctx: Contexte, wb: ExcelJS.Workbook, esms: readonly Esms[]): Valeurs2E {
  const ws = wb.addWorksheet("2-E Financier", {
    views: [{ showGridLines: false, state: "frozen", ySplit: 2 }],
    properties: { tabColor: { argb: "FF2E75B6" } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([7, 58, 17, 14, 14, 14, 14, 14, 14, 14, 14, 14]);
  p.bandeau("Annexe 2-E — Diagnostic budgétaire et financier", "A1:L1");
  p.texte(
    "A2",
    "Montants en euros. Joindre le bilan financier consolidé de l'organisme, le bilan par financeur des établissements du CPOM et le PGFP de l'année de négociation.",
    { fusion: "A2:L2", police: police.note },
  );
  const v: Valeurs2E = {};
  let row = e1(p, 4, v, esms, ctx.o.facteur);
  row = e2(p, row, v);
  ws.getRow(row - 1).addPageBreak();
  row = e3Tableau(p, row, v);
  ws.getRow(row - 1).addPageBreak();
  ecrireE4E5E6(p, row, v, esms);
  miseEnPage(ws, "Annexe 2-E", "1:2");
  return v;
}
