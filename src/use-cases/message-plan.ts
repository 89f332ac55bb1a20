import type { WritePlan } from "../domain/plan/types";

const pluriel = (n: number, un: string, plusieurs: string) => (n > 1 ? plusieurs : un);

/**
 * Message de fin de « Générer les fiches socle », fidèle à ce que le plan écrit : feuilles
 * ajoutées **et** lignes ajoutées à une feuille existante (tableau de suivi) — jamais « rien n'a
 * été ajouté » quand une ligne a été écrite.
 */
export function messageFichesSocle(plan: WritePlan): string {
  const feuilles = plan.operations.filter((o) => o.kind === "addSheet").length;
  const lignes = new Set<string>();
  for (const o of plan.operations) {
    if ((o.kind !== "setValues" && o.kind !== "setFormulas") || !("sheetId" in o.sheet)) continue;
    const id = o.sheet.sheetId;
    const g = o.kind === "setValues" ? o.values : o.formulas;
    g.forEach((l, i) => {
      if (l.some((v) => v !== null)) lignes.add(`${id}:${o.row + i}`);
    });
  }
  const n = lignes.size;
  if (feuilles === 0 && n === 0) return "Les fiches socle existent déjà : rien n'a été ajouté.";
  const parties: string[] = [];
  if (feuilles > 0)
    parties.push(
      `${feuilles} ${pluriel(feuilles, "feuille ajoutée", "feuilles ajoutées")} (fiches, suivi, listes)`,
    );
  if (n > 0)
    parties.push(
      `${n} ${pluriel(n, "ligne ajoutée", "lignes ajoutées")} au tableau de suivi existant (dans des cellules vides)`,
    );
  return `${parties.join(" et ")} ; aucune cellule existante non vide n'a été modifiée.`;
}
