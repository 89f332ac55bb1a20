/**
 * Textes venus d'un classeur reçu, avant de les écrire ailleurs (xlsx, csv, html, terminal) :
 * un texte qui ressemble à une formule (« =HYPERLINK(…) », « +cmd| … », « @SOMME ») ne doit pas
 * être interprété par le tableur qui ouvrira l'export (injection de formule, OWASP « CSV
 * injection ») ; un texte inséré dans du HTML est échappé ; les caractères de commande (séquences
 * d'échappement du terminal, inversions bidirectionnelles) ne passent pas tels quels.
 */

/** Premier caractère qui fait d'une cellule une formule dans Excel, LibreOffice ou Sheets. */
const DEBUT_FORMULE = /^[=+\-@\t\r]/;

/** Préfixe d'une apostrophe un texte qui commencerait une formule ; les autres restent tels quels. */
export function neutraliserFormule(texte: string): string {
  return DEBUT_FORMULE.test(texte) ? `'${texte}` : texte;
}

/** Champ CSV : neutralisé, puis entre guillemets s'il contient le séparateur, un guillemet ou une fin de ligne. */
export function champCsv(texte: string, separateur = ";"): string {
  const t = neutraliserFormule(texte);
  return t.includes(separateur) || /["\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

const ENTITES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Texte sûr dans un contenu ou un attribut HTML. */
export function echapperHtml(texte: string): string {
  return texte.replace(/[&<>"']/g, (c) => ENTITES[c] ?? c);
}

// eslint-disable-next-line no-control-regex -- les caractères de commande sont la cible
const CONTROLES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Caractères de commande (C0 sauf tabulation et fin de ligne, DEL, C1) et contrôles
 * bidirectionnels remplacés par « � » : un nom de feuille ne peut ni effacer l'écran ni
 * retourner l'ordre d'affichage d'un message.
 */
export function sansControles(texte: string): string {
  return texte.replace(CONTROLES, "\ufffd");
}
