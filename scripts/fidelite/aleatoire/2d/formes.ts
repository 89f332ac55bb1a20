import type { Grille, Paire } from "./grille";
import { AGREGES_ALEATOIRES, type IndicateurAleatoire } from "./parametres";

/**
 * Les formes de l'onglet 2-D (variantes-structure.md §4) écrites par une `Grille` : bloc par
 * indicateur (ESMS en lignes, ou en colonnes comme le modèle), bloc par ESMS, matrice indicateurs ×
 * ESMS (un groupe fusionné par ESMS au-dessus de Numérateur / Dénominateur / Taux), tableau secteur
 * / catégorie / organisme. Chaque fonction rend la première ligne libre après ce qu'elle a écrit.
 */

export interface EsmsAleatoire {
  readonly finess: string;
  readonly nom: string;
}

export interface Contexte2D {
  readonly g: Grille;
  readonly c0: number;
  readonly esms: readonly EsmsAleatoire[];
  readonly inds: readonly IndicateurAleatoire[];
  readonly valeur: (id: string, esms: number) => Paire;
  readonly deuxNiveaux: boolean;
}

export function blocLignes(x: Contexte2D, r0: number): number {
  const { g, c0 } = x;
  let r = r0;
  for (const ind of x.inds) {
    g.libelle(r, c0, ind.titre, { gras: true, colonnes: 5 });
    if (!x.deuxNiveaux) {
      g.libelle(r + 1, c0, `Numérateur : ${ind.numerateur}`, { colonnes: 5 });
      g.libelle(r + 2, c0, `Dénominateur : ${ind.denominateur}`, { colonnes: 5 });
      r += 2;
    }
    const h = r + 1;
    ["N° FINESS", "Établissement ou service", "Numérateur", "Dénominateur", "Taux"].forEach(
      (t, k) => g.libelle(h, c0 + k, t, { gras: true }),
    );
    x.esms.forEach((e, j) => {
      const l = h + 1 + j;
      g.libelle(l, c0, e.finess);
      g.libelle(l, c0 + 1, e.nom);
      g.paire(ind.id, e.finess, x.valeur(ind.id, j), [l, c0 + 2], [l, c0 + 3], [l, c0 + 4]);
    });
    r = h + x.esms.length + 2;
  }
  return r;
}

export function blocColonnes(x: Contexte2D, r0: number): number {
  const { g, c0 } = x;
  let r = r0;
  if (x.deuxNiveaux) {
    // Une seule ligne de noms d'ESMS en tête, au-dessus de tous les blocs.
    x.esms.forEach((e, j) => g.libelle(r, c0 + 2 + j, e.nom, { gras: true }));
    r += 1;
  }
  for (const ind of x.inds) {
    g.libelle(r, c0, ind.titre, { gras: true, colonnes: 2 });
    if (!x.deuxNiveaux) x.esms.forEach((e, j) => g.libelle(r, c0 + 2 + j, e.nom, { gras: true }));
    g.libelle(r + 1, c0, `Numérateur : ${ind.numerateur}`, { colonnes: 2 });
    g.libelle(r + 2, c0, `Dénominateur : ${ind.denominateur}`, { colonnes: 2 });
    g.libelle(r + 3, c0, "Taux", { gras: true, colonnes: 2 });
    x.esms.forEach((e, j) => {
      const c = c0 + 2 + j;
      g.paire(ind.id, e.finess, x.valeur(ind.id, j), [r + 1, c], [r + 2, c], [r + 3, c]);
    });
    r += 5;
  }
  return r;
}

export function blocEsms(x: Contexte2D, r0: number): number {
  const { g, c0 } = x;
  let r = r0;
  x.esms.forEach((e, j) => {
    g.libelle(r, c0, `${e.nom} — ${e.finess}`, { gras: true, colonnes: 4 });
    ["Indicateur", "Numérateur", "Dénominateur", "Taux"].forEach((t, k) =>
      g.libelle(r + 1, c0 + k, t, { gras: true }),
    );
    x.inds.forEach((ind, i) => {
      const l = r + 2 + i;
      g.libelle(l, c0, ind.titre);
      g.paire(ind.id, e.finess, x.valeur(ind.id, j), [l, c0 + 1], [l, c0 + 2], [l, c0 + 3]);
    });
    r += x.inds.length + 3;
  });
  return r;
}

export function matrice(x: Contexte2D, r0: number): number {
  const { g, c0 } = x;
  g.libelle(r0, c0, "Indicateur", { gras: true, lignes: 2 });
  x.esms.forEach((e, j) => {
    const c = c0 + 1 + 3 * j;
    g.libelle(r0, c, e.nom, { gras: true, colonnes: 3 });
    ["Numérateur", "Dénominateur", "Taux"].forEach((t, k) =>
      g.libelle(r0 + 1, c + k, t, { gras: true }),
    );
  });
  x.inds.forEach((ind, i) => {
    const l = r0 + 2 + i;
    g.libelle(l, c0, ind.titre);
    x.esms.forEach((e, j) => {
      const c = c0 + 1 + 3 * j;
      g.paire(ind.id, e.finess, x.valeur(ind.id, j), [l, c], [l, c + 1], [l, c + 2]);
    });
  });
  return r0 + x.inds.length + 3;
}

/** Tableau secteur / catégorie / organisme ; `valeur(id)` : la paire de l'agrégat. */
export function agreges(g: Grille, c0: number, r0: number, valeur: (id: string) => Paire): number {
  g.libelle(r0, c0, "Indicateurs par secteur, par catégorie et pour l'organisme", { gras: true });
  const h = r0 + 1;
  g.libelle(h, c0, "Indicateur", { gras: true, colonnes: 2 });
  ["Périmètre", "Numérateur", "Dénominateur", "Résultat"].forEach((t, k) =>
    g.libelle(h, c0 + 2 + k, t, { gras: true }),
  );
  AGREGES_ALEATOIRES.forEach(([id, titre, perimetre], i) => {
    const l = h + 1 + i;
    g.libelle(l, c0, titre, { colonnes: 2 });
    g.libelle(l, c0 + 2, perimetre);
    g.paire(id, perimetre, valeur(id), [l, c0 + 3], [l, c0 + 4], [l, c0 + 5]);
  });
  return h + AGREGES_ALEATOIRES.length + 2;
}
