import { adresseA1, citerFeuille } from "../classeur/adresse";
import { cellule, estVide } from "../classeur/cellule";
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { MARQUEUR } from "../plan/garde";
import { nomDeFeuilleLibre } from "../plan/nom-feuille";
import type { PlanOperation, SheetRef } from "../plan/types";
import { compacter } from "./compacter";
import { impressionSuivi } from "./impression";
import {
  indicateursDesFiches,
  type IndicateurSuivi,
  type SuiviLu,
} from "../classeur/reperage/fiches/lire-suivi";
import {
  suiviDeToutesLesFeuilles,
  type RepereDesGenerees,
} from "../classeur/reperage/fiches/localiser-fiches";
import type { CelluleFiche, FicheLue } from "../classeur/reperage/fiches/lire-fiche";
import type { CleListe } from "./listes";
import { COULEURS } from "../classeur/catalogue/fiches/modele-fiche";
import {
  colonnesSuivi,
  LIGNES_RESERVE,
  NOM_SUIVI,
  NOTE_SUIVI,
  TITRE_SUIVI,
  type ColonneSuivi,
} from "../classeur/catalogue/fiches/modele-suivi";

/**
 * Tableau de suivi : création (feuille neuve, mise en forme complète) ou complément d'un suivi
 * existant (lignes des indicateurs absents, dans des cellules vides, sans toucher au reste).
 */

/** Formules d'une ligne (colonne → formule), `null` pour les colonnes sans formule. */
function formulesLigne(
  cols: readonly ColonneSuivi[],
  position: (cle: string) => number | undefined,
  row: number,
  ind: IndicateurSuivi,
): Map<number, string> {
  const res = new Map<number, string>();
  const a = (cle: string) => adresseA1(row, position(cle) ?? 0);
  const lien = (c: CelluleFiche | undefined) => {
    if (!c) return null;
    const ref = `${citerFeuille(ind.fiche.nom)}!${adresseA1(c.location.row, c.location.col)}`;
    return `=IF(${ref}="","",${ref})`;
  };
  for (const c of cols) {
    const j = position(c.cle);
    if (j === undefined) continue;
    const n = c.nature;
    const f =
      n.kind === "champ"
        ? lien(ind.fiche.champs[n.champ])
        : n.kind === "indicateur"
          ? lien(ind.ligne.cellules[n.colonne])
          : n.kind === "calcul"
            ? n.formule(a)
            : null;
    if (f) res.set(j, f);
  }
  return res;
}

function ecrireLigne(
  ref: SheetRef,
  row: number,
  cleCol: number,
  ind: IndicateurSuivi,
  f: Map<number, string>,
) {
  const ops: PlanOperation[] = [
    { kind: "setValues", sheet: ref, row, col: cleCol, values: [[ind.cle]] },
  ];
  for (const [col, formule] of [...f.entries()].sort((x, y) => x[0] - y[0]))
    ops.push({ kind: "setFormulas", sheet: ref, row, col, formulas: [[formule]] });
  return ops;
}

export interface OptionsSuivi {
  readonly annee?: number;
  readonly bleu: string;
  readonly source: (cle: CleListe) => string;
  /** Noms de feuilles ajoutées par le même plan. */
  readonly nomsPris: readonly string[];
}

/**
 * Opérations pour que le suivi couvre tous les indicateurs des fiches (vide si rien à ajouter). Le
 * suivi existant est celui du repère de `snapshot` s'il est donné (`suiviDeToutesLesFeuilles`).
 */
export function planSuivi(
  snapshot: WorkbookSnapshot,
  fiches: readonly FicheLue[],
  o: OptionsSuivi,
  repere?: RepereDesGenerees,
): PlanOperation[] {
  const indicateurs = indicateursDesFiches(fiches);
  const lu = suiviDeToutesLesFeuilles(snapshot, repere);
  const sheet = lu && snapshot.sheets.find((s) => s.id === lu.sheetId);
  if (lu && sheet) return completerSuivi(sheet, lu, indicateurs, o);
  if (indicateurs.length === 0) return [];
  const nom = nomDeFeuilleLibre(NOM_SUIVI, [...snapshot.sheets.map((s) => s.name), ...o.nomsPris]);
  return compacter(creerSuivi(nom, indicateurs, o), nom);
}

function completerSuivi(
  sheet: SheetSnapshot,
  lu: SuiviLu,
  indicateurs: readonly IndicateurSuivi[],
  o: OptionsSuivi,
): PlanOperation[] {
  const presentes = new Set(lu.lignes.map((l) => l.cle));
  const manquants = indicateurs.filter((i) => !presentes.has(i.cle));
  const cols = colonnesSuivi(o.annee);
  const ref: SheetRef = { sheetId: sheet.id };
  const ops: PlanOperation[] = [];
  let row = Math.max(lu.enTete, ...lu.lignes.map((l) => l.row)) + 1;
  for (const ind of manquants) {
    for (; ; row++) {
      const f = formulesLigne(cols, (c) => lu.colonnes.get(c), row, ind);
      const cibles = [lu.colonnes.get("cle") ?? 0, ...f.keys()];
      const libre = cibles.every((j) => {
        const c = cellule(sheet, row, j);
        return estVide(c) && c.formula === null;
      });
      if (!libre) continue;
      ops.push(...ecrireLigne(ref, row, lu.colonnes.get("cle") ?? 0, ind, f));
      row++;
      break;
    }
  }
  return ops;
}

