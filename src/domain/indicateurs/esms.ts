import type { Annexe1, Champ, LigneEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { normaliserFiness } from "../valeurs/finess";

/**
 * Rapprochement d'un périmètre (FINESS ou nom) avec une ligne d'ESMS de l'Annexe 1. Le FINESS est
 * normalisé par la règle unique du domaine (src/domain/valeurs/finess.ts).
 */

export function texteChamp(champ: Champ | undefined): string {
  const v = champ?.cellule.value;
  return v === undefined || typeof v === "boolean" ? "" : String(v).trim();
}

/** Cherche l'ESMS par FINESS d'abord, puis par nom normalisé. */
export function trouverEsms(
  annexe1: Annexe1 | undefined,
  finess: string,
  nom: string,
): LigneEsms | undefined {
  if (!annexe1) return undefined;
  const f = normaliserFiness(finess);
  if (f) {
    const parFiness = annexe1.esms.find(
      (l) => normaliserFiness(l.champs.finess?.cellule.value) === f,
    );
    if (parFiness) return parFiness;
  }
  const n = normaliserTexte(nom);
  if (!n) return undefined;
  return annexe1.esms.find((l) => normaliserTexte(texteChamp(l.champs.nom)) === n);
}

/** Clé de périmètre d'un ESMS : son FINESS s'il est connu, sinon son nom. */
export function clePerimetre(ligne: LigneEsms | undefined, repli: string): string {
  const finess = normaliserFiness(ligne?.champs.finess?.cellule.value);
  return finess || repli;
}
