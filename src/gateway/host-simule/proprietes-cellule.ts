import { adresseComplete } from "./adresses";
import { type CiblePlage, grille } from "./cellules";
import type { Cellule } from "./modele";

type Spec = Record<string, unknown>;

/** Valeurs disponibles par chemin ; un chemin absent de la table est rendu `undefined`. */
const LECTEURS: Record<string, (c: Cellule, adresse: () => string) => unknown> = {
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

/** Applique le gabarit `{ format: { fill: { color: true } } }` à une cellule. */
function remplir(spec: Spec, c: Cellule, adresse: () => string, prefixe = ""): Spec {
  const res: Spec = {};
  for (const [k, v] of Object.entries(spec)) {
    const chemin = prefixe ? `${prefixe}/${k}` : k;
    if (v === true) res[k] = LECTEURS[chemin]?.(c, adresse);
    else if (v && typeof v === "object") res[k] = remplir(v as Spec, c, adresse, chemin);
  }
  return res;
}

/**
 * `range.getCellProperties(spec)` : un objet par cellule, seulement les propriétés demandées.
 * Comme Excel : « aucun remplissage » = couleur « #FFFFFF » et `tintAndShade` `null`.
 */
export function proprietesCellule(t: CiblePlage, spec: Spec): Spec[][] {
  return grille(t, (c, r, col) =>
    remplir(spec, c, () => adresseComplete(t.f.name, { top: r, left: col, bottom: r, right: col })),
  );
}
