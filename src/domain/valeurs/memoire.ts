import { memoireVidable } from "../classeur/memoires";

/**
 * Mémoire bornée d'une fonction pure d'un texte : les mêmes libellés (noms d'ESMS, en-têtes,
 * légendes) reviennent des milliers de fois par analyse et d'une analyse à l'autre. Taille bornée :
 * la mémoire est vidée quand elle est pleine (jamais de croissance sans fin sur un long lot).
 */
export function memoriser<T>(
  calculer: (texte: string) => T,
  taille = 20_000,
): (texte: string) => T {
  const memoire = memoireVidable(new Map<string, T>());
  return (texte) => {
    const deja = memoire.get(texte);
    if (deja !== undefined || memoire.has(texte)) return deja as T;
    const v = calculer(texte);
    if (memoire.size >= taille) memoire.clear();
    memoire.set(texte, v);
    return v;
  };
}
