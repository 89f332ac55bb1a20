import { adresseA1 } from "../classeur/adresse";
import { cellule, limites } from "../classeur/cellule";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { typerClasseur, type TypageFeuille } from "../classeur/typage";
import type { OngletReconnu, TypeOnglet } from "../classeur/types-onglet";
import { valeurRelue, type ValeurRelue } from "./valeur";
import { voisinage, type Voisinage } from "./voisinage";

/**
 * Les valeurs pré-renseignées par l'ARS (ou le Département) d'un classeur, chacune avec son
 * identité : (type d'onglet, ESMS, mesure). L'ESMS est le FINESS de la ligne (ou de la colonne),
 * à défaut le libellé de la ligne ; la mesure est l'en-tête de la colonne (ou le libellé de la
 * ligne d'un tableau transposé). L'adresse n'en fait jamais partie : une ligne insérée ne crée pas
 * de fausse différence. Les cellules viennent du typage (« pre-rempli », et les textes sur fond
 * pré-rempli d'une ligne d'ESMS), pas du repérage : une zone encore inconnue du repérage est lue.
 */

export interface ValeurPrerenseignee {
  /** Identité stable : `type|esms|mesure`, suivie de `#n` pour la n-ième homonyme. */
  readonly cle: string;
  readonly typeOnglet: TypeOnglet;
  readonly sheetId: string;
  readonly onglet: string;
  readonly row: number;
  readonly col: number;
  /** Adresse A1 dans ce classeur. */
  readonly cellule: string;
  /** FINESS de l'ESMS, sinon libellé de la ligne (texte d'origine). */
  readonly esms: string;
  /** Nom de l'ESMS pour l'affichage (le FINESS s'il n'y en a pas). */
  readonly esmsLibelle: string;
  /** En-tête de la mesure (texte d'origine). */
  readonly mesure: string;
  readonly valeur: ValeurRelue;
}

/** Onglets qui ne portent pas de valeurs de l'ARS. */
const SANS_PRERENSEIGNEES: ReadonlySet<TypeOnglet> = new Set([
  "inconnu",
  "fiche-objectif",
  "suivi-objectifs",
]);

function candidate(typage: TypageFeuille, v: Voisinage, row: number, col: number): boolean {
  const type = typage.type(row, col);
  const fondPrerempli = typage.couleur(row, col) === "pre-rempli";
  const retenue =
    type === "pre-rempli" ||
    (fondPrerempli && (type === "libelle" || type === "calcul") && !!v.finessLigne(row));
  if (!retenue) return false;
  if (v.finessLigne(row)?.col === col) return false;
  return !v.estColonneIdentite(row, col);
}

interface Brute extends Omit<ValeurPrerenseignee, "cle"> {
  readonly base: string;
}

function identite(v: Voisinage, row: number, col: number) {
  const f = v.finessLigne(row);
  if (f)
    return { esms: f.finess, esmsLibelle: v.nomLigne(row) || f.finess, mesure: v.entete(row, col) };
  const fc = v.finessColonne(row, col);
  if (fc) return { esms: fc, esmsLibelle: fc, mesure: v.libelleLigne(row, col) };
  const ligne = v.libelleLigne(row, col);
  return { esms: ligne, esmsLibelle: ligne, mesure: v.entete(row, col) };
}

function collecterFeuille(sheet: SheetSnapshot, typage: TypageFeuille, type: TypeOnglet): Brute[] {
  const v = voisinage(sheet, typage);
  const { lastRow, lastCol } = limites(sheet);
  const out: Brute[] = [];
  // Cellules couvertes par une fusion (hors ancre), en clé numérique (ligne × largeur + colonne,
  // largeur au-delà de la dernière colonne d'Excel : une fusion hors de la plage ne déborde pas).
  const largeur = 16_385;
  const couvertes = new Set<number>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) couvertes.add(r * largeur + c);
  for (let row = sheet.origin.row; row <= lastRow; row++) {
    for (let col = sheet.origin.col; col <= lastCol; col++) {
      if (couvertes.has(row * largeur + col) || !candidate(typage, v, row, col)) continue;
      const valeur = valeurRelue(cellule(sheet, row, col).value);
      const id = identite(v, row, col);
      if (valeur === null && (!id.esms || !id.mesure)) continue;
      out.push({
        base: `${type}|${normaliserTexte(id.esms)}|${normaliserTexte(id.mesure)}`,
        typeOnglet: type,
        sheetId: sheet.id,
        onglet: sheet.name,
        row,
        col,
        cellule: adresseA1(row, col),
        ...id,
        valeur,
      });
    }
  }
  return out;
}

/** Toutes les valeurs pré-renseignées du classeur, en ordre de lecture (onglets, lignes, colonnes). */
export function collecterPrerenseignees(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
): ValeurPrerenseignee[] {
  const typage = typerClasseur(snapshot);
  const rangs = new Map<string, number>();
  const out: ValeurPrerenseignee[] = [];
  for (const o of onglets) {
    if (SANS_PRERENSEIGNEES.has(o.type)) continue;
    const sheet = snapshot.sheets.find((s) => s.id === o.sheetId);
    if (!sheet) continue;
    for (const { base, ...b } of collecterFeuille(sheet, typage.feuille(sheet), o.type)) {
      const rang = (rangs.get(base) ?? 0) + 1;
      rangs.set(base, rang);
      out.push({ ...b, cle: rang === 1 ? base : `${base}#${rang}` });
    }
  }
  return out;
}
