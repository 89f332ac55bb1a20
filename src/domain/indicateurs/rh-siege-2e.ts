import { ratio, somme } from "./calcul";
import { formaterNombre } from "./format";
import { NEGATIF_IMPOSSIBLE } from "./seuils";
import type { DefinitionIndicateur, Entrees, Raison } from "./types";

/** Écart toléré entre taux réel et taux autorisé de frais de siège (0,005 point, en fraction). */
export const TOLERANCE_TAUX = 0.00005;

/**
 * Famille `fin`, tableaux E4 (départs en retraite et provisions), E5 (effectifs) et E6 (frais de
 * siège) de l'onglet 2-E (indicateurs.md §5.4 ; modèle : classeur-diagnostic.md §5.12).
 */

const REFERENCE = "indicateurs.md §5.4 ; classeur-diagnostic.md §5.12";

/** Somme des entrées de clé `prefixe` ou `prefixe:…` ; `undefined` s'il n'y en a aucune. */
function total(e: Entrees, prefixe: string): number | undefined {
  const valeurs = Object.entries(e)
    .filter(([cle]) => cle === prefixe || cle.startsWith(`${prefixe}:`))
    .map(([, v]) => v);
  return valeurs.length > 0 ? somme(valeurs) : undefined;
}

/**
 * Provision / coût, une catégorie (`provision`, `cout`) ou toutes (`provision:…`, `cout:…`, cellules
 * vides ignorées comme SOMME). Coût nul : sans objet si rien n'est provisionné (aucun départ
 * chiffré), dénominateur nul sinon.
 */
export function couverture(e: Entrees): number | Raison {
  const provision = total(e, "provision");
  const cout = total(e, "cout");
  if (provision === undefined || cout === undefined) return "donnee-manquante";
  if (cout === 0) return provision === 0 ? "non-applicable" : "denominateur-nul";
  return provision / cout;
}

/** Écart relatif au-delà duquel une variation entre deux exercices est signalée (§9). */
const VARIATION_FORTE = 0.3;

