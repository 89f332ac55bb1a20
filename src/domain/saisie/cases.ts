import type { DiagnosticRepere } from "../classeur/modele";
import type { CelluleDeSaisie } from "./cellules";
import type { RangsCellules } from "./cles";

/**
 * Cases à cocher (§3.5) : une cellule liée vide veut dire « non cochée », pas « non renseignée ».
 * La complétude se juge au niveau du groupe : si une case du groupe est cochée (VRAI), les autres
 * cases vides du groupe ne sont pas à renseigner. Groupes retenus (règle simple, documentée) :
 * 1. avec le repérage : les cellules de réponse d'une question de type `case` ;
 * 2. sans lui : les cellules bleues d'une même ligne, au moins deux, dont toutes les valeurs non
 *    vides sont booléennes.
 * Un groupe sans aucune case cochée reste à renseigner (toutes ses cases vides comptent).
 */

function groupesParLigne(cellules: readonly CelluleDeSaisie[]): CelluleDeSaisie[][] {
  // Rangées par feuille puis par ligne (sans clé texte construite pour chaque cellule).
  const feuilles = new Map<string, Map<number, CelluleDeSaisie[]>>();
  const groupes: CelluleDeSaisie[][] = [];
  for (const c of cellules) {
    let lignes = feuilles.get(c.location.sheetId);
    if (!lignes) feuilles.set(c.location.sheetId, (lignes = new Map()));
    const g = lignes.get(c.location.row);
    if (g) g.push(c);
    else {
      const nouveau = [c];
      lignes.set(c.location.row, nouveau);
      groupes.push(nouveau);
    }
  }
  return groupes.filter(
    (g) => g.length >= 2 && g.every((c) => c.vide || typeof c.cellule.value === "boolean"),
  );
}

function groupesDuRepere(
  cellules: readonly CelluleDeSaisie[],
  rangs: RangsCellules,
  repere: DiagnosticRepere | undefined,
): CelluleDeSaisie[][] {
  if (!repere) return [];
  return repere.axes.flatMap((axe) =>
    axe.thematiques.flatMap((t) =>
      t.questions
        .filter((q) => q.type === "case")
        .map((q) =>
          q.reponses
            .map((r) => {
              const i = rangs.rang(r.location);
              return i < 0 ? undefined : cellules[i];
            })
            .filter((c): c is CelluleDeSaisie => c !== undefined),
        ),
    ),
  );
}

/**
 * Cases vides qui ne sont pas à renseigner, par le rang (`rangs`) de la (dernière) cellule de
 * `cellules` à leur position.
 */
export function casesCouvertes(
  cellules: readonly CelluleDeSaisie[],
  rangs: RangsCellules,
  repere?: DiagnosticRepere,
): Set<number> {
  const couvertes = new Set<number>();
  for (const groupe of [
    ...groupesDuRepere(cellules, rangs, repere),
    ...groupesParLigne(cellules),
  ]) {
    if (!groupe.some((c) => c.cellule.value === true)) continue;
    for (const c of groupe) if (c.vide) couvertes.add(rangs.rang(c.location));
  }
  return couvertes;
}