function creerSuivi(
  nom: string,
  indicateurs: readonly IndicateurSuivi[],
  o: OptionsSuivi,
): PlanOperation[] {
  const cols = colonnesSuivi(o.annee);
  const ref: SheetRef = { newSheet: nom };
  const derniere = cols.length - 1;
  const position = (cle: string) => {
    const j = cols.findIndex((c) => c.cle === cle);
    return j < 0 ? undefined : j;
  };
  const enTete = 3;
  const debut = enTete + 1;
  const fin = debut + indicateurs.length + LIGNES_RESERVE - 1;
  const z = (top: number, left: number, bottom: number, right: number): CellRange => ({
    top,
    left,
    bottom,
    right,
  });
  const ops: PlanOperation[] = [
    { kind: "addSheet", name: nom, tabColor: COULEURS.titre },
    ...cols.map((c, col): PlanOperation => ({
      kind: "setColumnWidth",
      sheet: ref,
      col,
      widthPt: c.largeur,
    })),
    { kind: "setValues", sheet: ref, row: 0, col: 0, values: [[TITRE_SUIVI]] },
    { kind: "merge", sheet: ref, range: z(0, 0, 0, derniere) },
    {
      kind: "setFormat",
      sheet: ref,
      range: z(0, 0, 0, derniere),
      format: { fill: COULEURS.titre, fontColor: COULEURS.blanc, bold: true, fontSize: 14 },
    },
    { kind: "setRowHeight", sheet: ref, row: 0, heightPt: 30 },
    { kind: "setValues", sheet: ref, row: 1, col: 0, values: [[NOTE_SUIVI]] },
    { kind: "merge", sheet: ref, range: z(1, 0, 1, derniere) },
    {
      kind: "setFormat",
      sheet: ref,
      range: z(1, 0, 1, derniere),
      format: { italic: true, wrapText: true, fontColor: COULEURS.note },
    },
    { kind: "setRowHeight", sheet: ref, row: 1, heightPt: 30 },
    { kind: "setValues", sheet: ref, row: enTete, col: 0, values: [cols.map((c) => c.titre)] },
    {
      kind: "setFormat",
      sheet: ref,
      range: z(enTete, 0, enTete, derniere),
      format: {
        bold: true,
        fill: COULEURS.entete,
        borders: "thin",
        wrapText: true,
        horizontalAlignment: "Center",
        verticalAlignment: "Center",
      },
    },
    { kind: "setRowHeight", sheet: ref, row: enTete, heightPt: 45 },
    impressionSuivi(ref, enTete),
  ];
  cols.forEach((c, j) => {
    const n = c.nature;
    const saisie = n.kind === "saisie" || n.kind === "statut";
    ops.push({
      kind: "setFormat",
      sheet: ref,
      range: z(debut, j, fin, j),
      format: {
        fill: saisie ? o.bleu : COULEURS.sousBloc,
        borders: "thin",
        wrapText: true,
        verticalAlignment: "Top",
        ...(saisie ? { locked: false } : {}),
        ...(n.kind === "calcul"
          ? { numberFormat: n.format }
          : n.kind === "saisie" && n.format
            ? { numberFormat: n.format }
            : {}),
        ...(n.kind === "cle" ? { fontColor: COULEURS.note, fontSize: 8 } : {}),
      },
    });
    if (n.kind === "statut")
      ops.push({
        kind: "addListValidation",
        sheet: ref,
        range: z(debut, j, fin, j),
        source: o.source("statuts"),
      });
  });
  indicateurs.forEach((ind, i) => {
    const row = debut + i;
    ops.push(...ecrireLigne(ref, row, 0, ind, formulesLigne(cols, position, row, ind)));
  });
  for (let row = debut; row <= fin; row++)
    ops.push({
      kind: "setRowHeight",
      sheet: ref,
      row,
      heightPt: row < debut + indicateurs.length ? 48 : 30,
    });
  for (const cle of ["taux-mi", "taux-fin"]) {
    const j = position(cle) ?? 0;
    const a = adresseA1(debut, j);
    const regle = (cond: string, fill: string) =>
      ops.push({
        kind: "addConditionalFormat",
        sheet: ref,
        range: z(debut, j, fin, j),
        formula: `=AND(ISNUMBER(${a}),${cond},N("${MARQUEUR}")=0)`,
        fill,
      });
    regle(`${a}>=1`, "C6EFCE");
    regle(`${a}>=0.5,${a}<1`, "FFEB9C");
    regle(`${a}<0.5`, "FFC7CE");
  }
  return ops;
}
