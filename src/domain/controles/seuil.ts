import type { Location } from "../classeur/snapshot";
import type { TypeOnglet } from "../classeur/types-onglet";
import { formaterValeur } from "../indicateurs/format";
import type { ResultatIndicateur } from "../indicateurs/types";
import type { Controle, Gravite, MetaControle, Parametre } from "./types";

/**
 * Fabrique de contrôles de seuil sur les indicateurs calculés (`vue.indicateurs()`) : un contrôle
 * déclare les ids d'indicateurs qu'il lit, la condition et les paramètres de son message.
 */

export interface DeclarationSeuil {
  readonly id: string;
  readonly gravite: Gravite;
  readonly onglets: readonly TypeOnglet[];
  readonly indicateurs: readonly string[];
  readonly si: (valeur: number, r: ResultatIndicateur) => boolean;
  readonly message: string;
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

export function controleSeuil(d: DeclarationSeuil): Controle {
  const meta: MetaControle = {
    id: d.id,
    gravite: d.gravite,
    onglets: d.onglets,
    description: d.description,
    messages: { seuil: d.message },
    correction: d.correction,
    pourquoi: d.pourquoi,
    source: d.source,
  };
  return {
    meta,
    run(vue, signaler) {
      for (const r of vue.indicateurs()) {
        if (!d.indicateurs.includes(r.id) || r.valeur === null) continue;
        if (!d.si(r.valeur, r)) continue;
        signaler({
          messageId: "seuil",
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
