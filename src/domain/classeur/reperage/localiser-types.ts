/** Collecte d'un avertissement (texte français) pour l'onglet en cours de repérage. */
export type Avertir = (message: string) => void;
