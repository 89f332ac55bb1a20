import { CONTROLE_D6145 } from "../indicateurs/e3";
import { formaterValeur } from "../indicateurs/format";
import { INDICATEURS } from "../indicateurs/registre";
import type { ResultatIndicateur } from "../indicateurs/types";
import { controlesDesSeuilsDansLOrdre, locationsResultat } from "./seuil";
import type { Controle } from "./types";

/**
 * Famille `financier` : alertes sur les ratios calculés de 2-E (tableau E3, indicateurs.md §5).
 * Les contrôles de seuil sont générés depuis les seuils des indicateurs (`Seuil.controle`, dans
 * src/domain/indicateurs/*-2e.ts) : condition, gravité et textes n'y sont écrits qu'une fois.
 */

const O = ["financier-2e"] as const;

const entree = (r: ResultatIndicateur, cle: string) => r.entrees.find((e) => e.cle === cle)?.valeur;

/**
 * Ordre de présentation des contrôles de seuil (catalogue, constats) ; un seuil à contrôle de 2-E
 * absent de la liste, ou un id sans seuil, fait échouer le chargement (`controlesDesSeuilsDansLOrdre`).
 */
const ORDRE = [
  "financier/frng-negatif",
  "financier/tresorerie-faible",
  "financier/tresorerie-negative",
  "financier/taux-caf-faible",
  "financier/caf-negative",
  "financier/duree-dette",
  "financier/independance-financiere",
  "financier/endettement",
  "financier/encours-produits",
  "financier/vetuste",
  "financier/vetuste-impossible",
  "financier/frais-siege-depasse",
  "financier/deficit-eleve",
] as const;

export const CONTROLES_FINANCIER_SEUILS: readonly Controle[] = [
  ...controlesDesSeuilsDansLOrdre(
    INDICATEURS.filter((d) => d.onglet === "financier-2e"),
    ORDRE,
  ),
  {
    meta: {
      id: "financier/dette-sans-caf",
      gravite: "alerte",
      onglets: [...O],
      description: "Une dette est déclarée alors que la CAF est nulle ou négative.",
      messages: {
        "sans-caf":
          "2-E, {{exercice}} : une dette de {{dette}} sans autofinancement pour la rembourser.",
      },
      correction: "Expliquer la stratégie d'investissement et de désendettement.",
      pourquoi: "Sans CAF, la dette ne peut être remboursée que par de nouvelles ressources.",
      source: CONTROLE_D6145,
    },
    run(vue, signaler) {
      for (const r of vue.indicateurs()) {
        if (r.id !== "fin.duree-dette" || r.raison !== "non-applicable") continue;
        const dette = entree(r, "B2");
        if (dette === undefined || dette === null || dette <= 0) continue;
        signaler({
          messageId: "sans-caf",
          data: { exercice: r.perimetre.exercice ?? "", dette: formaterValeur(dette, "€") },
          a: locationsResultat(r),
        });
      }
    },
  },
];