export const INDICATEURS_RH_SIEGE_2E: readonly DefinitionIndicateur[] = [
  {
    id: "fin.couverture-idr",
    libelle: "Couverture des indemnités de départ en retraite",
    unite: "%",
    granularite: "categorie-pro",
    onglet: "financier-2e",
    source:
      "2-E, tableau E4 : colonnes « provision constituée » et « coût estimé des indemnités de départ », ligne de la catégorie professionnelle (organisme : toutes les catégories)",
    entrees: [
      { cle: "provision", libelle: "provision constituée au 31/12/N-1" },
      { cle: "cout", libelle: "coût estimé des départs sur 5 ans" },
    ],
    formule: "={provision}/{cout}",
    formuleEnMots: "provision constituée / coût estimé des départs sur 5 ans",
    sens: "hausse",
    calculer: couverture,
    seuils: [NEGATIF_IMPOSSIBLE],
    uniteEntrees: "€",
    reference: REFERENCE,
  },
  {
    id: "fin.effectif-total",
    libelle: "Effectif total au 31/12/N-1",
    unite: "ETP",
    granularite: "categorie",
    onglet: "financier-2e",
    source:
      "2-E, tableau E5 : colonne de la catégorie d'ESMS, lignes des catégories professionnelles ; résultat en ligne « Total » (organisme : toutes les cellules du détail)",
    entrees: [],
    agregat: true,
    formule: "=SUM({*})",
    formuleEnMots: "somme des catégories professionnelles",
    sens: "contexte",
    calculer: (e) => somme(Object.values(e)),
    seuils: [NEGATIF_IMPOSSIBLE],
    uniteEntrees: "ETP",
    reference: REFERENCE,
  },
  {
    id: "fin.taux-frais-siege",
    libelle: "Taux réel de frais de siège",
    unite: "%",
    granularite: "organisme",
    onglet: "financier-2e",
    source:
      "2-E, tableau E6 : lignes « quote-part imputée (c/6556) » et « base de calcul », colonne de l'exercice ; taux autorisé lu pour le seuil ; résultat en ligne « taux réel »",
    entrees: [
      { cle: "quote-part", libelle: "quote-part de frais de siège imputée aux ESMS (c/6556)" },
      { cle: "base", libelle: "base de calcul (charges brutes des ESMS)" },
      { cle: "taux-autorise", libelle: "taux de frais de siège autorisé" },
    ],
    formule: "={quote-part}/{base}",
    formuleEnMots: "quote-part imputée (c/6556) / base de calcul (charges brutes des ESMS)",
    sens: "contexte",
    calculer: (e) => ratio(e["quote-part"] ?? NaN, e.base ?? NaN),
    seuils: [
      {
        condition: "> taux autorisé (de plus de 0,005 point)",
        // Les taux autorisés sont arrêtés à deux décimales (2,65 %) : un écart sous 0,005 point
        // disparaît à l'arrondi et n'est pas un dépassement.
        si: (v, e) => e["taux-autorise"] !== undefined && v > e["taux-autorise"] + TOLERANCE_TAUX,
        gravite: "alerte",
        message: "le taux réel dépasse le taux de frais de siège autorisé par l'arrêté",
        source: "indicateurs.md §5.4 [INFÉRENCE]",
        controle: {
          id: "financier/frais-siege-depasse",
          message:
            "2-E, {{exercice}} : taux réel de frais de siège de {{valeur}}, au-dessus du taux autorisé ({{autorise}}).",
          description:
            "Le taux réel de frais de siège (quote-part imputée / base de calcul) dépasse le taux autorisé.",
          correction:
            "Vérifier la quote-part imputée (c/6556) et la base de calcul du tableau E6 ; sinon, expliquer le dépassement.",
          pourquoi:
            "Les frais de siège imputés aux ESMS sont plafonnés par l'autorisation de frais de siège.",
          source:
            "indicateurs.md §5.4 [INFÉRENCE] ; art. R314-87 CASF (frais de siège) [CONNAISSANCE]",
          // Deux décimales : les taux autorisés sont arrêtés au centième de point (2,65 %).
          parametres: ({ valeur, entrees }) => ({
            valeur: `${formaterNombre(valeur * 100, 2)}\u00a0%`,
            autorise: `${formaterNombre((entrees["taux-autorise"] ?? 0) * 100, 2)}\u00a0%`,
          }),
        },
      },
      NEGATIF_IMPOSSIBLE,
    ],
    uniteEntrees: "€",
    reference: REFERENCE,
  },
  {
    id: "fin.evolution-frais-siege",
    libelle: "Évolution annuelle des frais de siège",
    unite: "%",
    granularite: "organisme",
    onglet: "financier-2e",
    source:
      "2-E, tableau E6 : ligne « frais de siège autorisés », colonne de l'exercice et colonne précédente ; résultat en ligne « évolution annuelle »",
    entrees: [
      { cle: "precedent", libelle: "frais de siège autorisés de l'exercice précédent" },
      { cle: "courant", libelle: "frais de siège autorisés de l'exercice" },
    ],
    formule: "={courant}/{precedent}-1",
    formuleEnMots: "(montant de l'exercice / montant de l'exercice précédent) − 1",
    sens: "contexte",
    calculer: (e) => {
      const r = ratio(e.courant ?? NaN, e.precedent ?? NaN);
      return typeof r === "number" ? r - 1 : r;
    },
    seuils: [
      {
        condition: "hors [−30 %, +30 %]",
        si: (v) => Math.abs(v) > VARIATION_FORTE,
        gravite: "info",
        message: "variation forte d'un exercice à l'autre, à expliquer",
        source: "Pratique des contrôles de données publiques (indicateurs.md §9) [INFÉRENCE]",
      },
    ],
    uniteEntrees: "€",
    reference: REFERENCE,
  },
];
