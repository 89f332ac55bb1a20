import type { Controle } from "./types";
import { tauxHorsBornes } from "./taux-outils";

/** Famille `flash` : indicateurs FLASH de l'Annexe 2-B (classeur-diagnostic.md §5.9). */

export const CONTROLES_FLASH: readonly Controle[] = [
  {
    meta: {
      id: "flash/taux-hors-bornes",
      gravite: "erreur",
      onglets: ["flash-2b"],
      description: "Une part ou un taux FLASH est compris entre 0 % et 100 %.",
      messages: {
        bornes: "{{indicateur}} de {{nom}} vaut {{valeur}}, hors de 0-100 %.",
      },
      correction: "Corriger la valeur (part de personnes).",
      pourquoi:
        "Une part de personnes accompagnées ne peut ni dépasser 100 % ni être négative : la donnée est erronée.",
      source: "controles.md §7, part bornée [CONFIRMÉ : définition d'une proportion]",
    },
    run(vue, signaler) {
      for (const t of tauxHorsBornes(vue.repere.flash2b, () => [0, 1])) {
        signaler({
          messageId: "bornes",
          data: { indicateur: t.indicateur, nom: t.nom, valeur: t.valeur },
          a: t.champ.location,
        });
      }
    },
  },
];
