import { adresseA1 } from "../classeur/adresse";
import { TYPES_AXES } from "../classeur/catalogue/listes";
import { lireDate } from "../valeurs/date";
import { champsDates } from "./champs";
import type { Controle } from "./types";

/** Famille `saisie` : une date valide tapée comme texte (« 15/03/2021 » en texte, pas en date). */

const JJ_MM_AAAA = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

export const CONTROLES_SAISIE_DATES: readonly Controle[] = [
  {
    meta: {
      id: "saisie/date-en-texte",
      gravite: "alerte",
      onglets: ["annexe-1", ...TYPES_AXES],
      description:
        "Une cellule de date contient une vraie date, pas un texte jj/mm/aaaa (une date impossible ou hors période relève de `saisie/date-invalide`).",
      messages: {
        texte:
          "{{cellule}} contient la date « {{texte}} » en texte : Excel ne la lit pas comme une date.",
      },
      correction: "Retaper la date (jj/mm/aaaa) dans une cellule au format date, sans apostrophe.",
      pourquoi:
        "Une date en texte ne se trie pas, ne se compare pas et casse les calculs d'ancienneté ou d'échéance.",
      source: "Comportement d'Excel [INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const champ of champsDates(vue.repere)) {
        const { value, type } = champ.cellule;
        if (type !== "String" || !JJ_MM_AAAA.test(String(value).trim())) continue;
        const d = lireDate({ value, type });
        if (d.kind !== "date" || d.annee < 1990 || d.annee > 2050) continue;
        signaler({
          messageId: "texte",
          data: {
            cellule: adresseA1(champ.location.row, champ.location.col),
            texte: String(value).trim(),
          },
          a: champ.location,
        });
      }
    },
  },
];
