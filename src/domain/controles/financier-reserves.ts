import type { Champ, Ligne2E } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { formaterValeur } from "../indicateurs/format";
import { nombre } from "./esms";
import { estTotal, somme, tableau } from "./financier-sommes";
import type { Controle } from "./types";

/**
 * Famille `financier` (suite) : réserves du tableau E2 rapportées à la base budgétaire (tableau E1),
 * selon les règles d'affectation des résultats (referentiels.md §10.2).
 */

/** Limite de la réserve de compensation des déficits : 5 % de la base budgétaire. */
export const LIMITE_RESERVE_COMPENSATION = 0.05;

/** Montant d'une ligne de E2 : sa colonne « Total » si elle est remplie, sinon la somme du détail. */
function montant(l: Ligne2E, colonnes: readonly string[]): { v: number; champs: Champ[] } | null {
  const colTotal = colonnes.find(estTotal);
  const total = colTotal ? l.valeurs[colTotal] : undefined;
  const tv = nombre(total);
  if (total && tv !== null) return { v: tv, champs: [total] };
  const detail = colonnes
    .filter((c) => !estTotal(c))
    .map((c) => l.valeurs[c])
    .filter((c): c is Champ => c !== undefined);
  const s = somme(detail);
  return s === null ? null : { v: s, champs: detail };
}

/** Base budgétaire du dernier exercice renseigné (N-1 en premier). */
function baseBudgetaire(l: Ligne2E, exercices: readonly string[]): Champ | undefined {
  for (const ex of [...exercices].reverse()) {
    const c = l.valeurs[ex];
    if (c && nombre(c) !== null) return c;
  }
  return undefined;
}

export const CONTROLES_FINANCIER_RESERVES: readonly Controle[] = [
  {
    meta: {
      id: "financier/reserve-compensation",
      gravite: "alerte",
      onglets: ["financier-2e"],
      description:
        "La réserve de compensation des déficits reste sous 5 % de la base budgétaire des ESMS.",
      messages: {
        reserve:
          "2-E : la réserve de compensation atteint {{valeur}} de la base budgétaire ({{reserve}} pour {{base}}).",
      },
      correction:
        "À prendre en compte dans la proposition d'affectation des résultats (Annexe 5) : affecter l'excédent ailleurs, ou justifier une dérogation transitoire liée à un investissement.",
      pourquoi:
        "La réserve de compensation prémunit contre des déficits futurs sans thésauriser de fonds publics : au-delà de 5 % de la base budgétaire, l'excédent doit recevoir une autre affectation.",
      source:
        "Guide ARS Pays de la Loire, annexe « affectation des résultats » [CONFIRMÉ] ; base budgétaire : ligne du tableau E1 [INFÉRENCE]",
    },
    run(vue, signaler) {
      const e2 = tableau(vue, "e2-reserves");
      const e1 = tableau(vue, "e1-resultats");
      const ligne = e2?.lignes.find((l) => l.cle === "reserve-compensation-deficits");
      const ligneBase = e1?.lignes.find((l) => l.cle === "base-budgetaire");
      if (!e2 || !e1 || !ligne || !ligneBase) return;
      const reserve = montant(ligne, e2.colonnes);
      const exercices = vue.repere.financier2e?.exercices ?? [];
      const base = baseBudgetaire(ligneBase, exercices.length > 0 ? exercices : e1.colonnes);
      const bv = nombre(base);
      if (!reserve || !base || bv === null || bv <= 0) return;
      const part = reserve.v / bv;
      if (part < LIMITE_RESERVE_COMPENSATION) return;
      const a: Location[] = [...reserve.champs.map((c) => c.location), base.location];
      signaler({
        messageId: "reserve",
        data: {
          valeur: formaterValeur(part, "%"),
          reserve: formaterValeur(reserve.v, "€"),
          base: formaterValeur(bv, "€"),
        },
        a,
      });
    },
  },
];
