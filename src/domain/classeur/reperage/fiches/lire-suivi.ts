import { cellule, limites } from "../../cellule";
import type { SheetSnapshot } from "../../snapshot";
import { normaliserTexte } from "../../texte";
import { texteDe, type FicheLue, type LigneTableau } from "./lire-fiche";
import { cleLigne, colonnesSuivi } from "../../catalogue/fiches/modele-suivi";

/** Lecture d'un tableau de suivi existant et des indicateurs des fiches qui doivent y figurer. */

export interface SuiviLu {
  readonly sheetId: string;
  readonly nom: string;
  readonly enTete: number;
  /** Clé de colonne → index de colonne (repéré par le titre). */
  readonly colonnes: ReadonlyMap<string, number>;
  readonly lignes: readonly { readonly row: number; readonly cle: string }[];
}

const norm = (s: string) => normaliserTexte(s);

/** Repère un tableau de suivi par ses en-têtes (« Clé », « Indicateur », « Statut »…). */
export function lireSuivi(sheet: SheetSnapshot): SuiviLu | null {
  const { lastRow, lastCol } = limites(sheet);
  const attendues = colonnesSuivi().filter((c) => !/^r\d$/.test(c.cle));
  for (let r = sheet.origin.row; r <= Math.min(lastRow, sheet.origin.row + 20); r++) {
    const titres = Array.from({ length: lastCol + 1 }, (_, j) =>
      norm(texteDe(cellule(sheet, r, j))),
    );
    const colonnes = new Map<string, number>();
    for (const c of attendues) {
      const j = titres.indexOf(norm(c.titre));
      if (j >= 0) colonnes.set(c.cle, j);
    }
    if (!colonnes.has("cle") || !colonnes.has("statut") || !colonnes.has("taux-fin")) continue;
    titres.forEach((t, j) => {
      const k = /^realise(?: annee)? ?(\d+)$/.exec(t);
      if (k) colonnes.set(`r${[...colonnes.keys()].filter((x) => /^r\d$/.test(x)).length + 1}`, j);
    });
    const cj = colonnes.get("cle") ?? 0;
    const lignes: { row: number; cle: string }[] = [];
    for (let row = r + 1; row <= lastRow; row++) {
      const k = texteDe(cellule(sheet, row, cj));
      if (k) lignes.push({ row, cle: k });
    }
    return { sheetId: sheet.id, nom: sheet.name, enTete: r, colonnes, lignes };
  }
  return null;
}

export interface IndicateurSuivi {
  readonly cle: string;
  readonly fiche: FicheLue;
  readonly ligne: LigneTableau;
}

/** Indicateurs de suivi et d'évaluation renseignés (libellé non vide) de chaque fiche. */
export function indicateursDesFiches(fiches: readonly FicheLue[]): IndicateurSuivi[] {
  return fiches.flatMap((fiche) =>
    fiche.tableaux.indicateurs
      .filter((l) => texteDe(l.cellules["indicateur"]?.cellule) !== "")
      .map((ligne) => ({ cle: cleLigne(fiche.numero, ligne.numero), fiche, ligne })),
  );
}
