import type { CellRange } from "../classeur/snapshot";
import type { CellFormat, PlanOperation, SheetRef, WriteValue } from "../plan/types";
import { impressionFiche } from "./impression";
import type { CleListe } from "./listes";
import {
  CHAMPS_CONTEXTE,
  CHAMPS_IDENTIFICATION,
  CHAMPS_MOYENS,
  CHAMPS_PIED,
  COULEURS,
  type DeclarationChamp,
  type DeclarationTableau,
  DERNIERE_COLONNE,
  ENTETES_SERAFIN,
  LARGEURS_FICHE,
  MENTION,
  SECTIONS,
  TABLEAUX,
  TITRE_SERAFIN,
  titreFiche,
  type CleChamp,
} from "../classeur/catalogue/fiches/modele-fiche";
import { BESOINS_SERAFIN } from "./referentiels";
import type { IndicateurPropose } from "../classeur/catalogue/fiches/socle";

/** Contenu d'une fiche à générer (tout est modifiable ensuite par l'organisme). */
export interface DonneesFiche {
  readonly numero: string;
  readonly intitule: string;
  /** Libellé de l'axe (liste « Axes stratégiques »). */
  readonly axe: string;
  /** Libellé de l'objectif minimal (liste « Objectifs minimaux »). */
  readonly objectif: string;
  readonly esms: string;
  /** Constats pré-remplis ; `null` = cellule laissée vide. */
  readonly constats: string | null;
  readonly besoins: readonly string[];
  readonly indicateurs: readonly IndicateurPropose[];
}

/** Ce qu'il faut pour écrire : la feuille visée, les sources de listes, le bleu de saisie. */
export interface Cible {
  readonly sheet: SheetRef;
  readonly source: (cle: CleListe) => string;
  readonly bleu: string;
}

const zone = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});

/** Points par ligne de texte (police 11) et largeur moyenne d'un caractère, arrondies au large. */
const POINTS_PAR_LIGNE = 15;
const POINTS_PAR_CARACTERE = 6;
/** Hauteur de ligne maximale d'Excel. */
const HAUTEUR_MAX = 409;

/**
 * Hauteur d'un champ : la hauteur déclarée, agrandie pour que tout le texte pré-rempli se lise
 * (constats de plusieurs puces) sans qu'il faille redimensionner la ligne.
 */
export function hauteurChamp(declaree: number, v: WriteValue, largeurPt: number): number {
  if (typeof v !== "string" || v === "") return declaree;
  const parLigne = Math.max(1, Math.floor(largeurPt / POINTS_PAR_CARACTERE));
  const lignes = v.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / parLigne)), 0);
  return Math.min(HAUTEUR_MAX, Math.max(declaree, lignes * POINTS_PAR_LIGNE + 6));
}

const LARGEUR_SAISIE = LARGEURS_FICHE.slice(2).reduce((a, b) => a + b, 0);

/** Accumulateur d'opérations, ligne après ligne. */
class Feuille {
  readonly ops: PlanOperation[] = [];
  row = 0;
  constructor(readonly c: Cible) {}
  valeur(row: number, col: number, v: WriteValue) {
    if (v !== null && v !== "")
      this.ops.push({ kind: "setValues", sheet: this.c.sheet, row, col, values: [[v]] });
  }
  format(range: CellRange, format: CellFormat) {
    this.ops.push({ kind: "setFormat", sheet: this.c.sheet, range, format });
  }
  fusion(range: CellRange) {
    if (range.left !== range.right || range.top !== range.bottom)
      this.ops.push({ kind: "merge", sheet: this.c.sheet, range });
  }
  hauteur(heightPt: number) {
    this.ops.push({ kind: "setRowHeight", sheet: this.c.sheet, row: this.row, heightPt });
  }
  liste(range: CellRange, cle: CleListe) {
    this.ops.push({
      kind: "addListValidation",
      sheet: this.c.sheet,
      range,
      source: this.c.source(cle),
    });
  }
  saisie(range: CellRange, o: { format?: string; liste?: CleListe } = {}) {
    this.format(range, {
      fill: this.c.bleu,
      borders: "thin",
      wrapText: true,
      verticalAlignment: "Top",
      locked: false,
      ...(o.format ? { numberFormat: o.format } : {}),
    });
    if (o.liste) this.liste(range, o.liste);
  }
  /** Bandeau sur toute la largeur (titre ou section). */
  bandeau(texte: string, fill: string, fontSize: number, hauteur: number) {
    const z = zone(this.row, 0, this.row, DERNIERE_COLONNE);
    this.valeur(this.row, 0, texte);
    this.fusion(z);
    this.format(z, {
      fill,
      fontColor: COULEURS.blanc,
      bold: true,
      fontSize,
      verticalAlignment: "Center",
    });
    this.hauteur(hauteur);
    this.row++;
  }
  note(texte: string) {
    const z = zone(this.row, 0, this.row, DERNIERE_COLONNE);
    this.valeur(this.row, 0, texte);
    this.fusion(z);
    this.format(z, { italic: true, fontColor: COULEURS.note, wrapText: true, fontSize: 9 });
    this.row++;
  }
  vide() {
    this.row++;
  }
  /** Libellé en B, saisie fusionnée C:H. */
  champ(d: DeclarationChamp, v: WriteValue) {
    this.valeur(this.row, 1, d.libelle);
    this.format(zone(this.row, 1), {
      bold: d.obligatoire,
      wrapText: true,
      verticalAlignment: "Top",
      borders: "thin",
      fill: COULEURS.sousBloc,
    });
    const z = zone(this.row, 2, this.row, DERNIERE_COLONNE);
    // Format (texte « @ » pour le numéro) avant la valeur : « 1.1 » ne doit pas devenir un nombre.
    this.fusion(z);
    this.saisie(z, d);
    this.valeur(this.row, 2, v);
    this.hauteur(hauteurChamp(d.hauteur, v, LARGEUR_SAISIE));
    this.row++;
  }
  entetes(cellules: readonly { titre: string; de: number; a: number }[]) {
    for (const c of cellules) {
      const z = zone(this.row, c.de, this.row, c.a);
      this.valeur(this.row, c.de, c.titre);
      this.fusion(z);
    }
    this.format(zone(this.row, 0, this.row, DERNIERE_COLONNE), {
      bold: true,
      fill: COULEURS.entete,
      borders: "thin",
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
    });
    this.hauteur(30);
    this.row++;
  }
}

