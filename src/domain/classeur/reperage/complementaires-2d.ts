import type { Complementaires2D } from "../modele";
import { vues } from "../tableaux/vue";
import { assembler, type Bloc2D } from "./2d/assembler";
import { avertir2D } from "./2d/avertissements";
import { lireLignes2D } from "./2d/lignes";
import { paires } from "./2d/paires";
import { titreDePaire } from "./2d/titre";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";

/**
 * 2-D (modèle §5.11, variantes de structure §4) : les indicateurs sont lus par leurs paires
 * d'en-têtes « Numérateur » / « Dénominateur » (et « Taux »), dans les deux orientations de la
 * feuille, quelle que soit la forme : un bloc par indicateur (un périmètre par ligne ou par
 * colonne), un bloc par ESMS, une matrice indicateurs × ESMS, un tableau secteur / catégorie /
 * organisme. Aucune position, aucun ordre, aucune orientation n'est supposé.
 */

/** Blocs lus d'une orientation. */
function blocsDe(f: Feuille): Bloc2D[] {
  const out: Bloc2D[] = [];
  for (const v of vues(f)) {
    const ps = paires(v);
    for (const p of ps) {
      const suivantes = new Set(
        ps.filter((q) => q.e > p.e && q.m0 <= p.m1 && q.m1 >= p.m0).map((q) => q.e),
      );
      const lues = lireLignes2D(v, p, (e) => suivantes.has(e));
      if (lues.lignes.length === 0) continue;
      out.push({ paire: p, titre: titreDePaire(v, p), lues, matrice: p.matrice });
    }
  }
  return out;
}

/** Clé d'une cellule : un nombre dans la grille d'Excel, un texte au-delà (jamais confondus). */
const cle = (l: { row: number; col: number }): number | string =>
  Number.isInteger(l.row) && Number.isInteger(l.col) && l.row >= 0 && l.col >= 0 && l.col < 2 ** 15
    ? l.row * 2 ** 15 + l.col
    : `${l.row}:${l.col}`;

/** Une cellule n'appartient qu'à un bloc : les blocs les plus longs d'abord. */
function sansDoublons(blocs: readonly Bloc2D[]): Bloc2D[] {
  const prises = new Set<number | string>();
  const out: Bloc2D[] = [];
  for (const b of [...blocs].sort((x, y) => y.lues.lignes.length - x.lues.lignes.length)) {
    const lignes = b.lues.lignes.filter(
      (l) => !prises.has(cle(l.numerateur.location)) && !prises.has(cle(l.denominateur.location)),
    );
    if (lignes.length === 0) continue;
    for (const l of lignes) {
      prises.add(cle(l.numerateur.location));
      prises.add(cle(l.denominateur.location));
    }
    out.push({ ...b, lues: { ...b.lues, lignes } });
  }
  const debut = (b: Bloc2D) => b.lues.lignes[0]?.numerateur.location ?? { row: 0, col: 0 };
  return out.sort((x, y) => debut(x).row - debut(y).row || debut(x).col - debut(y).col);
}

export function reperer2D(f: Feuille, avertir: Avertir): Complementaires2D {
  const blocs = sansDoublons(blocsDe(f));
  const indicateurs = assembler(blocs);
  const utilises = new Set<Libelle>(
    blocs.flatMap((b) => [b.paire.numerateur.libelle, ...b.titre.utilises]),
  );
  avertir2D(f, indicateurs, utilises, avertir);
  return { onglet: f.onglet, indicateurs };
}
