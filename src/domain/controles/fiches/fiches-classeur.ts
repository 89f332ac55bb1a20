import type { Controle } from "../types";
import { feuillesGenerees } from "./lecture";
import { GUIDE, O } from "./outils";
import { OBJECTIFS_SOCLE } from "../../classeur/catalogue/fiches/socle";

/** Contrôles des fiches-objectifs à l'échelle du classeur : objectifs socle couverts, nombre de fiches. */
export const CONTROLES_FICHES_CLASSEUR: readonly Controle[] = [
  {
    meta: {
      id: "fiche/socle-manquant",
      gravite: "alerte",
      onglets: [...O],
      description: "Les six objectifs minimaux sont couverts par des fiches, sur les trois axes.",
      messages: { manquant: "Objectif minimal non couvert : {{socle}}." },
      correction: "Ajouter la fiche correspondante (bouton « Générer les 6 fiches socle »).",
      pourquoi:
        "Le CPOM comprend au minimum six objectifs, répartis sur les trois axes stratégiques.",
      source: GUIDE,
    },
    run: (vue, signaler) => {
      const { fiches } = feuillesGenerees(vue);
      if (fiches.length === 0) return;
      for (const o of OBJECTIFS_SOCLE)
        if (!fiches.some((f) => f.socle === o.code))
          signaler({
            messageId: "manquant",
            data: { socle: `« ${o.libelle} » (axe ${o.axe})` },
            a: [],
          });
    },
  },
  {
    meta: {
      id: "fiche/trop-de-fiches",
      gravite: "info",
      onglets: [...O],
      description: "Le nombre de fiches reste limité (15 au plus).",
      messages: {
        trop: "{{n}} fiches-objectifs : le CPOM doit retenir un nombre limité d'objectifs.",
      },
      correction: "Regrouper ou prioriser.",
      pourquoi: "Les objectifs sont en nombre limité pour rester pilotables.",
      source: "« objectifs en nombre limité » [CONFIRMÉ] ; seuil de 15 [INFÉRENCE]",
    },
    run: (vue, signaler) => {
      const n = feuillesGenerees(vue).fiches.length;
      if (n > 15) signaler({ messageId: "trop", data: { n }, a: [] });
    },
  },
];