function tableau(f: Feuille, t: DeclarationTableau, lignes: readonly (readonly WriteValue[])[]) {
  f.bandeau(t.section, COULEURS.section, 12, 22);
  f.note(t.consigne);
  f.entetes([{ titre: "N°", de: 0, a: 0 }, ...t.colonnes]);
  const debut = f.row;
  const fin = debut + t.lignes - 1;
  // Un format (et une validation) par colonne sur tout le corps du tableau ; fusions ligne à ligne.
  f.format(zone(debut, 0, fin, 0), {
    fill: COULEURS.sousBloc,
    borders: "thin",
    horizontalAlignment: "Center",
    verticalAlignment: "Top",
  });
  for (const c of t.colonnes) f.saisie(zone(debut, c.de, fin, c.a), c);
  for (let i = 0; i < t.lignes; i++) {
    f.valeur(f.row, 0, i + 1);
    t.colonnes.forEach((c, j) => {
      f.valeur(f.row, c.de, lignes[i]?.[j] ?? null);
      f.fusion(zone(f.row, c.de, f.row, c.a));
    });
    f.hauteur(t.hauteur);
    f.row++;
  }
  f.vide();
}

function serafin(f: Feuille, besoins: readonly string[]) {
  f.bandeau(TITRE_SERAFIN, COULEURS.section, 11, 22);
  f.entetes([
    { titre: ENTETES_SERAFIN.code, de: 1, a: 1 },
    { titre: ENTETES_SERAFIN.besoin, de: 2, a: 6 },
    { titre: ENTETES_SERAFIN.concerne, de: 7, a: 7 },
  ]);
  for (const bloc of BESOINS_SERAFIN) {
    const z = zone(f.row, 1, f.row, DERNIERE_COLONNE);
    f.valeur(f.row, 1, `${bloc.code} ${bloc.libelle}`);
    f.fusion(z);
    f.format(z, { bold: true, italic: true, fill: COULEURS.sousBloc, borders: "thin" });
    f.row++;
    const debut = f.row;
    const fin = debut + bloc.besoins.length - 1;
    f.format(zone(debut, 1, fin, 6), { borders: "thin", wrapText: true });
    f.saisie(zone(debut, 7, fin, 7), { liste: "concerne" });
    f.format(zone(debut, 7, fin, 7), { horizontalAlignment: "Center" });
    for (const b of bloc.besoins) {
      f.valeur(f.row, 1, b.code);
      f.valeur(f.row, 2, b.libelle);
      f.fusion(zone(f.row, 2, f.row, 6));
      f.valeur(f.row, 7, besoins.includes(b.code) ? "X" : null);
      f.row++;
    }
  }
  f.vide();
}

/** Opérations d'écriture d'une fiche complète sur une feuille neuve. */
export function disposerFiche(d: DonneesFiche, cible: Cible): PlanOperation[] {
  const f = new Feuille(cible);
  LARGEURS_FICHE.forEach((widthPt, col) =>
    f.ops.push({ kind: "setColumnWidth", sheet: cible.sheet, col, widthPt }),
  );
  f.ops.push(impressionFiche(cible.sheet));
  f.bandeau(titreFiche(d.numero), COULEURS.titre, 14, 30);
  f.note(MENTION);
  f.vide();
  const valeurs: Partial<Record<CleChamp, WriteValue>> = {
    numero: d.numero,
    intitule: d.intitule,
    axe: d.axe,
    objectif: d.objectif,
    esms: d.esms,
    "constats-og": d.constats,
    version: "1",
  };
  const bloc = (titre: string, champs: readonly DeclarationChamp[]) => {
    f.bandeau(titre, COULEURS.section, 12, 22);
    for (const c of champs) f.champ(c, valeurs[c.cle] ?? null);
    f.vide();
  };
  bloc(SECTIONS.identification, CHAMPS_IDENTIFICATION);
  bloc(SECTIONS.contexte, CHAMPS_CONTEXTE);
  serafin(f, d.besoins);
  const [actions, indicateurs, interne] = TABLEAUX;
  if (actions) tableau(f, actions, []);
  if (indicateurs)
    tableau(
      f,
      indicateurs,
      d.indicateurs.map((i) => [i.libelle, i.mode, i.unite, i.sens]),
    );
  if (interne) tableau(f, interne, []);
  bloc(SECTIONS.moyens, CHAMPS_MOYENS);
  bloc(SECTIONS.pied, CHAMPS_PIED);
  f.note(MENTION);
  return f.ops;
}
