import { formaterNombre, formaterValeur } from "../indicateurs/format";
import { TOLERANCE_TAUX } from "../indicateurs/rh-siege-2e";
import type { ResultatIndicateur } from "../indicateurs/types";
import { controleSeuil, locationsResultat, locationsResultatEtEntrees } from "./seuil";
import type { Controle } from "./types";

/** Famille `financier` : alertes sur les ratios calculés de 2-E (tableau E3, indicateurs.md §5). */

const O = ["financier-2e"] as const;
const HELIOS = "Hélios (DNUM-SocialGouv) [CONFIRMÉ]";
const D6145 = "Art. D6145-70 CSP, critère transposé [CONFIRMÉ / INFÉRENCE]";
const CORR_PGFP = "Expliquer ; relier au plan global de financement pluriannuel (PGFP).";

const entree = (r: ResultatIndicateur, cle: string) => r.entrees.find((e) => e.cle === cle)?.valeur;

export const CONTROLES_FINANCIER_SEUILS: readonly Controle[] = [
  controleSeuil({
    id: "financier/frng-negatif",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.frng"],
    si: (v) => v < 0,
    message: "2-E, {{exercice}} : fonds de roulement net global négatif ({{valeur}}).",
    description: "Le fonds de roulement net global est positif.",
    correction: "Expliquer ; prévoir un objectif de rétablissement (PGFP).",
    pourquoi: "Un FRNG négatif : les ressources stables ne couvrent pas les immobilisations.",
    source: "[CONNAISSANCE]",
  }),
  controleSeuil({
    id: "financier/tresorerie-faible",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.tresorerie-jours"],
    si: (v) => v >= 0 && v < 30,
    message: "2-E, {{exercice}} : trésorerie de {{jours}} jours de charges courantes.",
    description: "La trésorerie couvre au moins 30 jours de charges courantes.",
    correction: "Expliquer la tension ; justifier une éventuelle réserve de trésorerie.",
    pourquoi: "Sous 30 jours, l'organisme peut peiner à payer salaires et fournisseurs.",
    source: "[CONNAISSANCE]",
    data: (_, v) => ({ jours: formaterNombre(v, 0) }),
  }),
  controleSeuil({
    id: "financier/tresorerie-negative",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.tresorerie"],
    si: (v) => v < 0,
    message: "2-E, {{exercice}} : trésorerie négative ({{valeur}}).",
    description: "La trésorerie (FRNG − BFR) est positive.",
    correction: "Expliquer le financement court terme utilisé.",
    pourquoi: "Une trésorerie négative est financée par des concours bancaires coûteux.",
    source: "[CONNAISSANCE]",
  }),
  controleSeuil({
    id: "financier/taux-caf-faible",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.taux-caf"],
    si: (v) => v < 0.02,
    message: "2-E, {{exercice}} : taux de CAF de {{valeur}}, sous 2 %.",
    description: "Le taux de CAF atteint au moins 2 %.",
    correction: CORR_PGFP,
    pourquoi: "Sous 2 %, l'exploitation dégage trop peu pour investir et rembourser.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "financier/caf-negative",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.caf"],
    si: (v) => v < 0,
    message: "2-E, {{exercice}} : l'exploitation ne dégage pas d'autofinancement ({{valeur}}).",
    description: "La capacité d'autofinancement est positive.",
    correction: "Expliquer ; envisager un plan de retour à l'équilibre.",
    pourquoi: "Une CAF négative : l'exploitation consomme des ressources au lieu d'en dégager.",
    source: "[CONNAISSANCE]",
  }),
  controleSeuil({
    id: "financier/duree-dette",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.duree-dette"],
    si: (v) => v > 10,
    message: "2-E : la dette représente {{annees}} années de CAF.",
    description: "La durée apparente de la dette ne dépasse pas 10 ans.",
    correction: "Expliquer la stratégie d'investissement et de désendettement.",
    pourquoi: "Au-delà de 10 ans de CAF, le remboursement pèse durablement sur l'exploitation.",
    source: D6145,
    data: (_, v) => ({ annees: formaterNombre(v, 1) }),
  }),
  controleSeuil({
    id: "financier/independance-financiere",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.independance-financiere"],
    si: (v) => v > 0.5,
    message:
      "2-E : les emprunts représentent {{valeur}} des financements stables d'investissement.",
    description: "Les emprunts ne dépassent pas 50 % des financements stables.",
    correction: "Expliquer ; surveiller tout nouvel emprunt.",
    pourquoi: "Au-delà de 50 %, l'organisme dépend des prêteurs pour investir.",
    source: `Ratio de l'EPRD ; ${D6145}`,
  }),
  controleSeuil({
    id: "financier/endettement",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.taux-endettement"],
    si: (v) => v > 0.5,
    message: "2-E : taux d'endettement de {{valeur}}.",
    description: "Le taux d'endettement ne dépasse pas 50 %.",
    correction: "Expliquer.",
    pourquoi: "Un endettement supérieur à la moitié des capitaux permanents limite les marges.",
    source: "Weka, analyse par les ratios [CONFIRMÉ]",
  }),
  controleSeuil({
    id: "financier/encours-produits",
    gravite: "info",
    onglets: O,
    indicateurs: ["fin.encours-produits"],
    si: (v) => v > 0.3,
    message: "2-E : encours de la dette égal à {{valeur}} des produits.",
    description: "Encours de la dette rapporté aux produits (repère : 30 %).",
    correction: "Pour mémoire.",
    pourquoi: "Repère de l'endettement au regard de l'activité.",
    source: D6145,
  }),
  controleSeuil({
    id: "financier/vetuste",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.vetuste-constructions", "fin.vetuste-equipements"],
    si: (v) => v < 0 || v > 0.8,
    message: "2-E : vétusté {{type}} de {{valeur}}.",
    description:
      "Vétusté des constructions et des équipements entre 0 % et 80 % (au-delà de 100 %, voir aussi `financier/vetuste-impossible`).",
    correction: "Vérifier valeurs brutes et amortissements ; relier au plan d'investissement.",
    pourquoi: "Au-delà de 80 %, les biens sont presque amortis : besoin de réinvestir.",
    source: HELIOS,
    data: (r) => ({
      type: r.id.endsWith("constructions") ? "des constructions" : "des équipements",
    }),
    a: locationsResultatEtEntrees,
  }),
  controleSeuil({
    id: "financier/vetuste-impossible",
    gravite: "erreur",
    onglets: O,
    indicateurs: ["fin.vetuste-constructions", "fin.vetuste-equipements"],
    si: (v) => v > 1,
    message: "2-E : vétusté {{type}} de {{valeur}}, au-delà de 100 %.",
    description: "Les amortissements cumulés ne dépassent pas la valeur brute.",
    correction: "Vérifier valeurs brutes et amortissements (lignes B5 à B8).",
    pourquoi: "Un bien ne peut être amorti au-delà de sa valeur brute : une saisie est fausse.",
    source: `${HELIOS} (gravité erreur du catalogue pour > 100 %)`,
    data: (r) => ({
      type: r.id.endsWith("constructions") ? "des constructions" : "des équipements",
    }),
    a: locationsResultatEtEntrees,
  }),
  controleSeuil({
    id: "financier/frais-siege-depasse",
    gravite: "alerte",
    onglets: O,
    indicateurs: ["fin.taux-frais-siege"],
    si: (v, r) => {
      const autorise = entree(r, "taux-autorise");
      return typeof autorise === "number" && v > autorise + TOLERANCE_TAUX;
    },
    message:
      "2-E, {{exercice}} : taux réel de frais de siège de {{valeur}}, au-dessus du taux autorisé ({{autorise}}).",
    description:
      "Le taux réel de frais de siège (quote-part imputée / base de calcul) dépasse le taux autorisé.",
    correction:
      "Vérifier la quote-part imputée (c/6556) et la base de calcul du tableau E6 ; sinon, expliquer le dépassement.",
    pourquoi:
      "Les frais de siège imputés aux ESMS sont plafonnés par l'autorisation de frais de siège.",
    source: "indicateurs.md §5.4 [INFÉRENCE] ; art. R314-87 CASF (frais de siège) [CONNAISSANCE]",
    // Deux décimales : les taux autorisés sont arrêtés au centième de point (2,65 %).
    data: (r, v) => ({
      valeur: `${formaterNombre(v * 100, 2)}\u00a0%`,
      autorise: `${formaterNombre((entree(r, "taux-autorise") ?? 0) * 100, 2)}\u00a0%`,
    }),
  }),
  controleSeuil({
    id: "financier/deficit-eleve",
    gravite: "info",
    onglets: O,
    indicateurs: ["fin.taux-resultat"],
    si: (v) => v < -0.03,
    message: "2-E, {{exercice}} : déficit égal à {{part}} des produits.",
    description: "Un déficit de plus de 3 % des produits.",
    correction: "Expliquer la cause et les mesures prises.",
    pourquoi: "Un déficit de cette ampleur appelle un plan de retour à l'équilibre.",
    source: "Critère sanitaire [CONNAISSANCE]",
    data: (_, v) => ({ part: formaterValeur(-v, "%") }),
  }),
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
      source: D6145,
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
