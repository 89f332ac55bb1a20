import type { Champ, Secteur } from "../modele";
import type { EntiteLue, TableauLu, Vue } from "../tableaux";
import { contientMots, normaliserTexte } from "../texte";
import { reconnaitreCategorie } from "../../valeurs/categorie";

/**
 * Secteur (enfance / adultes) d'une ligne d'ESMS de l'Annexe 1 : la colonne « Secteur » de la ligne
 * si elle existe (un seul tableau pour les deux secteurs), sinon le titre au-dessus du tableau,
 * sinon la catégorie déclarée des lignes (référentiel FINESS, `reconnaitreCategorie`), sinon le rang
 * du tableau. Jamais un sigle deviné dans un nom.
 */

export function secteurDuTexte(texte: string): Secteur | undefined {
  const norm = normaliserTexte(texte);
  if (["enfance", "enfants", "enfant", "jeunes"].some((m) => contientMots(norm, m))) {
    return "enfance";
  }
  if (["adultes", "adulte"].some((m) => contientMots(norm, m))) return "adultes";
  return undefined;
}

const valeurTexte = (c: Champ | undefined): string => {
  const v = c?.cellule.value;
  return typeof v === "string" ? v : "";
};

/** Secteur porté par la ligne elle-même (colonne « Secteur », libellé de sous-total). */
export function secteurDeLigne(e: EntiteLue): Secteur | undefined {
  const s = secteurDuTexte(valeurTexte(e.champs.secteur));
  if (s) return s;
  return e.total ? e.libelles.map(secteurDuTexte).find((x) => x !== undefined) : undefined;
}

/** Titre au-dessus de l'en-tête (lignes de la vue entre `depuis` et l'en-tête, de bas en haut). */
function secteurDuTitre(v: Vue, t: TableauLu, depuis: number): Secteur | undefined {
  const e1 = t.entete.e - 1;
  for (let e = e1; e >= Math.max(depuis, e1 - 4); e--) {
    for (const l of v.libellesEn(e)) {
      const z = v.etendue(l.zone);
      if (z.m1 < t.entete.m0 || z.m0 > t.entete.m1) continue;
      const s = secteurDuTexte(l.texte);
      if (s) return s;
    }
  }
  // En-tête de groupe au-dessus des colonnes (« ESMS du secteur Enfance » fusionné).
  return [...t.entete.entetes.map((h) => h.groupe ?? "")]
    .map(secteurDuTexte)
    .find((x) => x !== undefined);
}

/** Majorité des catégories déclarées (colonne « Catégorie ») des lignes du tableau. */
function secteurDesCategories(t: TableauLu): Secteur | undefined {
  const votes = { enfance: 0, adultes: 0 };
  for (const e of t.entites) {
    const c = reconnaitreCategorie(e.champs.categorie?.cellule.value);
    if (c?.secteur === "enfance" || c?.secteur === "adultes") votes[c.secteur]++;
  }
  if (votes.enfance === votes.adultes) return undefined;
  return votes.enfance > votes.adultes ? "enfance" : "adultes";
}

/** Secteur par défaut d'un tableau (hors colonne « Secteur »). */
export function secteurDuTableau(
  v: Vue,
  t: TableauLu,
  depuis: number,
  dejaVus: readonly Secteur[],
): Secteur {
  const s = secteurDuTitre(v, t, depuis) ?? secteurDesCategories(t);
  if (s) return s;
  // Dernier recours : le secteur qui n'a pas encore de tableau (enfance d'abord).
  return dejaVus.includes("enfance") && !dejaVus.includes("adultes") ? "adultes" : "enfance";
}
