import type { Location } from "../classeur/snapshot";
import type { CompletudeOnglet } from "./completude";

/**
 * Cellule à renseigner suivante (sens 1) ou précédente (sens -1) : ordre de lecture (ligne puis
 * colonne) dans chaque onglet, onglets dans `ordreOnglets` (ids), en bouclant. `depuis` null :
 * la première (ou la dernière) ; une cellule vide de départ n'est pas rendue si une autre existe.
 * `null` quand il ne reste rien à renseigner.
 */
export function prochaineCelluleVide(
  completude: { readonly parOnglet: readonly Pick<CompletudeOnglet, "sheetId" | "vides">[] },
  depuis: Location | null,
  sens: 1 | -1,
  ordreOnglets: readonly string[],
): Location | null {
  const vides = ordreOnglets.flatMap(
    (id) => completude.parOnglet.find((o) => o.sheetId === id)?.vides ?? [],
  );
  if (vides.length === 0) return null;
  const premier = sens === 1 ? vides[0] : vides[vides.length - 1];
  if (!depuis) return premier ?? null;
  const rang = ordreOnglets.indexOf(depuis.sheetId);
  if (rang < 0) return premier ?? null;
  const comparer = (l: Location): number =>
    ordreOnglets.indexOf(l.sheetId) - rang || l.row - depuis.row || l.col - depuis.col;
  const suivant =
    sens === 1
      ? vides.find((l) => comparer(l) > 0)
      : [...vides].reverse().find((l) => comparer(l) < 0);
  return suivant ?? premier ?? null;
}
