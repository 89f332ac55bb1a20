/** Types d'onglets du catalogue (ids stables : on déprécie, on ne renomme pas). */
export const TYPES_ONGLET = [
  "accueil",
  "annexe-1",
  "axe-1-1",
  "axe-1-2",
  "axe-1-3",
  "axe-2",
  "axe-3",
  "flash-2b",
  "anap-2c",
  "complementaires-2d",
  "financier-2e",
  "creton-2f",
  "departementaux-2g",
  "fiche-objectif",
  "suivi-objectifs",
  "inconnu",
] as const;

export type TypeOnglet = (typeof TYPES_ONGLET)[number];

/** D'où vient le type retenu, du plus fort au plus faible. */
export type OrigineReconnaissance =
  "correction" | "nom+contenu" | "nom" | "contenu" | "rang" | "aucune";

/** Un onglet du classeur et son type reconnu. */
export interface OngletReconnu {
  readonly sheetId: string;
  readonly nom: string;
  readonly position: number;
  readonly visible: boolean;
  readonly type: TypeOnglet;
  /** 0 à 1 (1 = correction de l'utilisateur). Sous 0,5 le type est `inconnu`. */
  readonly confiance: number;
  readonly origine: OrigineReconnaissance;
  /** Meilleure hypothèse quand le type retenu est `inconnu` faute de confiance. */
  readonly hypothese?: TypeOnglet;
  /** Si un onglet précédent a déjà ce type : son `sheetId` (onglet en double, signalé). */
  readonly doublonDe?: string;
  /** Pourquoi ce type (indices trouvés), en français, pour le volet. */
  readonly raison?: string;
}
