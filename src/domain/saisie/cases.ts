import type { DiagnosticRepere } from "../classeur/modele";
import type { CelluleDeSaisie } from "./cellules";

/**
 * Cases à cocher (§3.5) : une cellule liée vide veut dire « non cochée », pas « non renseignée ».
 * La complétude se juge au niveau du groupe : si une case du groupe est cochée (VRAI), les autres
 * cases vides du groupe ne sont pas à renseigner. Groupes retenus (règle simple, documentée) :
 * 1. avec le repérage : les cellules de réponse d'une question de type `case` ;
 * 2. sans lui : les cellules bleues d'une même ligne, au moins deux, dont toutes les valeurs non
 *    vides sont booléennes.
 * Un groupe sans aucune case cochée reste à renseigner (toutes ses cases vides comptent).
 */

const cle = (l: { sheetId: string; row: number; col: number }) => `${l.sheetId}:${l.row}:${l.col}`;

function groupesParLigne(cellules: readonly CelluleDeSaisie[]): CelluleDeSaisie[][] {
  const lignes = new Map<string, CelluleDeSaisie[]>();
  for (const c of cellules) {
    const k = `${c.location.sheetId}:${c.location.row}`;
    lignes.set(k, [...(lignes.get(k) ?? []), c]);
  }
  return [...lignes.values()].filter(
    (g) => g.length >= 2 && g.every((c) => c.vide || typeof c.cellule.value === "boolean"),
  );
}

function groupesDuRepere(
  cellules: readonly CelluleDeSaisie[],
  repere: DiagnosticRepere | undefined,
): CelluleDeSaisie[][] {
  if (!repere) return [];
  const parCle = new Map(cellules.map((c) => [cle(c.location), c] as const));
  return repere.axes.flatMap((axe) =>
    axe.thematiques.flatMap((t) =>
      t.questions
        .filter((q) => q.type === "case")
        .map((q) =>
          q.reponses
            .map((r) => parCle.get(cle(r.location)))
            .filter((c): c is CelluleDeSaisie => c !== undefined),
        ),
    ),
  );
}

/** Clés « feuille:ligne:colonne » des cases vides qui ne sont pas à renseigner. */
export function casesCouvertes(
  cellules: readonly CelluleDeSaisie[],
  repere?: DiagnosticRepere,
): Set<string> {
  const couvertes = new Set<string>();
  for (const groupe of [...groupesDuRepere(cellules, repere), ...groupesParLigne(cellules)]) {
    if (!groupe.some((c) => c.cellule.value === true)) continue;
    for (const c of groupe) if (c.vide) couvertes.add(cle(c.location));
  }
  return couvertes;
}
