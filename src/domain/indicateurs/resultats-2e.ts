import { somme } from "./calcul";
import type { DefinitionIndicateur, Granularite } from "./types";

/**
 * Famille `fin`, tableaux E1 (résultats par autorité de tarification) et E2 (réserves) de
 * l'onglet 2-E : des sommes, comme SOMME d'Excel (indicateurs.md §5.4).
 */

function total(
  nomCourt: string,
  libelle: string,
  granularite: Granularite,
  source: string,
  formuleEnMots: string,
): DefinitionIndicateur {
  return {
    id: `fin.${nomCourt}`,
    libelle,
    unite: "€",
    granularite,
    onglet: "financier-2e",
    source,
    entrees: [],
    agregat: true,
    formule: "=SUM({*})",
    formuleEnMots,
    sens: "contexte",
    calculer: (e) => somme(Object.values(e)),
    seuils: [],
    uniteEntrees: "€",
    reference: "indicateurs.md §5.4 ; classeur-diagnostic.md §5.12",
  };
}

export const INDICATEURS_RESULTATS_2E: readonly DefinitionIndicateur[] = [
  total(
    "resultat-cumule",
    "Résultat cumulé sur 3 exercices",
    "autorite",
    "2-E, tableau E1 : ligne de l'autorité, colonnes des exercices ; résultat en colonne « Cumul »",
    "N-3 + N-2 + N-1",
  ),
  total(
    "resultat-total",
    "Résultat de l'organisme (exercice)",
    "organisme",
    "2-E, tableau E1 : lignes ARS, Département, conjointe ; résultat en ligne « Total »",
    "somme des résultats des autorités de tarification",
  ),
  total(
    "reserves-total",
    "Réserves et provisions au 31/12/N-1 (toutes autorités)",
    "organisme",
    "2-E, tableau E2 : une ligne, colonnes des autorités ; résultat en colonne « Total »",
    "somme des autorités de tarification",
  ),
];
