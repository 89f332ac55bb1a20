import type { Definition } from "./correspondance";
import { COLONNES_ESMS_COMPLEMENTAIRES, CONTACT_REFERENT, ENVOI } from "./synonymes-annexe-1";
import { LIGNES_E3, LIGNES_E6, MODES_2F, ORIENTATIONS_2F } from "./synonymes-2e-2f";
import {
  COLONNES_ESMS,
  ENCARTS,
  LIGNES_E1,
  LIGNES_E2,
  ORGANISME,
  TABLEAUX_2E,
  TERMES_2D,
} from "./synonymes";

/** Tables Markdown des synonymes (docs/synonymes.md), générées depuis les données du repérage. */

export const ZONES_SYNONYMES: readonly {
  readonly titre: string;
  readonly definitions: readonly Definition[];
}[] = [
  { titre: "Accueil — identification de l'envoi", definitions: ENVOI },
  { titre: "Annexe 1 — organisme gestionnaire (section A)", definitions: ORGANISME },
  { titre: "Annexe 1 — coordonnées du référent CPOM", definitions: CONTACT_REFERENT },
  {
    titre: "Annexe 1 — colonnes des tableaux d'ESMS (aussi 2-B, 2-C, 2-F)",
    definitions: COLONNES_ESMS,
  },
  {
    titre: "Annexe 1 — colonnes complémentaires des tableaux d'ESMS (6 à 10 colonnes)",
    definitions: COLONNES_ESMS_COMPLEMENTAIRES,
  },
  { titre: "Axes 2-A — encarts", definitions: ENCARTS },
  { titre: "2-D — termes d'un indicateur", definitions: TERMES_2D },
  { titre: "2-E — titres des tableaux", definitions: TABLEAUX_2E },
  { titre: "2-E — lignes du tableau E1 (autorités)", definitions: LIGNES_E1 },
  { titre: "2-E — lignes du tableau E2 (réserves et provisions)", definitions: LIGNES_E2 },
  {
    titre: "2-E — lignes du tableau E3 (codes du modèle et indicateurs calculés)",
    definitions: LIGNES_E3,
  },
  {
    titre: "2-E — lignes du tableau E6 (frais de siège, indicateurs calculés)",
    definitions: LIGNES_E6,
  },
  { titre: "2-F — orientations", definitions: ORIENTATIONS_2F },
  { titre: "2-F — modes d'accueil", definitions: MODES_2F },
];

export function tablesSynonymes(): string {
  return ZONES_SYNONYMES.map((z) =>
    [
      `### ${z.titre}`,
      "",
      "| Clé | Libellé canonique (normalisé) | Synonymes acceptés |",
      "|---|---|---|",
      ...z.definitions.map(
        (d) => `| \`${d.cle}\` | ${d.canonique} | ${d.synonymes.join(" ; ") || "—"} |`,
      ),
    ].join("\n"),
  ).join("\n\n");
}
