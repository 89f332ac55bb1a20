import type { CellRange, Location } from "../domain/classeur/snapshot";
import {
  FAMILLES,
  INDICATEURS,
  type EcartFormule,
  type ResultatIndicateur,
  type Seuil,
} from "../domain/indicateurs";
import type { AnalyseClasseur } from "./analyser";

/**
 * Indicateurs du volet, groupés par onglet (ordre du classeur) puis par famille (ordre du
 * registre), avec les seuils déclarés, les écarts de formule et la cible « aller aux entrées ».
 */

export interface IndicateurAffiche {
  /** Clé stable pour l'interface (id + périmètre + exercice + cellule). */
  readonly cle: string;
  readonly resultat: ResultatIndicateur;
  readonly seuils: readonly Seuil[];
  /** Écarts entre la formule du classeur et le calcul, sur la cellule du résultat. */
  readonly ecarts: readonly EcartFormule[];
  /** Cellules d'entrée (sur la feuille de la première entrée repérée) ; `null` si aucune. */
  readonly cible: { readonly sheetId: string; readonly ranges: readonly CellRange[] } | null;
}

export interface GroupeFamille {
  readonly cle: string;
  /** Libellé de la famille du registre ; `null` pour un indicateur hors familles connues. */
  readonly libelle: string | null;
  readonly indicateurs: readonly IndicateurAffiche[];
}

export interface GroupeOngletIndicateurs {
  readonly sheetId: string | null;
  readonly nom: string;
  readonly familles: readonly GroupeFamille[];
}

const zone = (l: Location): CellRange => ({ top: l.row, left: l.col, bottom: l.row, right: l.col });

/** Cellules d'entrée à sélectionner : celles de la feuille de la première entrée repérée. */
export function cibleEntrees(r: ResultatIndicateur): IndicateurAffiche["cible"] {
  const lieux = r.entrees.map((e) => e.location).filter((l): l is Location => l !== undefined);
  const premiere = lieux[0] ?? r.location;
  if (!premiere) return null;
  const memes = lieux.filter((l) => l.sheetId === premiere.sheetId);
  const uniques = new Map((memes.length ? memes : [premiere]).map((l) => [`${l.row}:${l.col}`, l]));
  return { sheetId: premiere.sheetId, ranges: [...uniques.values()].map(zone) };
}

const familleDe = (id: string) => FAMILLES.find((f) => id.startsWith(`${f.cle}.`));

export function indicateursParOnglet(a: AnalyseClasseur): GroupeOngletIndicateurs[] {
  const seuils = new Map(INDICATEURS.map((d) => [d.id, d.seuils]));
  const positions = new Map(a.onglets.map((o) => [o.sheetId, o]));
  const groupes = new Map<
    string,
    { sheetId: string | null; nom: string; items: IndicateurAffiche[] }
  >();
  const vus = new Map<string, number>();
  for (const r of a.indicateurs) {
    const lieu = r.location ?? r.entrees.find((e) => e.location)?.location;
    const onglet = lieu ? positions.get(lieu.sheetId) : a.onglets.find((o) => o.type === r.onglet);
    const cleOnglet = onglet?.sheetId ?? `type:${r.onglet}`;
    let g = groupes.get(cleOnglet);
    if (!g) {
      g = {
        sheetId: onglet?.sheetId ?? null,
        nom: onglet?.nom ?? lieu?.sheetName ?? r.onglet,
        items: [],
      };
      groupes.set(cleOnglet, g);
    }
    const base = [
      r.id,
      r.perimetre.cle,
      r.perimetre.exercice ?? "",
      lieu ? `${lieu.row}:${lieu.col}` : "",
    ].join("|");
    const n = vus.get(base) ?? 0;
    vus.set(base, n + 1);
    g.items.push({
      cle: n === 0 ? base : `${base}#${n}`,
      resultat: r,
      seuils: seuils.get(r.id) ?? [],
      ecarts: r.location
        ? a.ecarts.filter(
            (e) =>
              e.location.sheetId === r.location?.sheetId &&
              e.location.row === r.location.row &&
              e.location.col === r.location.col,
          )
        : [],
      cible: cibleEntrees(r),
    });
  }
  const position = (id: string | null) => (id ? (positions.get(id)?.position ?? 1e9) : 1e9);
  return [...groupes.values()]
    .sort((x, y) => position(x.sheetId) - position(y.sheetId))
    .map((g) => ({
      sheetId: g.sheetId,
      nom: g.nom,
      familles: FAMILLES.map((f): GroupeFamille => ({
        cle: f.cle,
        libelle: f.libelle,
        indicateurs: g.items.filter((i) => familleDe(i.resultat.id)?.cle === f.cle),
      }))
        .concat([
          {
            cle: "autres",
            libelle: null,
            indicateurs: g.items.filter((i) => !familleDe(i.resultat.id)),
          },
        ])
        .filter((f) => f.indicateurs.length > 0),
    }));
}
