import { genererClasseur } from "../exemple/classeur";
import { genererAutreMiseEnPage } from "../exemple-autre/index";
import type { VeriteSaisies } from "./mesure-saisies";

/**
 * Les deux classeurs d'exemple et leur vérité terrain des cellules de saisie : le premier (écrit
 * avec les repérages) et le second (écrit indépendamment, à partir des seuls documents du modèle).
 */

export interface Echantillon {
  readonly nom: string;
  readonly buffer: Buffer;
  readonly verite: readonly VeriteSaisies[];
}

export async function premierExemple(): Promise<Echantillon> {
  const g = await genererClasseur("exemple");
  const parOnglet = new Map<string, string[]>();
  for (const s of g.saisies)
    parOnglet.set(s.onglet, [...(parOnglet.get(s.onglet) ?? []), s.cellule]);
  return {
    nom: "exemple",
    buffer: g.buffer,
    verite: [...parOnglet].map(([nom, saisies]) => ({ nom, saisies })),
  };
}

export async function secondExemple(): Promise<Echantillon> {
  const { buffer, verite } = await genererAutreMiseEnPage();
  return {
    nom: "autre-mise-en-page",
    buffer,
    verite: verite.onglets.map((o) => ({ nom: o.nom, saisies: o.saisies })),
  };
}
