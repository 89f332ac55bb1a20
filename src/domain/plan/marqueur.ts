/**
 * Marqueur de nos mises en forme conditionnelles (ADR 0009). Une règle est « la nôtre » seulement
 * si sa formule est **exactement** une formule de surlignage : jamais parce qu'elle contient le
 * texte du marqueur (une règle de l'utilisateur peut le contenir, elle n'est jamais touchée).
 */

/** Texte du marqueur, dans `N("DIAG-CPOM")` (qui vaut 0 : la règle n'en dépend pas). */
export const MARQUEUR = "DIAG-CPOM";

/** Formule de surlignage d'une zone dont la cellule haut-gauche est `refA1` (« C5 »). */
export const formuleMarquee = (refA1: string): string =>
  `=AND(LEN(TRIM(${refA1}))=0,N("${MARQUEUR}")=0)`;

const EXACTE = /^=AND\(LEN\(TRIM\(\$?[A-Z]{1,3}\$?[1-9]\d{0,6}\)\)=0,N\("DIAG-CPOM"\)=0\)$/;

/**
 * Vrai si la formule est exactement une formule de surlignage (références absolues ou relatives,
 * lettres de colonne en majuscules comme Excel les rend). Tout autre texte, même s'il contient
 * « DIAG-CPOM », est une règle de l'utilisateur.
 */
export const estFormuleMarquee = (formule: string | null | undefined): boolean =>
  typeof formule === "string" && EXACTE.test(formule.trim());
