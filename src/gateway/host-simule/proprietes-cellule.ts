import { adresseComplete } from "./adresses";
import { type CiblePlage, grille } from "./cellules";
import type { Cellule } from "./modele";

type Spec = Record<string, unknown>;

/** Valeurs disponibles par chemin ; un chemin absent de la table est rendu `undefined`. */
const LECTEURS: Record<string, Lecteur> = {
  address: (_c, a) => a(),
  "format/fill/color": (c) => c.fill?.color ?? "#FFFFFF",
  "format/fill/tintAndShade": (c) => c.fill?.tintAndShade ?? null,
  "format/fill/pattern": (c) => c.fill?.pattern ?? "None",
  "format/font/bold": (c) => c.bold,
  "format/font/italic": (c) => c.autres?.italic ?? false,
  "format/font/color": (c) => c.autres?.fontColor ?? "#000000",
  "format/protection/locked": (c) => c.locked,
  "format/wrapText": (c) => c.autres?.wrapText ?? false,
};

/**
 * Gabarit `{ format: { fill: { color: true } } }` compilé une fois par appel : pour chaque clé, dans
 * l'ordre du gabarit, son lecteur (`true` ; `undefined` pour un chemin inconnu) ou son sous-gabarit
 * (objet) ; les autres valeurs (`false`, `null`) sont omises. Appliqué ensuite à chaque cellule
 * sans reparcourir le gabarit ni recomposer les chemins.
 */
type Etape =
  | { readonly cle: string; readonly lecteur: Lecteur | undefined; readonly sous: null }
  | { readonly cle: string; readonly lecteur: null; readonly sous: readonly Etape[] };
type Lecteur = (c: Cellule, adresse: () => string) => unknown;

function compiler(spec: Spec, prefixe = ""): Etape[] {
  const etapes: Etape[] = [];
  for (const [cle, v] of Object.entries(spec)) {
    const chemin = prefixe ? `${prefixe}/${cle}` : cle;
    if (v === true) etapes.push({ cle, lecteur: LECTEURS[chemin], sous: null });
    else if (v && typeof v === "object")
      etapes.push({ cle, lecteur: null, sous: compiler(v as Spec, chemin) });
  }
  return etapes;
}

function remplir(etapes: readonly Etape[], c: Cellule, adresse: () => string): Spec {
  const res: Spec = {};
  for (const e of etapes) {
    res[e.cle] = e.sous === null ? e.lecteur?.(c, adresse) : remplir(e.sous, c, adresse);
  }
  return res;
}

/**
 * `range.getCellProperties(spec)` : un objet par cellule, seulement les propriétés demandées.
 * Comme Excel : « aucun remplissage » = couleur « #FFFFFF » et `tintAndShade` `null`.
 */
export function proprietesCellule(t: CiblePlage, spec: Spec): Spec[][] {
  const etapes = compiler(spec);
  return grille(t, (c, r, col) =>
    remplir(etapes, c, () =>
      adresseComplete(t.f.name, { top: r, left: col, bottom: r, right: col }),
    ),
  );
}
