import type { Location } from "../classeur/snapshot";
import type { TypeOnglet } from "../classeur/types-onglet";
import { formaterValeur } from "../indicateurs/format";
import type {
  ControleDuSeuil,
  DefinitionIndicateur,
  Entrees,
  ResultatIndicateur,
  Seuil,
} from "../indicateurs/types";
import type { Controle, Gravite, MetaControle, Parametre } from "./types";

/**
 * Fabrique de contrôles de seuil sur les indicateurs calculés (`vue.indicateurs()`) : un contrôle
 * déclare les ids d'indicateurs qu'il lit, la condition et les paramètres de son message. Les
 * contrôles des seuils déclarés sur les indicateurs (`Seuil.controle`) en sont générés
 * (`controlesDesSeuils`) : le seuil n'est écrit qu'une fois, sur son indicateur.
 */

export interface DeclarationSeuil {
  readonly id: string;
  readonly gravite: Gravite;
  readonly onglets: readonly TypeOnglet[];
  readonly indicateurs: readonly string[];
  readonly si: (valeur: number, r: ResultatIndicateur) => boolean;
  readonly message: string;
  /** Clé du message (défaut : `seuil`). */
  readonly cleMessage?: string;
  readonly description: string;
  readonly correction: string;
  readonly pourquoi: string;
  readonly source: string;
  /** Paramètres en plus de `nom`, `indicateur`, `exercice` et `valeur` (formatée). */
  readonly data?: (r: ResultatIndicateur, valeur: number) => Record<string, Parametre>;
  /** Cellules désignées ; par défaut la cellule calculée du résultat, sinon ses entrées. */
  readonly a?: (r: ResultatIndicateur) => Location[];
}

/** Cellule d'un résultat : sa cellule calculée, sinon ses entrées. */
export function locationsResultat(r: ResultatIndicateur): Location[] {
  if (r.location) return [r.location];
  return r.entrees.flatMap((e) => (e.location ? [e.location] : []));
}

/**
 * Résultats rangés par id d'indicateur (positions dans la liste), une fois par liste : chaque
 * contrôle de seuil ne lit que les résultats de ses indicateurs, dans l'ordre de la liste.
 */
const index = new WeakMap<readonly ResultatIndicateur[], Map<string, number[]>>();

function resultatsDe(
  tous: readonly ResultatIndicateur[],
  ids: readonly string[],
): ResultatIndicateur[] {
  let parId = index.get(tous);
  if (!parId) {
    parId = new Map();
    tous.forEach((r, i) => {
      const p = parId?.get(r.id);
      if (p) p.push(i);
      else parId?.set(r.id, [i]);
    });
    index.set(tous, parId);
  }
  const positions = ids.flatMap((id) => parId?.get(id) ?? []);
  if (ids.length > 1) positions.sort((a, b) => a - b);
  return positions.map((i) => tous[i] as ResultatIndicateur);
}

export function controleSeuil(d: DeclarationSeuil): Controle {
  const meta: MetaControle = {
    id: d.id,
    gravite: d.gravite,
    onglets: d.onglets,
    description: d.description,
    messages: { [d.cleMessage ?? "seuil"]: d.message },
    correction: d.correction,
    pourquoi: d.pourquoi,
    source: d.source,
  };
  return {
    meta,
    run(vue, signaler) {
      for (const r of resultatsDe(vue.indicateurs(), d.indicateurs)) {
        if (r.valeur === null) continue;
        if (!d.si(r.valeur, r)) continue;
        signaler({
          messageId: d.cleMessage ?? "seuil",
          data: {
            nom: r.perimetre.libelle,
            indicateur: r.libelle,
            exercice: r.perimetre.exercice ?? "",
            valeur: formaterValeur(r.valeur, r.unite),
            ...(d.data?.(r, r.valeur) ?? {}),
          },
          a: d.a ? d.a(r) : locationsResultat(r),
        });
      }
    },
  };
}

/** La cellule calculée du résultat (s'il y en a une) et toutes ses entrées : la saisie à corriger. */
export function locationsResultatEtEntrees(r: ResultatIndicateur): Location[] {
  const entrees = r.entrees.flatMap((e) => (e.location ? [e.location] : []));
  return [...(r.location ? [r.location] : []), ...entrees];
}

/** Un seuil qui porte un contrôle, et les indicateurs qui le déclarent (vétusté : deux). */
export interface SeuilControle {
  readonly seuil: Seuil;
  readonly controle: ControleDuSeuil;
  readonly indicateurs: readonly string[];
  readonly onglets: readonly TypeOnglet[];
}

