import type { Gravite } from "../domain/controles/types";
import type { AnalyseClasseur, ConstatAffiche } from "./analyser";

/**
 * Constats du volet, façon vérificateur d'accessibilité d'Excel : groupés par onglet (ordre du
 * classeur ; le classeur entier en premier), puis par gravité (erreur, alerte, info), filtrables.
 */

export const GRAVITES: readonly Gravite[] = ["erreur", "alerte", "info"];

export interface ConstatListe {
  /** Clé unique dans la liste (`cle` du constat + ses paramètres, + rang en cas de doublon). */
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

/** Identifiant unique et stable d'un constat (la `cle` seule ne distingue pas les paramètres). */
export function idConstat(c: ConstatAffiche): string {
  const data = Object.keys(c.data)
    .sort()
    .map((k) => `${k}=${String(c.data[k])}`)
    .join("&");
  return data ? `${c.cle}|${data}` : c.cle;
}

export function constatsParOnglet(
  a: AnalyseClasseur,
  gravites: ReadonlySet<Gravite> = new Set(GRAVITES),
): GroupeOngletConstats[] {
  const position = new Map(a.onglets.map((o) => [o.sheetId, o.position]));
  const groupes = new Map<
    string,
    { sheetId: string | null; nom: string | null; items: ConstatListe[] }
  >();
  const vus = new Map<string, number>();
  for (const c of a.constats) {
    if (!gravites.has(c.gravite)) continue;
    const base = idConstat(c);
    const n = vus.get(base) ?? 0;
    vus.set(base, n + 1);
    const k = c.onglet?.sheetId ?? "";
    let g = groupes.get(k);
    if (!g) {
      g = { sheetId: c.onglet?.sheetId ?? null, nom: c.onglet?.nom ?? null, items: [] };
      groupes.set(k, g);
    }
    g.items.push({ id: n === 0 ? base : `${base}#${n}`, constat: c });
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
