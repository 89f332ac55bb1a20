import type { Champ, DiagnosticRepere } from "../classeur/modele";
import type { FeuillesGenerees } from "../classeur/reperage/fiches/localiser-fiches";
import type { Location, WorkbookSnapshot } from "../classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../classeur/types-onglet";
import type { EcartFormule, ResultatIndicateur } from "../indicateurs";

/**
 * Contrôles de cohérence (catalogue : docs/controles/). Un contrôle est une donnée : des
 * métadonnées (`meta`) et une fonction `run` qui signale par `messageId` + `data`, jamais par un
 * texte. Le moteur ne connaît aucun id ni nom d'onglet ; le texte vient de `rendreConstat`.
 */

export type Gravite = "erreur" | "alerte" | "info";

/** Paramètre d'un message : texte déjà formaté (fr-FR) ou nombre (formaté au rendu). */
export type Parametre = string | number;

export interface MetaControle {
  /** `famille/nom-court`, ASCII, kebab-case ; stable (on déprécie, on ne renomme pas). */
  readonly id: string;
  readonly gravite: Gravite;
  /** Types d'onglets lus : sert au filtrage (« relancer sur l'onglet modifié »). */
  readonly onglets: readonly TypeOnglet[];
  /** Ce que vérifie le contrôle, en une phrase. */
  readonly description: string;
  /** messageId → texte français avec `{{param}}`. */
  readonly messages: Readonly<Record<string, string>>;
  /** Comment corriger (« Comment corriger ? »). */
  readonly correction: string;
  /** Pourquoi c'est important (« Pourquoi ? »). */
  readonly pourquoi: string;
  /** Source et fiabilité ([CONFIRMÉ], [CONNAISSANCE], [INFÉRENCE]). */
  readonly source?: string;
}

/** Ce qu'un contrôle signale : un message, ses paramètres et la ou les cellules en cause. */
export interface Signalement {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, Parametre>>;
  /** Cellule(s) en cause ; liste vide pour un constat sur le classeur entier. */
  readonly a: Location | readonly Location[];
}

export type Signaler = (s: Signalement) => void;

/** Une cellule de saisie (bleue) repérée, avec la zone qui la contient (regroupement). */
export interface CelluleSaisie {
  readonly champ: Champ;
  /** Zone lisible (« l'Annexe 1, organisme gestionnaire », « thématique 3 »…). */
  readonly zone: string;
  readonly onglet: OngletReconnu;
  /** Vrai si la zone doit être remplie (les encarts et textes facultatifs sont exclus). */
  readonly obligatoire: boolean;
}

/** Ce que lit un contrôle : l'instantané, les onglets reconnus, le modèle repéré, et des calculs
 * paresseux (mémoïsés : calculés au premier appel, partagés par tous les contrôles). */
export interface VueControle {
  readonly snapshot: WorkbookSnapshot;
  readonly onglets: readonly OngletReconnu[];
  readonly repere: DiagnosticRepere;
  saisies(): readonly CelluleSaisie[];
  indicateurs(): readonly ResultatIndicateur[];
  ecartsFormules(): readonly EcartFormule[];
  /** Fiches-objectifs et tableau de suivi, repérés sur les onglets reconnus de ces types. */
  feuillesGenerees(): FeuillesGenerees;
}

export interface Controle {
  readonly meta: MetaControle;
  run(vue: VueControle, signaler: Signaler): void;
}

/** Un constat : une donnée (le texte se rend à part, `rendreConstat`). */
export interface Constat {
  /** Id du contrôle (`famille/nom-court`). */
  readonly controle: string;
  readonly gravite: Gravite;
  /** Cellules en cause (constats identiques regroupés : une entrée par cellule). */
  readonly locations: readonly Location[];
  readonly messageId: string;
  readonly data: Readonly<Record<string, Parametre>>;
}

export interface OptionsExecution {
  /** Gravité minimale retenue (`alerte` : erreurs et alertes). */
  readonly gravite?: Gravite;
  /** Ne lancer que les contrôles qui lisent l'un de ces types d'onglets. */
  readonly onglets?: readonly TypeOnglet[];
}

export interface ConstatRendu {
  readonly message: string;
  readonly pourquoi: string;
  readonly correction: string;
}
