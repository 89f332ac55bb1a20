import { rendu, type MessageDe } from "../domain/erreurs/gabarit";

/**
 * Les erreurs d'utilisation de la ligne de commande (arguments de toutes les commandes), en
 * français : un seul rendu (ADR 0015). Le texte de `--help` (`AIDE`) reste un bloc de
 * documentation.
 */
export const MESSAGES_ARGUMENTS = {
  "usage/erreur": "cpom-diagnostic : {{message}}\nAide : cpom-diagnostic --help\n",
  "usage/version": "cpom-diagnostic {{version}}\n",
  "commande/inconnue":
    "Commande inconnue : « {{commande}} ». Commandes possibles : analyser, fiches, relire, preparer.",
  "option/inconnue": "Option inconnue pour {{commande}} : {{option}}",
  "analyser/gravite": "--gravite attend erreur, alerte ou info.",
  "analyser/gravite-recue": "--gravite attend erreur, alerte ou info (reçu « {{valeur}} »).",
  "analyser/sans-fichier": "Indiquez au moins un fichier .xlsx ou .xlsm à analyser.",
  "fiches/annee": "--annee attend la première année du CPOM sur quatre chiffres (ex. 2026).",
  "fiches/un-diagnostic": "La commande fiches lit un seul classeur Diagnostic.",
  "fiches/sans-diagnostic": "Indiquez le classeur Diagnostic à lire.",
  "fiches/sans-sortie": "Indiquez le fichier à créer avec --sortie <fiches.xlsx>.",
  "relire/reference": "--reference attend le classeur envoyé ou le dossier des classeurs envoyés.",
  "relire/rapport": "--rapport attend le fichier à créer : bilan.xlsx ou bilan.html.",
  "relire/sans-fichier":
    "Indiquez au moins un classeur retourné, ou le dossier des classeurs retournés.",
  "relire/extension-rapport":
    "Le rapport « {{rapport}} » doit se terminer par .xlsx ou .html (ex. --rapport bilan.xlsx).",
  "preparer/un-envoi": "La commande preparer lit un seul classeur à envoyer.",
  "preparer/sans-envoi": "Indiquez le classeur à envoyer.",
  "preparer/sans-sortie": "Indiquez la copie à créer avec --sortie <envoi-prepare.xlsx>.",
} as const;

export type MessageArguments = MessageDe<typeof MESSAGES_ARGUMENTS>;

export const rendreArguments = rendu(MESSAGES_ARGUMENTS);

/** Une erreur d'utilisation : le message en données et son rendu. */
export type ErreurArguments = MessageArguments & {
  readonly kind: "erreur";
  readonly message: string;
};

export const erreurArguments = (m: MessageArguments): ErreurArguments => ({
  kind: "erreur",
  ...m,
  message: rendreArguments(m),
});
