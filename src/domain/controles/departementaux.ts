import { contientMots } from "../classeur/texte";
import type { Controle } from "./types";
import { tauxHorsBornes } from "./taux-outils";

/** Famille `departementaux` : indicateurs départementaux de l'Annexe 2-G (classeur-diagnostic.md §5.14). */

/** Occupation jusqu'à 120 % (suractivité possible), toute autre part jusqu'à 100 %. */
const bornes = (norm: string): readonly [number, number] =>
  contientMots(norm, "occupation") ? [0, 1.2] : [0, 1];

export const CONTROLES_DEPARTEMENTAUX: readonly Controle[] = [
  {
    meta: {
      id: "departementaux/taux-hors-bornes",
      gravite: "erreur",
      onglets: ["departementaux-2g"],
      description:
        "Une part de 2-G est comprise entre 0 % et 100 % (taux d'occupation : entre 0 % et 120 %).",
      messages: { bornes: "2-G : {{indicateur}} de {{nom}} vaut {{valeur}}." },
      correction: "Corriger la valeur.",
      pourquoi:
        "Une part de personnes ne peut dépasser 100 % ; une occupation au-delà de 120 % est une erreur de saisie.",
      source: "controles.md §7 [INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const t of tauxHorsBornes(vue.repere.departementaux2g, bornes)) {
        signaler({
          messageId: "bornes",
          data: { indicateur: t.indicateur, nom: t.nom, valeur: t.valeur },
          a: t.champ.location,
        });
      }
    },
  },
];
