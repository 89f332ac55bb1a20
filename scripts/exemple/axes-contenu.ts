import { AXES_1_1_ET_1_2 } from "./axes-enfance-adultes";
import { AXES_1_3_2_3 } from "./axes-organisme";

/**
 * Thématiques et questions des cinq onglets d'axes de l'Annexe 2-A (classeur-diagnostic.md §5.4 à
 * §5.8, [INFÉRENCE]). Une question s'écrit « type|texte|… » :
 *   L|texte             liste Oui / Non / Pratiques hétérogènes
 *   C|texte|a|b|c       cases à cocher (cellules liées VRAI / FAUX), une par élément
 *   N|texte|min|max     nombre (le texte dit « nombre », « délai » ou « jours »)
 *   %|texte|min|max     pourcentage (en %)
 *   D|texte             date
 *   T|texte             texte libre (« précisez »)
 *   I|texte             indicateurs mobilisables (renvoi pré-rempli, non saisi)
 */

export interface AxeContenu {
  readonly type: "axe-1-1" | "axe-1-2" | "axe-1-3" | "axe-2" | "axe-3";
  readonly onglet: string;
  readonly axe: string;
  readonly titre: string;
  readonly thematiques: readonly (readonly [string, readonly string[]])[];
}

/** Les cinq onglets d'axes, dans l'ordre du modèle. */
export const AXES: readonly AxeContenu[] = [...AXES_1_1_ET_1_2, ...AXES_1_3_2_3];

/** Une question décodée. */
export interface QuestionContenu {
  readonly code: "L" | "C" | "N" | "%" | "D" | "T" | "I";
  readonly texte: string;
  readonly items: readonly string[];
  readonly min: number;
  readonly max: number;
}

export function decoder(q: string): QuestionContenu {
  const [code, texte, ...reste] = q.split("|") as [QuestionContenu["code"], string, ...string[]];
  const nombres = code === "N" || code === "%";
  return {
    code,
    texte,
    items: nombres ? [] : reste,
    min: nombres ? Number(reste[0] ?? 0) : 0,
    max: nombres ? Number(reste[1] ?? 0) : 0,
  };
}
