import { libelleLisible } from "../../domain/indicateurs";
import type { GroupeOngletIndicateurs, IndicateurAffiche } from "../../use-cases/vue-indicateurs";

/**
 * Filtres et regroupement de la vue Indicateurs (pur) : par onglet (ordre du classeur), puis par
 * ESMS ou périmètre (ordre d'apparition) ; filtres onglet, ESMS et « en alerte ».
 */

export const TOUS = "";

export interface FiltresIndicateurs {
  readonly onglet: string;
  readonly esms: string;
  readonly enAlerte: boolean;
}

export const SANS_FILTRE: FiltresIndicateurs = { onglet: TOUS, esms: TOUS, enAlerte: false };

export interface GroupeEsms {
  readonly cle: string;
  readonly libelle: string;
  readonly indicateurs: readonly IndicateurAffiche[];
  readonly enAlerte: number;
}

export interface GroupeOngletEsms {
  readonly cle: string;
  readonly nom: string;
  readonly esms: readonly GroupeEsms[];
  readonly total: number;
  readonly enAlerte: number;
}

export const estEnAlerte = (i: IndicateurAffiche): boolean =>
  i.resultat.alertes.length > 0 || i.ecarts.length > 0;

/** Libellé du périmètre d'un indicateur, lisible (« Internat, orientation ESAT »). */
export const perimetreDe = (i: IndicateurAffiche): string =>
  libelleLisible(i.resultat.perimetre.libelle || i.resultat.perimetre.cle);

const cleOnglet = (g: GroupeOngletIndicateurs) => g.sheetId ?? `nom:${g.nom}`;

/** Périmètres proposés dans le filtre ESMS (ceux de l'onglet choisi, sinon de tous). */
export function choixEsms(groupes: readonly GroupeOngletIndicateurs[], onglet: string): string[] {
  const vus = new Set<string>();
  for (const g of groupes) {
    if (onglet !== TOUS && cleOnglet(g) !== onglet) continue;
    for (const f of g.familles) for (const i of f.indicateurs) vus.add(perimetreDe(i));
  }
  return [...vus];
}

export const choixOnglets = (groupes: readonly GroupeOngletIndicateurs[]) =>
  groupes.map((g) => ({ cle: cleOnglet(g), nom: g.nom }));

export function filtrerIndicateurs(
  groupes: readonly GroupeOngletIndicateurs[],
  f: FiltresIndicateurs,
): GroupeOngletEsms[] {
  const sortie: GroupeOngletEsms[] = [];
  for (const g of groupes) {
    const cle = cleOnglet(g);
    if (f.onglet !== TOUS && cle !== f.onglet) continue;
    const parEsms = new Map<string, IndicateurAffiche[]>();
    for (const fam of g.familles)
      for (const i of fam.indicateurs) {
        const p = perimetreDe(i);
        if (f.esms !== TOUS && p !== f.esms) continue;
        if (f.enAlerte && !estEnAlerte(i)) continue;
        parEsms.set(p, [...(parEsms.get(p) ?? []), i]);
      }
    const esms = [...parEsms].map(([libelle, indicateurs]) => ({
      cle: `${cle}|${libelle}`,
      libelle,
      indicateurs,
      enAlerte: indicateurs.filter(estEnAlerte).length,
    }));
    if (esms.length === 0) continue;
    sortie.push({
      cle,
      nom: g.nom,
      esms,
      total: esms.reduce((n, e) => n + e.indicateurs.length, 0),
      enAlerte: esms.reduce((n, e) => n + e.enAlerte, 0),
    });
  }
  return sortie;
}
