import type { WritePlan } from "../domain/plan/types";
import type { MessageSession } from "./session-messages";

/**
 * Message de fin de « Générer les fiches socle », fidèle à ce que le plan écrit : feuilles
 * ajoutées **et** lignes ajoutées à une feuille existante (tableau de suivi) — jamais « rien n'a
 * été ajouté » quand une ligne a été écrite.
 */
export function messageFichesSocle(plan: WritePlan): MessageSession {
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
  if (feuilles === 0 && n === 0) return { code: "fiches/existent", params: {} };
  if (n === 0) return { code: "fiches/feuilles", params: { feuilles } };
  if (feuilles === 0) return { code: "fiches/lignes", params: { lignes: n } };
  return { code: "fiches/feuilles-et-lignes", params: { feuilles, lignes: n } };
}
