import type { Champ } from "../classeur/modele";
import type { CellValue } from "../classeur/snapshot";
import { lireNombre } from "../valeurs";
import type { Raison } from "./types";

/**
 * Lecture d'une entrée d'indicateur par la règle partagée `lireNombre` (src/domain/valeurs) :
 * vide ≠ 0, nombre « à la française » lu et marqué, erreur d'Excel gardée comme telle.
 */
export interface Lu {
  readonly valeur: number | null;
  readonly raison?: Raison;
  /** Nombre lu dans un texte : les formules d'Excel l'ignorent, à signaler. */
  readonly depuisTexte?: boolean;
  readonly brute?: CellValue;
}

export function lireEntree(champ: Champ | undefined): Lu {
  if (!champ) return { valeur: null, raison: "donnee-manquante" };
  const brute = champ.cellule.value;
  // Un nombre fini d'une cellule ni vide ni en erreur : la réponse de `lireNombre` sans la
  // construire (nombre, pas depuis un texte).
  const type = champ.cellule.type;
  if (typeof brute === "number" && Number.isFinite(brute) && type !== "Empty" && type !== "Error")
    return { valeur: brute };
  const lu = lireNombre(champ.cellule);
  switch (lu.kind) {
    case "vide":
      return { valeur: null, raison: "donnee-manquante" };
    case "nombre":
      return lu.depuisTexte
        ? { valeur: lu.valeur, depuisTexte: true, brute }
        : { valeur: lu.valeur };
    case "erreur":
      return { valeur: null, raison: "valeur-erreur", brute };
    case "texte":
    case "booleen":
      return { valeur: null, raison: "texte-non-numerique", brute };
  }
}
