import { adresseA1 } from "../classeur/adresse";
import type { CellValue } from "../classeur/snapshot";
import { INDICATEURS } from "../indicateurs";
import { formaterNombre, formaterValeur } from "../indicateurs/format";
import type { Unite } from "../indicateurs/types";
import type { Controle } from "./types";

/**
 * Famille `classeur` (suite) : formules remplacées ou périmées, d'après la vérification des
 * indicateurs (`verifierFormules`).
 */

const ONGLETS = ["complementaires-2d", "financier-2e", "creton-2f"] as const;

/** Unité de chaque indicateur par id (la première définition l'emporte), indexée au premier appel. */
let unites: ReadonlyMap<string, Unite> | undefined;
function uniteDe(id: string | undefined): Unite | undefined {
  if (!unites) {
    const m = new Map<string, Unite>();
    for (const d of INDICATEURS) if (!m.has(d.id)) m.set(d.id, d.unite);
    unites = m;
  }
  return id === undefined ? undefined : unites.get(id);
}

function valeur(v: CellValue | null, unite?: Unite): string {
  if (v === null) return "non calculable";
  if (typeof v === "number") return unite ? formaterValeur(v, unite) : formaterNombre(v, 2, false);
  return v === "" ? "vide" : String(v);
}

export const CONTROLES_FORMULES: readonly Controle[] = [
  {
    meta: {
      id: "classeur/formule-remplacee",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description:
        "Là où le modèle calcule (taux 2-D, totaux, ratios 2-E, totaux 2-F), une formule.",
      messages: {
        remplacee:
          "La cellule {{cellule}} devrait être calculée mais contient une valeur saisie ({{valeur}}).",
      },
      correction:
        "Rétablir la formule, ou effacer la valeur : le complément affiche le calcul attendu.",
      pourquoi: "Une valeur tapée ne suit plus les saisies : le taux ou le total devient faux.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const e of vue.ecartsFormules()) {
        if (e.type !== "formule-remplacee" || e.cache === "") continue;
        signaler({
          messageId: "remplacee",
          data: { cellule: adresseA1(e.location.row, e.location.col), valeur: valeur(e.cache) },
          a: e.location,
        });
      }
    },
  },
  {
    meta: {
      id: "classeur/formule-perimee",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "La valeur en cache d'une formule égale le recalcul du complément.",
      messages: {
        perimee:
          "{{indicateur}} vaut {{cache}} dans le classeur mais {{calcul}} d'après les données saisies.",
      },
      correction:
        "Recalculer le classeur (F9) et l'enregistrer avec Excel ; si l'écart demeure, vérifier la formule.",
      pourquoi:
        "Un fichier enregistré sans recalcul montre des valeurs qui ne suivent pas les saisies.",
      source: "[INFÉRENCE] ; tolérances de indicateurs.md §1",
    },
    run(vue, signaler) {
      for (const e of vue.ecartsFormules()) {
        if (e.type !== "formule-perimee") continue;
        const unite = uniteDe(e.indicateur);
        signaler({
          messageId: "perimee",
          data: {
            indicateur: e.libelle,
            cache: valeur(e.cache, unite),
            calcul: valeur(e.attendu, unite),
          },
          a: e.location,
        });
      }
    },
  },
];
