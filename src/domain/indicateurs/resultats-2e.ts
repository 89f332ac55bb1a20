import { somme } from "./calcul";
import type { DefinitionIndicateur, Granularite } from "./types";

/**
 * Famille `fin`, tableaux E1 (résultats par autorité de tarification) et E2 (réserves) de
 * l'onglet 2-E : des sommes, comme SOMME d'Excel (indicateurs.md §5.4).
 */

/** Déclaration d'un total de E1 ou E2, par champs nommés. */
interface DeclarationTotal {
  /** Nom court : l'id est `fin.<nom>`. */
  readonly nom: string;
  readonly libelle: string;
  readonly granularite: Granularite;
  readonly source: string;
  readonly formuleEnMots: string;
}

function total({
  nom,
  libelle,
  granularite,
  source,
  formuleEnMots,
}: DeclarationTotal): DefinitionIndicateur {
  return {
    id: `fin.${nom}`,
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
  total({
    nom: "resultat-cumule",
    libelle: "Résultat cumulé sur 3 exercices",
    granularite: "autorite",
    source:
      "2-E, tableau E1 : ligne de l'autorité, colonnes des exercices ; résultat en colonne « Cumul »",
    formuleEnMots: "N-3 + N-2 + N-1",
  }),
  total({
    nom: "resultat-total",
    libelle: "Résultat de l'organisme (exercice)",
    granularite: "organisme",
    source: "2-E, tableau E1 : lignes ARS, Département, conjointe ; résultat en ligne « Total »",
    formuleEnMots: "somme des résultats des autorités de tarification",
  }),
  total({
    nom: "reserves-total",
    libelle: "Réserves et provisions au 31/12/N-1 (toutes autorités)",
    granularite: "organisme",
    source: "2-E, tableau E2 : une ligne, colonnes des autorités ; résultat en colonne « Total »",
    formuleEnMots: "somme des autorités de tarification",
  }),
];
