import { rendu, type MessageDe } from "../../erreurs/gabarit";

/**
 * Les phrases du repérage des zones (ADR 0015) : le repérage rend `{ code, params }`, ce rendu seul
 * en fait du français (texte des `avertissements` du repère). Les paramètres sont des textes ou
 * des nombres.
 */
export const MESSAGES_REPERAGE = {
  "onglet/copie":
    "L'onglet « {{nom}} » semble être une copie de « {{original}} » : seul ce dernier est lu.",
} as const;

export type MessageReperage = MessageDe<typeof MESSAGES_REPERAGE>;

export const rendreReperage = rendu(MESSAGES_REPERAGE);
