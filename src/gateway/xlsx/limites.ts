/**
 * Limites de lecture d'un classeur (ADR 0007, docs/cli.md « Limites de lecture »). Un classeur
 * Diagnostic réel : une quinzaine de feuilles, quelques dizaines de milliers de cellules, moins de
 * 2 Mo décompressés ; `diagnostic-10x` (80 ESMS) en a dix fois plus. Les limites laissent un
 * facteur de 10 à 50 au-delà, et gardent l'analyse d'un fichier sous son budget mémoire (src/cli/lot).
 */
export interface LimitesLecture {
  /** Taille du fichier lu. */
  readonly octetsFichier: number;
  /** Entrées de l'archive zip. */
  readonly entrees: number;
  /** Octets décompressés d'une entrée, et de toutes. */
  readonly decompresseEntree: number;
  readonly decompresseTotal: number;
  /** Taux de compression au-delà duquel une entrée de plus de `seuilTaux` octets est une bombe. */
  readonly tauxMax: number;
  readonly seuilTaux: number;
  readonly feuilles: number;
  /** Cellules écrites (`<c>`) et lignes (`<row>`) dans tout le classeur. */
  readonly cellules: number;
  readonly lignes: number;
  readonly textesPartages: number;
  readonly styles: number;
  /** Fusions du classeur ; une fusion plus grande que `surfaceFusion` est lue comme sa cellule haut-gauche. */
  readonly fusions: number;
  readonly surfaceFusion: number;
  /** Plage lue d'une feuille (lignes × colonnes), après rognage aux cellules non vides. */
  readonly surfaceFeuille: number;
  /** Somme des plages lues de toutes les feuilles. */
  readonly surfaceTotale: number;
}

const MO = 1024 * 1024;

export const LIMITES: LimitesLecture = {
  octetsFichier: 50 * MO,
  entrees: 5_000,
  decompresseEntree: 100 * MO,
  decompresseTotal: 250 * MO,
  tauxMax: 100,
  seuilTaux: 5 * MO,
  feuilles: 300,
  cellules: 1_000_000,
  lignes: 500_000,
  textesPartages: 500_000,
  styles: 100_000,
  fusions: 20_000,
  surfaceFusion: 50_000,
  surfaceFeuille: 1_000_000,
  surfaceTotale: 3_000_000,
};

/** « 1 048 576 » */
export const nombreFr = (n: number): string =>
  n.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");
