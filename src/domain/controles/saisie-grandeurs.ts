import { adresseA1 } from "../classeur/adresse";
import type { Champ, DiagnosticRepere } from "../classeur/modele";
import { formaterNombre } from "../indicateurs/format";
import { lireEntree } from "../indicateurs/lecture";
import { champsNumeriques } from "./champs";
import { TYPES_A_SAISIR } from "../classeur/catalogue/listes";
import type { Controle } from "./types";

/** Famille `saisie` : grandeurs absurdes (faute de frappe, collage d'un identifiant, 1e308…). */

/** Au-delà : un effectif, un ETP, une capacité, un nombre de personnes absurdes. */
export const SEUIL_COMPTE = 1e9;
/** Au-delà : un montant en euros absurde (mille milliards). */
export const SEUIL_EUROS = 1e12;

/** Champs de 2-E exprimés en euros : tout sauf les effectifs (E5) et les comptes entiers (E4). */
function montants(repere: DiagnosticRepere): Set<Champ> {
  const res = new Set<Champ>();
  for (const t of Object.values(repere.financier2e?.tableaux ?? {})) {
    if (!t || t.cle === "e5-effectifs") continue;
    for (const l of t.lignes) for (const c of Object.values(l.valeurs)) if (c) res.add(c);
  }
  return res;
}

export const CONTROLES_SAISIE_GRANDEURS: readonly Controle[] = [
  {
    meta: {
      id: "saisie/valeur-demesuree",
      gravite: "alerte",
      onglets: [...TYPES_A_SAISIR],
      description:
        "Une valeur numérique saisie reste d'une grandeur plausible : moins d'un milliard pour un effectif, un ETP, une capacité ou un nombre de personnes, moins de mille milliards d'euros pour un montant.",
      messages: {
        demesuree:
          "{{cellule}} contient {{valeur}} : valeur démesurée, sans doute une faute de frappe.",
      },
      correction: "Retaper la valeur (unité : personnes, places, ETP ou euros, sans exposant).",
      pourquoi:
        "Une seule valeur absurde fausse tous les totaux et les indicateurs qui l'utilisent.",
      source: "[INFÉRENCE] ; seuils 10^9 (comptes) et 10^12 (euros) fixés par le projet",
    },
    run(vue, signaler) {
      const euros = montants(vue.repere);
      for (const { champ, entier } of champsNumeriques(vue.repere)) {
        const v = lireEntree(champ).valeur;
        if (v === null || !Number.isFinite(v)) continue;
        const seuil = euros.has(champ) && !entier ? SEUIL_EUROS : SEUIL_COMPTE;
        if (Math.abs(v) < seuil) continue;
        signaler({
          messageId: "demesuree",
          data: {
            cellule: adresseA1(champ.location.row, champ.location.col),
            valeur: formaterNombre(v, 0),
          },
          a: champ.location,
        });
      }
    },
  },
];
