import type { Gravite } from "../domain/controles/types";
import type { AnalyseClasseur, ConstatAffiche } from "./analyser";

/**
 * Constats du volet, façon vérificateur d'accessibilité d'Excel : groupés par onglet (ordre du
 * classeur ; le classeur entier en premier), puis par gravité (erreur, alerte, info), filtrables.
 */

export const GRAVITES: readonly Gravite[] = ["erreur", "alerte", "info"];

export interface ConstatListe {
  /** Clé unique dans la liste (la `cle` du constat). */
  readonly id: string;
  readonly constat: ConstatAffiche;
}

export interface GroupeGravite {
  readonly gravite: Gravite;
  readonly constats: readonly ConstatListe[];
}

export interface GroupeOngletConstats {
  /** `null` : constats sur le classeur entier (onglet absent, doublon…). */
  readonly sheetId: string | null;
  readonly nom: string | null;
  readonly gravites: readonly GroupeGravite[];
  readonly total: number;
}

/** Identifiant unique et stable d'un constat : sa `cle` (voir analyser.ts). */
export const idConstat = (c: ConstatAffiche): string => c.cle;

export function constatsParOnglet(
  a: AnalyseClasseur,
  gravites: ReadonlySet<Gravite> = new Set(GRAVITES),
): GroupeOngletConstats[] {
  const position = new Map(a.onglets.map((o) => [o.sheetId, o.position]));
  const groupes = new Map<
    string,
    { sheetId: string | null; nom: string | null; items: ConstatListe[] }
  >();
  for (const c of a.constats) {
    if (!gravites.has(c.gravite)) continue;
    const k = c.onglet?.sheetId ?? "";
    let g = groupes.get(k);
    if (!g) {
      g = { sheetId: c.onglet?.sheetId ?? null, nom: c.onglet?.nom ?? null, items: [] };
      groupes.set(k, g);
    }
    g.items.push({ id: c.cle, constat: c });
  }
  const rang = (id: string | null) => (id === null ? -1 : (position.get(id) ?? 1e9));
  return [...groupes.values()]
    .sort((x, y) => rang(x.sheetId) - rang(y.sheetId))
    .map((g) => ({
      sheetId: g.sheetId,
      nom: g.nom,
      total: g.items.length,
      gravites: GRAVITES.map((gravite) => ({
        gravite,
        constats: g.items.filter((i) => i.constat.gravite === gravite),
      })).filter((x) => x.constats.length > 0),
    }));
}

/** Nombre de constats de `avant` qui ont disparu dans `apres` (corrigés depuis la dernière analyse). */
export function constatsCorriges(
  avant: readonly ConstatAffiche[],
  apres: readonly ConstatAffiche[],
): number {
  const restants = new Set(apres.map(idConstat));
  return new Set(avant.map(idConstat).filter((id) => !restants.has(id))).size;
}
