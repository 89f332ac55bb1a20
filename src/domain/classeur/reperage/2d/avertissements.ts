import { adresseA1 } from "../../adresse";
import type { Indicateur2D } from "../../modele";
import { normaliserTexte } from "../../texte";
import type { Feuille, Libelle } from "../feuille";
import type { Avertir } from "../localiser-types";
import { INTITULES_2D, reconnaitreIntitule2D } from "./intitules";
import { role2D } from "./roles";

/**
 * 2-D : ce que le repérage n'a pas pu lire, dit précisément (jamais d'échec silencieux) : libellés
 * de numérateur rattachés à aucun bloc, intitulés non reconnus, périmètres sans identité,
 * indicateurs du modèle absents, et les formes essayées quand rien n'est trouvé.
 */

export const FORMES_ESSAYEES =
  "un bloc par indicateur, un bloc par ESMS, une matrice indicateurs × ESMS, un tableau par périmètre, chacun avec les ESMS en lignes ou en colonnes";

const ou = (l: { row: number; col: number }) => adresseA1(l.row, l.col);

export function avertir2D(
  f: Feuille,
  indicateurs: readonly Indicateur2D[],
  utilises: ReadonlySet<Libelle>,
  avertir: Avertir,
): void {
  if (indicateurs.length === 0) {
    avertir(
      `2-D : aucun indicateur trouvé — cherché : des en-têtes « Numérateur » et « Dénominateur » voisins sur une même ligne ou une même colonne, suivis de valeurs (formes essayées : ${FORMES_ESSAYEES}).`,
    );
  }
  const orphelins = f.libelles().filter((l) => role2D(l.norm) === "numerateur" && !utilises.has(l));
  for (const l of orphelins.slice(0, 5)) {
    avertir(
      `2-D : le libellé « ${l.texte.trim()} » (${ou(l)}) n'appartient à aucun bloc lu : pas de « Dénominateur » à côté sur sa ligne ou sa colonne, ou pas de valeurs sous la paire.`,
    );
  }
  for (const ind of indicateurs) {
    const ici = ind.location ? ` (${ou(ind.location)})` : "";
    if (!ind.intitule) {
      avertir(`2-D : un bloc${ici} n'a pas d'intitulé lisible ; son taux est calculé sans seuil.`);
    } else if (!reconnaitreIntitule2D(normaliserTexte(ind.intitule))) {
      avertir(
        `2-D : l'indicateur « ${ind.intitule} »${ici} ne correspond à aucun indicateur du modèle : son taux est calculé sans seuil.`,
      );
    }
    const sans = ind.colonnes.filter((c) => !c.perimetre);
    if (sans.length > 0 && ind.colonnes.length > 1) {
      avertir(
        `2-D : « ${ind.intitule} » : ${sans.length} périmètre(s) sans FINESS, nom d'ESMS ni libellé (numérateur en ${sans.map((c) => ou(c.numerateur.location)).join(", ")}).`,
      );
    }
  }
  if (indicateurs.length === 0) return;
  const trouves = new Set(
    indicateurs.map((i) => reconnaitreIntitule2D(normaliserTexte(i.intitule))?.id).filter((x) => x),
  );
  const absents = INTITULES_2D.filter((d) => !trouves.has(d.id)).map((d) => d.libelle);
  if (absents.length > 0) {
    avertir(
      `2-D : indicateurs du modèle non trouvés dans l'onglet (cherchés par leur intitulé dans chaque bloc numérateur / dénominateur) : ${absents.join(" ; ")}.`,
    );
  }
}
