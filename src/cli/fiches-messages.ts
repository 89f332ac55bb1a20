import { rendu, type MessageDe } from "../domain/erreurs/gabarit";

/** Les messages de `cpom-diagnostic fiches`, en français (rendu unique de la commande). */
export const MESSAGES_FICHES = {
  "sortie/diagnostic":
    "La sortie « {{sortie}} » est le diagnostic lu : le diagnostic n'est jamais réécrit. Indiquez un autre nom avec --sortie.",
  "sortie/extension":
    "La sortie « {{sortie}} » doit se terminer par .xlsx (le classeur créé ne contient pas de macros). Indiquez par exemple --sortie fiches.xlsx.",
  "sortie/existe":
    "Le fichier « {{sortie}} » existe déjà : il n'est jamais écrasé. Choisissez un autre nom, ou déplacez l'ancien fichier.",
  "sortie/dossier":
    "Le dossier de « {{sortie}} » n'existe pas : créez-le, ou indiquez un autre chemin avec --sortie.",
  "diagnostic/non-reconnu":
    "attention, {{pourquoi}} Les fiches sont créées sans constats pré-remplis.",
  "bilan/cree": "Classeur créé : « {{sortie}} »",
  "bilan/feuilles": "  Feuilles : {{visibles}}",
  "bilan/feuilles-masquees": "  Feuilles : {{visibles}} ; masquée : {{masquees}}",
  "bilan/constats":
    "  Constats pré-remplis depuis le diagnostic : {{points}} point(s) d'amélioration, {{alertes}} indicateur(s) en alerte",
  "bilan/diagnostic-intact": "  Le diagnostic « {{diagnostic}} » n'a pas été modifié.",
} as const;

export type MessageFiches = MessageDe<typeof MESSAGES_FICHES>;

export const rendreFiches = rendu(MESSAGES_FICHES);
