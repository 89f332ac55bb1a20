import { citerFeuille, lettresColonne } from "../classeur/adresse";
import { cellule, estVide } from "../classeur/cellule";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { nomDeFeuilleLibre } from "../plan/nom-feuille";
import type { PlanOperation, SheetRef, WriteValue } from "../plan/types";
import {
  CONCERNE,
  FREQUENCES,
  ORIENTATIONS_PRS,
  SENS,
  STATUTS_SUIVI,
  UNITES,
} from "./referentiels";
import type { CleListe } from "../classeur/catalogue/fiches/modele-fiche";
import { AXES, OBJECTIF_SPECIFIQUE, OBJECTIFS_SOCLE } from "../classeur/catalogue/fiches/socle";

/**
 * Feuille masquée « Listes » : une liste par colonne (titre en ligne 1, valeurs dessous), source de
 * toutes les listes déroulantes (une liste en ligne est coupée aux virgules). Une feuille « Listes »
 * existante est réutilisée si elle est compatible (on n'écrit que dans ses cellules vides) ; sinon
 * une nouvelle « Listes des fiches » est ajoutée.
 */

export type { CleListe };

interface DeclarationListe {
  readonly cle: CleListe;
  readonly titre: string;
  /** Modifiable par l'utilisateur : jamais comparée, seulement initialisée si la colonne est vide. */
  readonly modifiable: boolean;
  /** Lignes de réserve incluses dans la source (listes modifiables). */
  readonly reserve: number;
}

export const LISTES: readonly DeclarationListe[] = [
  { cle: "axes", titre: "Axes stratégiques", modifiable: false, reserve: 0 },
  { cle: "objectifs", titre: "Objectifs minimaux", modifiable: false, reserve: 0 },
  { cle: "prs", titre: "Orientations du PRS", modifiable: true, reserve: 15 },
  { cle: "unites", titre: "Unités", modifiable: false, reserve: 0 },
  { cle: "sens", titre: "Sens d'amélioration", modifiable: false, reserve: 0 },
  { cle: "frequences", titre: "Fréquences", modifiable: false, reserve: 0 },
  { cle: "statuts", titre: "Statuts de suivi", modifiable: false, reserve: 0 },
  { cle: "concerne", titre: "Concerné", modifiable: false, reserve: 0 },
  { cle: "esms", titre: "ESMS concernés", modifiable: true, reserve: 10 },
];

export const NOM_LISTES = "Listes";
/**
 * Nom pris quand « Listes » existe déjà et ne convient pas (celle du modèle de Diagnostic) :
 * jamais « Listes (2) », que la reconnaissance des onglets prendrait pour un axe 2.
 */
export const NOM_LISTES_FICHES = "Listes des fiches";

export function valeursListe(cle: CleListe, esms: readonly { nom: string }[]): readonly string[] {
  switch (cle) {
    case "axes":
      return AXES.map((a) => a.libelle);
    case "objectifs":
      return [...OBJECTIFS_SOCLE.map((o) => o.libelle), OBJECTIF_SPECIFIQUE];
    case "prs":
      return ORIENTATIONS_PRS;
    case "unites":
      return UNITES;
    case "sens":
      return SENS;
    case "frequences":
      return FREQUENCES;
    case "statuts":
      return STATUTS_SUIVI;
    case "concerne":
      return CONCERNE;
    case "esms":
      return ["Tous", ...esms.map((e) => e.nom)];
  }
}

const memeTexte = (a: unknown, b: string) =>
  normaliserTexte(String(a), { garderNumerotation: true }) ===
  normaliserTexte(b, { garderNumerotation: true });

interface Colonne {
  readonly ecrire: readonly WriteValue[];
  readonly longueur: number;
}

