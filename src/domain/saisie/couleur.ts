/**
 * Classement d'un remplissage : bleu de saisie, incertain, ou autre (modèle du classeur, §3.1).
 * La règle est tolérante (plusieurs bleus selon la version d'Excel et le thème) et s'étalonne
 * sur la légende de l'Accueil quand elle existe. Seuils documentés dans docs/couleurs.md.
 */

export type ClasseCouleur = "saisie" | "incertain" | "non";

/** Teinte (°), saturation et luminosité (%) d'une couleur. */
export interface Tsl {
  readonly teinte: number;
  readonly saturation: number;
  readonly luminosite: number;
}

interface Bande {
  readonly teinte: readonly [number, number];
  readonly saturationMin: number;
  readonly luminosite: readonly [number, number];
}

/** Seuils retenus (bornes incluses). Toute modification : mettre à jour docs/couleurs.md. */
export const SEUILS_COULEUR: {
  readonly saisie: Bande;
  readonly incertain: Bande;
  readonly distanceEtalon: number;
} = {
  saisie: { teinte: [180, 230], saturationMin: 25, luminosite: [60, 96] },
  incertain: { teinte: [170, 250], saturationMin: 12, luminosite: [55, 97] },
  /** Distance euclidienne RVB (0–441) sous laquelle une couleur « vaut » l'étalon. */
  distanceEtalon: 24,
};

export interface OptionsCouleur {
  /** Couleur de la légende « cellules à renseigner » de l'Accueil : toute couleur proche = saisie. */
  readonly etalon?: string | null;
  /** Couleur de la légende « pré-renseigné par l'ARS » : toute couleur proche = non. */
  readonly exclue?: string | null;
}

/** « RRGGBB » (avec ou sans #, toute casse) → composantes 0–255, ou `null` si illisible. */
export function lireRvb(rgb: string): readonly [number, number, number] | null {
  const s = rgb.trim().replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(s)) return null;
  return [parseInt(s.slice(0, 2), 16), parseInt(s.slice(2, 4), 16), parseInt(s.slice(4, 6), 16)];
}

/** Conversion RVB → TSL (calcul entier sur les écarts pour des bornes exactes : CCFFFF = 180°). */
export function versTsl(rgb: string): Tsl | null {
  const c = lireRvb(rgb);
  if (!c) return null;
  const [r, g, b] = c;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const luminosite = ((max + min) / 510) * 100;
  if (d === 0) return { teinte: 0, saturation: 0, luminosite };
  const saturation = (d / (255 - Math.abs(max + min - 255))) * 100;
  let teinte: number;
  if (max === r) teinte = 60 * (((g - b) / d + 6) % 6);
  else if (max === g) teinte = 60 * ((b - r) / d + 2);
  else teinte = 60 * ((r - g) / d + 4);
  return { teinte, saturation, luminosite };
}

/** Distance euclidienne entre deux couleurs RVB ; `Infinity` si l'une est illisible. */
export function distanceCouleur(a: string, b: string): number {
  const x = lireRvb(a);
  const y = lireRvb(b);
  if (!x || !y) return Infinity;
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

function dansBande(t: Tsl, bande: Bande): boolean {
  return (
    t.teinte >= bande.teinte[0] &&
    t.teinte <= bande.teinte[1] &&
    t.saturation >= bande.saturationMin &&
    t.luminosite >= bande.luminosite[0] &&
    t.luminosite <= bande.luminosite[1]
  );
}

/**
 * Classe un remplissage résolu « RRGGBB » (`null` = aucun remplissage → « non »).
 * Ordre : légende « pré-rempli ARS » (si plus proche que l'étalon) → non ; étalon → saisie ;
 * puis bandes TSL saisie, incertain ; sinon non.
 */
export function classerCouleur(rgb: string | null, options: OptionsCouleur = {}): ClasseCouleur {
  if (rgb === null) return "non";
  const tsl = versTsl(rgb);
  if (!tsl) return "non";
  const seuil = SEUILS_COULEUR.distanceEtalon;
  const dEtalon = options.etalon ? distanceCouleur(rgb, options.etalon) : Infinity;
  const dExclue = options.exclue ? distanceCouleur(rgb, options.exclue) : Infinity;
  if (dExclue <= seuil && dExclue < dEtalon) return "non";
  if (dEtalon <= seuil) return "saisie";
  if (dansBande(tsl, SEUILS_COULEUR.saisie)) return "saisie";
  if (dansBande(tsl, SEUILS_COULEUR.incertain)) return "incertain";
  return "non";
}
