import { FAMILLES } from "./registre";

/** Table Markdown des indicateurs (docs/indicateurs.md), générée depuis le registre. */

const cellule = (t: string) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function tableIndicateurs(): string {
  return FAMILLES.map((f) => {
    const lignes = f.definitions.map((d) => {
      const seuils = d.seuils.length
        ? d.seuils
            .map((s) => `${s.condition} → ${s.gravite} : ${s.message} (${s.source})`)
            .join(" ; ")
        : "—";
      const formule = d.formule ? `\`${d.formule}\`` : "—";
      return `| \`${d.id}\` | ${cellule(d.libelle)} | ${d.unite} | ${d.granularite} | ${cellule(d.formuleEnMots)} | ${cellule(formule)} | ${cellule(seuils)} | ${cellule(d.source)} ; ${cellule(d.reference)} |`;
    });
    return [
      `### ${f.libelle} — famille \`${f.cle}\``,
      "",
      "| Id | Libellé | Unité | Granularité | Formule en mots | Formule Excel | Seuils (gravité, source) | Entrées et référence |",
      "|---|---|---|---|---|---|---|---|",
      ...lignes,
    ].join("\n");
  }).join("\n\n");
}
