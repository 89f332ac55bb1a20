/**
 * Classement d'un remplissage (modèle du classeur §3.1, variantes de structure §2) : saisie,
 * pré-rempli, calcul, incertain ou autre. Ordre : un gris (saturation quasi nulle) n'est une saisie
 * que si la pastille de saisie de la légende est elle-même grise ; une couleur non grise prend la
 * classe de la pastille colorée la plus proche (ancre), sinon les bandes TSL. Seuils mesurés et
 * documentés dans docs/couleurs.md.
 */

export type ClasseCouleur = "saisie" | "incertain" | "pre-rempli" | "calcul" | "non";

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
  readonly saturationGris: number;
  readonly ecartGris: number;
} = {
  saisie: { teinte: [180, 230], saturationMin: 25, luminosite: [60, 96] },
  incertain: { teinte: [170, 250], saturationMin: 12, luminosite: [55, 97] },
  /** Distance euclidienne RVB (0–441) sous laquelle une couleur « vaut » une pastille. */
  distanceEtalon: 24,
  /** Saturation (%) sous laquelle une couleur est un gris. */
  saturationGris: 10,
  /** Écart max − min des composantes (0–255) sous lequel une couleur est un gris. */
  ecartGris: 6,
};

/** Pastilles de la légende du classeur (« RRGGBB »), chacune facultative. */
export interface OptionsCouleur {
  /** Pastille « cellules à renseigner ». */
  readonly etalon?: string | null;
  /** Pastille « pré-renseigné par l'ARS ». */
  readonly exclue?: string | null;
  /** Pastille « cellules calculées ». */
  readonly calcul?: string | null;
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

/** Vrai pour un gris (blanc et noir compris) : saturation quasi nulle ou composantes presque égales. */
export function estGris(rgb: string): boolean {
  const c = lireRvb(rgb);
  const t = versTsl(rgb);
  if (!c || !t) return false;
  const ecart = Math.max(...c) - Math.min(...c);
  return ecart <= SEUILS_COULEUR.ecartGris || t.saturation < SEUILS_COULEUR.saturationGris;
}

/** Blanc (ou presque) : un remplissage blanc vaut « aucun remplissage », quelle que soit la légende. */
export function estBlanc(rgb: string): boolean {
  const c = lireRvb(rgb);
  return c !== null && c.every((x) => x >= 0xfd);
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

type Ancre = { readonly classe: ClasseCouleur; readonly rgb: string };

function ancres(options: OptionsCouleur): Ancre[] {
  const out: Ancre[] = [];
  if (options.etalon) out.push({ classe: "saisie", rgb: options.etalon });
  if (options.exclue) out.push({ classe: "pre-rempli", rgb: options.exclue });
  if (options.calcul) out.push({ classe: "calcul", rgb: options.calcul });
  return out;
}

/** La pastille la plus proche à moins de `distanceEtalon`, parmi celles de même nature (gris ou non). */
function plusProche(rgb: string, candidates: readonly Ancre[]): Ancre | undefined {
  let meilleure: Ancre | undefined;
  let dMin = Infinity;
  for (const a of candidates) {
    const d = distanceCouleur(rgb, a.rgb);
    if (d <= SEUILS_COULEUR.distanceEtalon && d < dMin) {
      meilleure = a;
      dMin = d;
    }
  }
  return meilleure;
}

/**
 * Classe un remplissage résolu « RRGGBB » (`null` = aucun remplissage → « non »).
 * 0. aucun remplissage, ou blanc → « non » ;
 * 1. gris : la pastille grise la plus proche (saisie seulement si la légende de saisie est grise),
 *    sinon « non » — jamais une saisie face à une légende de saisie colorée ;
 * 2. couleur : la pastille colorée la plus proche (ancre), sinon bandes TSL saisie puis incertain.
 */
export function classerCouleur(rgb: string | null, options: OptionsCouleur = {}): ClasseCouleur {
  if (rgb === null) return "non";
  const tsl = versTsl(rgb);
  if (!tsl || estBlanc(rgb)) return "non";
  const toutes = ancres(options);
  const gris = estGris(rgb);
  const memeNature = toutes.filter((a) => estGris(a.rgb) === gris);
  const ancre = plusProche(rgb, memeNature);
  if (ancre) return ancre.classe;
  if (gris) return "non";
  if (dansBande(tsl, SEUILS_COULEUR.saisie)) return "saisie";
  if (dansBande(tsl, SEUILS_COULEUR.incertain)) return "incertain";
  return "non";
}