/** Les seuils à contrôle des définitions, par id de contrôle (ordre de première déclaration). */
export function seuilsControles(
  definitions: readonly DefinitionIndicateur[],
): Map<string, SeuilControle> {
  const groupes = new Map<
    string,
    { seuil: Seuil; controle: ControleDuSeuil; indicateurs: string[]; onglets: TypeOnglet[] }
  >();
  for (const d of definitions) {
    for (const s of d.seuils) {
      const c = s.controle;
      if (!c) continue;
      const g = groupes.get(c.id);
      if (!g) {
        groupes.set(c.id, { seuil: s, controle: c, indicateurs: [d.id], onglets: [d.onglet] });
        continue;
      }
      if (g.seuil !== s) throw new Error(`Contrôle ${c.id} déclaré sur deux seuils différents.`);
      if (!g.indicateurs.includes(d.id)) g.indicateurs.push(d.id);
      if (!g.onglets.includes(d.onglet)) g.onglets.push(d.onglet);
    }
  }
  return groupes;
}

/** Métadonnées du contrôle d'un seuil : gravité du seuil, source du contrôle ou du seuil. */
export function metaDuSeuil(s: SeuilControle): MetaControle {
  const c = s.controle;
  return {
    id: c.id,
    gravite: s.seuil.gravite,
    onglets: s.onglets,
    description: c.description,
    messages: { [c.cleMessage ?? "seuil"]: c.message },
    correction: c.correction,
    pourquoi: c.pourquoi,
    source: c.source ?? s.seuil.source,
  };
}

/** Le seuil (et la condition propre au contrôle) franchi par une valeur. */
export function seuilFranchi(s: SeuilControle, valeur: number, entrees: Entrees): boolean {
  return s.seuil.si(valeur, entrees) && (s.controle.aussi?.(valeur) ?? true);
}

/** Entrées lues d'un résultat, comme les voient ses seuils (clé → nombre, vides omises). */
export function entreesDe(r: ResultatIndicateur): Entrees {
  const e: Record<string, number> = {};
  for (const l of r.entrees) if (l.valeur !== null) e[l.cle] = l.valeur;
  return e;
}

/** Contrôle sur les résultats (`vue.indicateurs()`) d'un seuil déclaré sur ses indicateurs. */
export function controleDuSeuil(s: SeuilControle): Controle {
  const c = s.controle;
  const meta = metaDuSeuil(s);
  const parametres = c.parametres;
  return controleSeuil({
    id: meta.id,
    gravite: meta.gravite,
    onglets: meta.onglets,
    indicateurs: s.indicateurs,
    si: (v, r) => seuilFranchi(s, v, entreesDe(r)),
    message: c.message,
    ...(c.cleMessage ? { cleMessage: c.cleMessage } : {}),
    description: meta.description,
    correction: meta.correction,
    pourquoi: meta.pourquoi,
    source: c.source ?? s.seuil.source,
    ...(parametres
      ? {
          data: (r: ResultatIndicateur, valeur: number) => ({
            ...parametres({ id: r.id, valeur, entrees: entreesDe(r) }),
          }),
        }
      : {}),
    ...(c.cellules === "resultat-et-entrees" ? { a: locationsResultatEtEntrees } : {}),
  });
}

/** Contrôles des seuils déclarés sur les définitions, par id de contrôle. */
export function controlesDesSeuils(
  definitions: readonly DefinitionIndicateur[],
): Map<string, Controle> {
  return new Map([...seuilsControles(definitions)].map(([id, s]) => [id, controleDuSeuil(s)]));
}

/**
 * Contrôles des seuils déclarés sur les définitions, dans l'ordre donné (catalogue, constats). Un
 * seuil à contrôle absent de l'ordre, ou un id de l'ordre qu'aucun seuil ne déclare, fait échouer
 * le chargement.
 */
export function controlesDesSeuilsDansLOrdre(
  definitions: readonly DefinitionIndicateur[],
  ordre: readonly string[],
): Controle[] {
  const generes = controlesDesSeuils(definitions);
  const absents = [...generes.keys()].filter((id) => !ordre.includes(id));
  if (absents.length > 0)
    throw new Error(`Contrôles de seuil hors de l'ordre : ${absents.join(", ")}.`);
  return ordre.map((id) => {
    const c = generes.get(id);
    if (!c) throw new Error(`Contrôle de seuil ${id} : aucun seuil d'indicateur ne le déclare.`);
    return c;
  });
}
