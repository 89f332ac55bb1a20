import type { DiagnosticRepere, LigneCreton, LigneEsms } from "../classeur/modele";
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

export function lignesCreton(repere: DiagnosticRepere): LigneCretonLue[] {
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

/** Colonne 2-D de l'indicateur Creton pour un ESMS : numérateur (Creton) et dénominateur (effectif). */
export function creton2D(repere: DiagnosticRepere, esms: LigneEsms) {
  for (const ind of repere.complementaires2d?.indicateurs ?? []) {
    if (reconnaitre2D(normaliserTexte(ind.intitule))?.id !== "compl.creton") continue;
    const c = ind.colonnes.find(
      (x) => trouverEsms(repere.annexe1, x.perimetre, x.perimetre) === esms,
    );
    if (c) return { creton: nombre(c.numerateur), effectif: nombre(c.denominateur), colonne: c };
  }
  return undefined;
}
