import { genererClasseur } from "../exemple/classeur";
import { genererAutreMiseEnPage } from "../exemple-autre/index";
import type { VeriteSaisies } from "./mesure-saisies";
import type { VeriteZones } from "./mesure-zones";

/**
 * Les deux classeurs d'exemple et leur vérité terrain des cellules de saisie : le premier (écrit
 * avec les repérages) et le second (écrit indépendamment, à partir des seuls documents du modèle).
 */

export interface Echantillon {
  readonly nom: string;
  readonly buffer: Buffer;
  readonly verite: readonly VeriteSaisies[];
  /** Cellules de valeur des zones du modèle et incohérences semées. */
  readonly zones: VeriteZones;
}

/** Repères du premier générateur qui désignent une valeur d'une zone du modèle. */
const ZONES = /^(a1\/|axe\/|2b\/|2c\/|2d\/|2e\/e[1-6]\/|2f\/)/;
const zoneDe = (cle: string) => cle.split("/").slice(0, 2).join("/").split("|")[0] as string;

/** Le premier classeur, variante « erreurs » (incohérences semées), ou « exemple ». */
export async function premierExemple(
  variante: "exemple" | "erreurs" = "exemple",
): Promise<Echantillon> {
  const g = await genererClasseur(variante);
  const parOnglet = new Map<string, string[]>();
  for (const s of g.saisies)
    parOnglet.set(s.onglet, [...(parOnglet.get(s.onglet) ?? []), s.cellule]);
  const valeurs = Object.entries(g.reperes)
    .filter(([cle]) => ZONES.test(cle))
    .map(([cle, c]) => ({ onglet: c.onglet, cellule: c.cellule, zone: zoneDe(cle) }));
  return {
    nom: variante,
    buffer: g.buffer,
    verite: [...parOnglet].map(([nom, saisies]) => ({ nom, saisies })),
    zones: { valeurs, erreurs: g.erreurs },
  };
}

export async function secondExemple(): Promise<Echantillon> {
  const { buffer, verite } = await genererAutreMiseEnPage();
  return {
    nom: "autre-mise-en-page",
    buffer,
    verite: verite.onglets.map((o) => ({ nom: o.nom, saisies: o.saisies })),
    zones: { valeurs: verite.valeurs, erreurs: verite.erreurs },
  };
}