/** Ce qu'il faut écrire dans la colonne `col` de `sheet` (absente : feuille neuve), ou `null`. */
function colonne(
  sheet: SheetSnapshot | undefined,
  col: number,
  d: DeclarationListe,
  valeurs: readonly string[],
): Colonne | null {
  const lire = (row: number) => (sheet ? cellule(sheet, row, col) : undefined);
  const vide = (row: number) => {
    const c = lire(row);
    return !c || (estVide(c) && c.formula === null);
  };
  const titre = lire(0);
  if (titre && !vide(0) && !memeTexte(titre.value, d.titre)) return null;
  const hauteur = valeurs.length + d.reserve;
  if (d.modifiable && titre && !vide(0)) {
    let n = 0;
    while (!vide(n + 1)) n++;
    return { ecrire: [], longueur: Math.max(n, valeurs.length) + d.reserve };
  }
  if (d.modifiable) {
    for (let r = 1; r <= hauteur; r++) if (!vide(r)) return null;
  }
  const ecrire: WriteValue[] = [vide(0) ? d.titre : null];
  for (let i = 0; i < valeurs.length; i++) {
    const v = valeurs[i] ?? "";
    if (vide(i + 1)) ecrire.push(v);
    else if (memeTexte(lire(i + 1)?.value, v)) ecrire.push(null);
    else return null;
  }
  return { ecrire, longueur: hauteur };
}

export interface ListesPreparees {
  /** Nom de la feuille des listes retenue. */
  readonly nom: string;
  readonly operations: readonly PlanOperation[];
  /** Source d'une validation : « =Listes!$C$2:$C$21 ». */
  source(cle: CleListe): string;
}

const estNomListes = (nom: string) => /^listes(?: des fiches)?(?: \(\d+\))?$/i.test(nom.trim());

export function preparerListes(
  snapshot: WorkbookSnapshot,
  esms: readonly { nom: string }[],
  nomsPris: readonly string[] = [],
): ListesPreparees {
  const essayer = (sheet: SheetSnapshot | undefined) => {
    const cols = LISTES.map((d, j) => colonne(sheet, j, d, valeursListe(d.cle, esms)));
    return cols.every((c) => c !== null) ? (cols as Colonne[]) : null;
  };
  const candidates = snapshot.sheets.filter((s) => estNomListes(s.name));
  for (const sheet of candidates) {
    const cols = essayer(sheet);
    if (cols) return prepare(sheet.name, { sheetId: sheet.id }, cols, []);
  }
  const noms = [...snapshot.sheets.map((s) => s.name), ...nomsPris];
  const pris = noms.some((n) => n.toLowerCase() === NOM_LISTES.toLowerCase());
  const nom = nomDeFeuilleLibre(pris ? NOM_LISTES_FICHES : NOM_LISTES, noms);
  const cols = essayer(undefined) as Colonne[];
  const ref: SheetRef = { newSheet: nom };
  const mise: PlanOperation[] = [
    { kind: "addSheet", name: nom, visibility: "Hidden" },
    {
      kind: "setFormat",
      sheet: ref,
      range: { top: 0, left: 0, bottom: 0, right: LISTES.length - 1 },
      format: { bold: true, fill: "E7E6E6", wrapText: true },
    },
    ...LISTES.map((_, j): PlanOperation => ({
      kind: "setColumnWidth",
      sheet: ref,
      col: j,
      widthPt: 180,
    })),
  ];
  return prepare(nom, ref, cols, mise);
}

function prepare(
  nom: string,
  ref: SheetRef,
  cols: readonly Colonne[],
  avant: PlanOperation[],
): ListesPreparees {
  const ops: PlanOperation[] = [avant[0]].filter((o): o is PlanOperation => o !== undefined);
  cols.forEach((c, j) => {
    if (c.ecrire.some((v) => v !== null))
      ops.push({ kind: "setValues", sheet: ref, row: 0, col: j, values: c.ecrire.map((v) => [v]) });
  });
  ops.push(...avant.slice(1));
  const feuille = citerFeuille(nom);
  return {
    nom,
    operations: ops,
    source(cle) {
      const j = LISTES.findIndex((d) => d.cle === cle);
      const c = cols[j];
      const l = lettresColonne(j);
      const fin = Math.max(1, c?.longueur ?? 1) + 1;
      return `=${feuille}!$${l}$2:$${l}$${fin}`;
    },
  };
}
