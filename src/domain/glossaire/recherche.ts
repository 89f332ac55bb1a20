import { GLOSSAIRE, type TermeGlossaire } from "./termes";

/** Recherche dans le glossaire et repérage des termes d'un texte (pur). */

/** Minuscules sans accents, pour comparer des mots. */
export const sansAccents = (t: string): string =>
  t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const estSigle = (f: string) => /^[A-Z0-9 /-]+$/.test(f.replace(/[a-z]{1,2}(?=[A-Z])/g, ""));

function motif(forme: string): RegExp {
  const echappe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Sigle (« CAF », « TdB ») : casse exacte, mot entier ; mot : sans casse ni accents.
  return estSigle(forme)
    ? new RegExp(`(?<![\\p{L}\\d])${echappe(forme)}(?![\\p{L}\\d])`, "u")
    : new RegExp(`(?<![\\p{L}\\d])${echappe(sansAccents(forme))}(?![\\p{L}\\d])`, "u");
}

const formesDe = (t: TermeGlossaire): string[] =>
  [t.terme, ...(t.formes ?? [])].flatMap((f) => (f.includes(" / ") ? [f, ...f.split(" / ")] : [f]));

const MOTIFS = new Map(GLOSSAIRE.map((t) => [t.id, formesDe(t).map((f) => ({ f, re: motif(f) }))]));

/** Termes du glossaire présents dans `texte` (ordre du glossaire, sans doublon). */
export function termesDans(texte: string, glossaire = GLOSSAIRE): TermeGlossaire[] {
  const bas = sansAccents(texte);
  return glossaire.filter((t) =>
    (MOTIFS.get(t.id) ?? formesDe(t).map((f) => ({ f, re: motif(f) }))).some(({ f, re }) =>
      re.test(estSigle(f) ? texte : bas),
    ),
  );
}

/** Termes dont le nom, la forme développée, les variantes ou la définition contiennent `requete`. */
export function chercherTermes(requete: string, glossaire = GLOSSAIRE): TermeGlossaire[] {
  const q = sansAccents(requete.trim());
  if (!q) return [...glossaire];
  const dans = (t: TermeGlossaire, champs: readonly (string | undefined)[]) =>
    champs.some((c) => c !== undefined && sansAccents(c).includes(q));
  const nom = glossaire.filter((t) => dans(t, [t.terme, t.developpe, ...(t.formes ?? [])]));
  const definition = glossaire.filter((t) => !nom.includes(t) && dans(t, [t.definition, t.source]));
  return [...nom, ...definition];
}

export const termeParId = (id: string): TermeGlossaire | undefined =>
  GLOSSAIRE.find((t) => t.id === id);
