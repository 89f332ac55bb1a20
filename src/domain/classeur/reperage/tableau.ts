import type { Cellule } from "../cellule";
import type { CellRange } from "../snapshot";
import { affecter, type Definition } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";

/**
 * Tableaux repérés par leur ligne d'en-têtes (un ensemble de libellés de colonnes), puis lus ligne
 * par ligne jusqu'à la première ligne vide ou une ligne « Total » (modèle du classeur, §2).
 */

export interface ColonneRepere {
  readonly cle: string;
  /** Texte d'origine de l'en-tête. */
  readonly libelle: string;
  /** Colonnes couvertes par l'en-tête (sa fusion). */
  readonly zone: CellRange;
  readonly confiance: number;
}

export interface EnTetes {
  readonly row: number;
  /** Dernière ligne de l'en-tête (fusions verticales comprises). */
  readonly bas: number;
  readonly colonnes: readonly ColonneRepere[];
  readonly gauche: number;
  readonly droite: number;
}

export interface OptionsEnTetes {
  /** Nombre minimal de colonnes reconnues. */
  readonly min: number;
  /** Au moins une de ces clés doit être reconnue. */
  readonly requises?: readonly string[];
  readonly lignes?: { readonly de: number; readonly a: number };
}

function colonne(l: Libelle, cle: string, confiance: number): ColonneRepere {
  return { cle, libelle: l.texte, zone: l.zone, confiance };
}

/** Toutes les lignes d'en-têtes de la feuille (de haut en bas) pour ces définitions. */
export function trouverEnTetes(
  f: Feuille,
  definitions: readonly Definition[],
  o: OptionsEnTetes,
): EnTetes[] {
  const out: EnTetes[] = [];
  const de = o.lignes?.de ?? f.premiereLigne;
  const a = o.lignes?.a ?? f.derniereLigne;
  for (let row = de; row <= a; row++) {
    const libs = f.libellesLigne(row);
    if (libs.length < o.min) continue;
    const aff = affecter(libs, definitions);
    if (aff.length < o.min) continue;
    if (o.requises && !aff.some((x) => o.requises?.includes(x.definition.cle))) continue;
    const colonnes = aff
      .map((x) => colonne(x.libelle, x.definition.cle, x.confiance))
      .sort((x, y) => x.zone.left - y.zone.left);
    out.push({
      row,
      bas: Math.max(...libs.map((l) => l.zone.bottom)),
      colonnes,
      gauche: Math.min(...libs.map((l) => l.zone.left)),
      droite: Math.max(...libs.map((l) => l.zone.right)),
    });
  }
  return out;
}

/** Cellule d'une ligne sous un en-tête : la première bleue de la zone, sinon son ancre gauche. */
export function celluleSous(f: Feuille, row: number, zone: CellRange): Cellule {
  for (let col = zone.left; col <= zone.right; col++) {
    const c = f.ancre(row, col);
    if (c.col === col && f.estBleue(c)) return c;
  }
  return f.ancre(row, zone.left);
}

/** Vrai si la ligne porte, dans les colonnes données, un libellé qui commence par « total ». */
export function estLigneTotal(f: Feuille, row: number, gauche: number, droite: number): boolean {
  return f
    .libellesLigne(row)
    .some(
      (l) => l.zone.left <= droite && l.zone.right >= gauche && /^(sous )?total\b/.test(l.norm),
    );
}

export interface LignesLues {
  readonly lignes: readonly number[];
  readonly total?: number;
  /** Première ligne après le tableau. */
  readonly fin: number;
}

/**
 * Lignes de données sous un en-tête : jusqu'à la première ligne vide (ni valeur ni bleu dans les
 * colonnes du tableau), une ligne « Total » (retenue à part) ou `arret(row)`.
 */
export function lireLignes(
  f: Feuille,
  t: Pick<EnTetes, "bas" | "gauche" | "droite">,
  arret: (row: number) => boolean = () => false,
): LignesLues {
  const lignes: number[] = [];
  let row = t.bas + 1;
  for (; row <= f.derniereLigne; row++) {
    if (f.ligneVide(row, t.gauche, t.droite) || arret(row)) break;
    if (estLigneTotal(f, row, t.gauche, t.droite)) return { lignes, total: row, fin: row + 1 };
    lignes.push(row);
  }
  return { lignes, fin: row };
}
