import type { Colonne2D, DiagnosticRepere, LigneCreton, LigneEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { reconnaitre2D } from "../indicateurs/reconnaissance-2d";
import { trouverEsms } from "../indicateurs/esms";
import { nombre, texte } from "./esms";

/** Lecture partagée de 2-F et des effectifs de 2-D pour les contrôles Creton et de cohérence. */

export interface LigneCretonLue {
  readonly ligne: LigneCreton;
  readonly nom: string;
  readonly esms?: LigneEsms;
  /** Somme des cellules renseignées (`null` : aucune). */
  readonly total: number | null;
  readonly internat: number | null;
}

function somme(valeurs: readonly (number | null)[]): number | null {
  const n = valeurs.filter((x): x is number => x !== null);
  return n.length === 0 ? null : n.reduce((a, b) => a + b, 0);
}

/**
 * Lectures mémorisées par modèle repéré (un modèle n'est jamais modifié après le repérage) : six
 * contrôles Creton et deux de cohérence lisent les mêmes lignes et la même colonne 2-D par ESMS.
 */
const lignesLues = new WeakMap<DiagnosticRepere, LigneCretonLue[]>();
const colonnes2D = new WeakMap<DiagnosticRepere, Map<LigneEsms, Creton2D>>();

export function lignesCreton(repere: DiagnosticRepere): LigneCretonLue[] {
  let l = lignesLues.get(repere);
  if (!l) {
    l = lire(repere);
    lignesLues.set(repere, l);
  }
  return l;
}

function lire(repere: DiagnosticRepere): LigneCretonLue[] {
  return (repere.creton2f?.lignes ?? []).map((ligne) => {
    const finess = texte(ligne.finess);
    const nomLu = texte(ligne.nom);
    const esms = trouverEsms(repere.annexe1, finess, nomLu);
    return {
      ligne,
      nom: nomLu || (esms ? texte(esms.champs.nom) : "") || finess || `ligne ${ligne.row + 1}`,
      ...(esms ? { esms } : {}),
      total: somme(ligne.valeurs.map((v) => nombre(v.champ))),
      internat: somme(
        ligne.valeurs.filter((v) => v.mode === "internat").map((v) => nombre(v.champ)),
      ),
    };
  });
}

export interface Creton2D {
  readonly creton: number | null;
  readonly effectif: number | null;
  readonly colonne: Colonne2D;
}

/** Colonne 2-D de l'indicateur Creton pour un ESMS : numérateur (Creton) et dénominateur (effectif). */
export function creton2D(repere: DiagnosticRepere, esms: LigneEsms): Creton2D | undefined {
  let m = colonnes2D.get(repere);
  if (!m) {
    m = parEsms(repere);
    colonnes2D.set(repere, m);
  }
  return m.get(esms);
}

/** Pour chaque ESMS, la première colonne qui le désigne dans le premier indicateur Creton qui en a une. */
function parEsms(repere: DiagnosticRepere): Map<LigneEsms, Creton2D> {
  const m = new Map<LigneEsms, Creton2D>();
  for (const ind of repere.complementaires2d?.indicateurs ?? []) {
    if (reconnaitre2D(normaliserTexte(ind.intitule))?.id !== "compl.creton") continue;
    for (const c of ind.colonnes) {
      const esms = trouverEsms(repere.annexe1, c.perimetre, c.perimetre);
      if (!esms || m.has(esms)) continue;
      m.set(esms, { creton: nombre(c.numerateur), effectif: nombre(c.denominateur), colonne: c });
    }
  }
  return m;
}
