/** Règles d'Excel pour les noms de feuilles, partagées par les passerelles et l'hôte simulé. */

/** Nom de feuille valide pour Excel ? Renvoie la raison du refus, ou `null`. */
export function refusNomFeuille(nom: unknown): string | null {
  if (typeof nom !== "string" || nom.length === 0) return "nom vide";
  if (nom.length > 31) return "plus de 31 caractères";
  if (/[:\\/?*[\]]/.test(nom)) return "caractère interdit (: \\ / ? * [ ])";
  if (nom.startsWith("'") || nom.endsWith("'")) return "apostrophe en début ou en fin";
  if (nom.toLowerCase() === "history") return "nom réservé";
  return null;
}

/** Nom libre (insensible à la casse), suffixé « (2) », « (3) »… et tronqué à 31 caractères. */
export function nomLibre(voulu: string, pris: ReadonlySet<string>): string {
  if (!pris.has(voulu.toLowerCase())) return voulu;
  for (let k = 2; ; k++) {
    const suffixe = ` (${k})`;
    const nom = voulu.slice(0, 31 - suffixe.length) + suffixe;
    if (!pris.has(nom.toLowerCase())) return nom;
  }
}
