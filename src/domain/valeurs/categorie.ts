import type { CellValue } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { CATEGORIES_FINESS, type CategorieFiness } from "./categories-finess";
import { memoriser } from "./memoire";

/**
 * Reconnaissance d'une catégorie FINESS (categories-finess.ts). Dans la colonne « catégorie » :
 * un code, puis un libellé entier (officiel, court, de la nomenclature, sigle), puis un sigle faible
 * en premier mot, puis un sigle ou une expression contenus. D'après un nom, en dernier recours :
 * sigles sûrs et expressions seulement (jamais « MAS », « FAM. »…), le plus à gauche l'emporte.
 */

const MOTS_VIDES = new Set(
  "a au aux d de des du en et l la le les ou par pour s sur un une".split(" "),
);

/** « (E.S.A.T.) » → « ESAT » avant normalisation : un sigle à points reste un mot. */
function sansPointsDeSigle(texte: string): string {
  return texte.replace(/\b(?:[A-Za-z]\.){2,}(?:[A-Za-z]\b)?/g, (m) => m.replace(/\./g, ""));
}

/** Clé de comparaison : minuscules, sans accents ni ponctuation, sigles à points recollés, sans
 * mots vides (« Foyer d'hébergement pour adultes » = « foyer hebergement adultes »). */
export function cleCategorie(texte: string): string {
  return cleMemorisee(texte);
}

const cleMemorisee = memoriser((texte) =>
  normaliserTexte(sansPointsDeSigle(texte), { garderNumerotation: true })
    .split(" ")
    .filter((m) => m && !MOTS_VIDES.has(m))
    .join(" "),
);

const sansParentheses = (s: string) => s.replace(/\([^)]*\)/g, " ");

interface Index {
  readonly entiers: ReadonlyMap<string, CategorieFiness>;
  readonly faibles: ReadonlyMap<string, CategorieFiness>;
  /** Motifs sûrs (sigles, expressions, libellés), du plus long au plus court. */
  readonly motifs: readonly { readonly cle: string; readonly cat: CategorieFiness }[];
}

function indexer(): Index {
  const entiers = new Map<string, CategorieFiness>();
  const faibles = new Map<string, CategorieFiness>();
  const motifs: { cle: string; cat: CategorieFiness }[] = [];
  for (const c of CATEGORIES_FINESS) {
    const surs = [c.libelle, sansParentheses(c.libelle), c.court, ...c.expressions, ...c.sigles];
    for (const t of [...surs, ...c.faibles]) {
      const k = cleCategorie(t);
      if (k && !entiers.has(k)) entiers.set(k, c);
    }
    for (const f of c.faibles) faibles.set(cleCategorie(f), c);
    for (const t of surs) {
      const k = cleCategorie(t);
      // Un libellé court qui n'est qu'un sigle faible (« MAS ») n'est pas un motif sûr.
      if (k && !faibles.has(k) && !motifs.some((m) => m.cle === k)) motifs.push({ cle: k, cat: c });
    }
  }
  motifs.sort((a, b) => b.cle.length - a.cle.length);
  return { entiers, faibles, motifs };
}

const INDEX = indexer();
const PAR_CODE = new Map(CATEGORIES_FINESS.map((c) => [c.code, c]));

export function categorieParCode(code: string): CategorieFiness | undefined {
  return PAR_CODE.get(code.trim());
}

/** Motif sûr le plus à gauche dans la clé (à égalité, le plus long) ; mémorisé par clé. */
const motifContenu = memoriser(chercherMotif);

function chercherMotif(cle: string): CategorieFiness | undefined {
  const texte = ` ${cle} `;
  let meilleur: { pos: number; cat: CategorieFiness } | undefined;
  for (const m of INDEX.motifs) {
    const pos = texte.indexOf(` ${m.cle} `);
    if (pos >= 0 && (!meilleur || pos < meilleur.pos)) meilleur = { pos, cat: m.cat };
  }
  return meilleur?.cat;
}

/** Catégorie déclarée (colonne « catégorie ») : code, libellé, sigle ; `undefined` sinon. */
export function reconnaitreCategorie(
  valeur: CellValue | null | undefined,
): CategorieFiness | undefined {
  if (typeof valeur === "number") return categorieParCode(String(valeur));
  if (typeof valeur !== "string" || !valeur.trim()) return undefined;
  return categorieDuTexte(valeur);
}

const categorieDuTexte = memoriser((valeur): CategorieFiness | undefined => {
  const cle = cleCategorie(valeur);
  const code = cle.split(" ").find((m) => /^\d{3}$/.test(m) && PAR_CODE.has(m));
  if (code) return PAR_CODE.get(code);
  const entier = INDEX.entiers.get(cle);
  if (entier) return entier;
  const premier = /^\s*(\p{L}+)(?![\p{L}\d.])/u.exec(valeur)?.[1];
  const faible = premier ? INDEX.faibles.get(premier.toLowerCase()) : undefined;
  return faible ?? motifContenu(cle);
});

/** Catégorie devinée d'après un nom d'ESMS : dernier recours (sigles sûrs, expressions). */
export function devinerCategorie(nom: string): CategorieFiness | undefined {
  return motifContenu(cleCategorie(nom));
}

/** Catégorie déclarée, sinon devinée du nom (jamais le nom contre une catégorie reconnue). */
export function categorieDeclareeOuDevinee(
  categorie: CellValue | null | undefined,
  nom: string,
): CategorieFiness | undefined {
  return reconnaitreCategorie(categorie) ?? devinerCategorie(nom);
}
