import { normaliserFiness } from "../../../valeurs/finess";
import { devinerCategorie } from "../../../valeurs/categorie";
import { memoriser } from "../../../valeurs/memoire";

/**
 * 2-D : rôles des en-têtes (variantes de structure §4) — termes de l'indicateur (numérateur,
 * dénominateur, taux ou autre résultat calculé) et identités (FINESS, nom d'ESMS, périmètre,
 * intitulé d'indicateur). Reconnus sur le texte normalisé, mot à mot, jamais par position.
 */

export type Terme2D = "numerateur" | "denominateur" | "taux";
export type Identite2D = "finess" | "nom" | "perimetre" | "indicateur";
export type Role2D = Terme2D | Identite2D;

const MOTIFS: readonly { readonly role: Role2D; readonly motif: RegExp }[] = [
  { role: "numerateur", motif: /^(numerateur|num)\b|\bnumerateur$/ },
  { role: "denominateur", motif: /^(denominateur|denom|den)\b|\bdenominateur$/ },
  {
    role: "taux",
    motif:
      /^(taux|ratio|resultat|rapport|pourcentage|delai moyen|moyenne|nombre moyen|valeur calculee)\b/,
  },
  { role: "finess", motif: /^(n )?finess\b/ },
  {
    role: "nom",
    motif:
      /^(nom|etablissement|esms|raison sociale|denomination|structure|service|etablissement ou service)\b/,
  },
  { role: "perimetre", motif: /^(perimetre|niveau|granularite|secteur categorie|echelon)\b/ },
  { role: "indicateur", motif: /^(indicateurs?|intitule|libelle)( de l indicateur)?$/ },
];

/** Au-delà, un libellé est une phrase (intitulé, explication), pas un en-tête. */
const MOTS_EN_TETE = 6;

/**
 * Rôle d'un en-tête normalisé, s'il en a un (les termes d'abord). Seuls numérateur et
 * dénominateur peuvent porter une explication longue (« Numérateur : personnes… »).
 */
export function role2D(norm: string): Role2D | undefined {
  return roleMemorise(norm);
}

const roleMemorise = memoriser((norm): Role2D | undefined => {
  const court = norm.split(" ").length <= MOTS_EN_TETE;
  return MOTIFS.find(
    (m) => (court || m.role === "numerateur" || m.role === "denominateur") && m.motif.test(norm),
  )?.role;
});

export const estTerme = (r: Role2D | undefined | null): r is Terme2D =>
  r === "numerateur" || r === "denominateur" || r === "taux";

/** Texte explicatif d'un libellé de terme : ce qui suit « : » (« Numérateur : personnes… »). */
export function apresDeuxPoints(texte: string): string {
  const i = texte.indexOf(":");
  return i >= 0 ? texte.slice(i + 1).trim() : "";
}

const FINESS_DANS = /\b(\d{9}|2[AB]\d{7}|\d{8})\b/i;

/** FINESS écrit dans un texte (« IME Les Pins (440000024) »), normalisé ; "" sinon. */
export function finessDans(texte: string): string {
  return finessMemorise(texte);
}

// Les mêmes périmètres (noms d'ESMS) reviennent pour chaque indicateur : réponses mémorisées.
const finessMemorise = memoriser((texte) => {
  const m = FINESS_DANS.exec(texte);
  return m ? normaliserFiness(m[1]) : "";
});

/** Le nom d'un texte d'identité, sans son FINESS ni ses séparateurs. */
export function nomSansFiness(texte: string): string {
  return nomMemorise(texte);
}

const nomMemorise = memoriser((texte) =>
  texte
    .replace(FINESS_DANS, "")
    .replace(/[()[\]]/g, " ")
    .replace(/\s+[-–—:|]\s*$/, "")
    .replace(/^\s*[-–—:|]\s+/, "")
    .replace(/\s+/g, " ")
    .trim(),
);

const PERIMETRES = /^(organisme|og\b|secteur|categorie|total|ensemble|tous les esms|siege)/;

/** Vraisemblance qu'un texte désigne un périmètre (ESMS, catégorie, secteur, organisme). */
export function airDePerimetre(norm: string, texte: string): boolean {
  return PERIMETRES.test(norm) || finessDans(texte) !== "" || devinerCategorie(texte) !== undefined;
}
