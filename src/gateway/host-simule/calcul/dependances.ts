import type { CellRange } from "../../../domain/classeur/snapshot";
import { COLONNES_MAX } from "../adresses";
import type { ClasseurModele, FeuilleModele } from "../modele";
import type { Noeud, ZoneRef } from "./analyse";

/**
 * Recalcul intelligent, comme Excel : seules les formules qui dépendent (directement ou par
 * ricochet) d'une cellule modifiée, et les formules écrites, sont recalculées ; les autres
 * gardent leur valeur (en cache dans le fichier, comme à l'ouverture dans Excel).
 */

/** Zones modifiées depuis le dernier calcul, par feuille. */
export type Modifiees = Map<FeuilleModele, CellRange[]>;

/** Fonctions dont le résultat ne se déduit pas des références écrites : toujours recalculées. */
const VOLATILES = new Set([
  "INDIRECT",
  "OFFSET",
  "NOW",
  "TODAY",
  "RAND",
  "RANDBETWEEN",
  "CELL",
  "INFO",
]);

interface Reference {
  readonly feuille: string | undefined;
  readonly zone: ZoneRef;
}

/** Références d'un arbre (noms définis développés) ; `null` si la formule est volatile. */
export function references(
  n: Noeud,
  nom: (v: string) => Noeud | undefined,
  vus = new Set<string>(),
): Reference[] | null {
  switch (n.k) {
    case "ref":
      return [{ feuille: n.feuille, zone: n.zone }];
    case "nom": {
      const def = vus.has(n.v) ? undefined : nom(n.v);
      vus.add(n.v);
      return def ? references(def, nom, vus) : [];
    }
    case "u":
    case "pct":
      return references(n.a, nom, vus);
    case "bin": {
      const a = references(n.a, nom, vus);
      const b = references(n.b, nom, vus);
      return a && b ? [...a, ...b] : null;
    }
    case "f": {
      if (VOLATILES.has(n.nom)) return null;
      const out: Reference[] = [];
      for (const x of n.args) {
        const r = references(x, nom, vus);
        if (!r) return null;
        out.push(...r);
      }
      return out;
    }
    default:
      return [];
  }
}

const touche = (z: ZoneRef, zs: readonly CellRange[] | undefined) =>
  (zs ?? []).some(
    (m) => m.top <= z.bottom && m.bottom >= z.top && m.left <= z.right && m.right >= z.left,
  );

export interface FormuleSituee {
  readonly f: FeuilleModele;
  readonly k: number;
  readonly refs: Reference[] | null;
}

/**
 * Formules à recalculer : écrites dans une zone modifiée, volatiles, ou qui lisent une zone
 * modifiée ou une formule à recalculer (jusqu'au point fixe).
 */
export function formulesSales(
  modele: ClasseurModele,
  formules: readonly FormuleSituee[],
  modifiees: Modifiees,
): Set<FormuleSituee> {
  const parNom = new Map(modele.feuilles.map((f) => [f.name.toUpperCase(), f]));
  const zones: Modifiees = new Map([...modifiees].map(([f, z]) => [f, [...z]]));
  const sales = new Set<FormuleSituee>();
  const salir = (x: FormuleSituee) => {
    sales.add(x);
    const r = Math.floor(x.k / COLONNES_MAX);
    const c = x.k % COLONNES_MAX;
    const liste = zones.get(x.f) ?? [];
    liste.push({ top: r, left: c, bottom: r, right: c });
    zones.set(x.f, liste);
  };
  for (const x of formules) {
    const r = Math.floor(x.k / COLONNES_MAX);
    const c = x.k % COLONNES_MAX;
    if (x.refs === null || touche({ top: r, left: c, bottom: r, right: c }, modifiees.get(x.f)))
      salir(x);
  }
  for (let change = true; change;) {
    change = false;
    for (const x of formules) {
      if (sales.has(x) || !x.refs) continue;
      const lit = x.refs.some((ref) => {
        const f = ref.feuille === undefined ? x.f : parNom.get(ref.feuille.toUpperCase());
        return f ? touche(ref.zone, zones.get(f)) : false;
      });
      if (lit) {
        salir(x);
        change = true;
      }
    }
  }
  return sales;
}
