import type { Champ } from "../classeur/modele";
import type { CellValue, Location } from "../classeur/snapshot";
import type { TypeOnglet } from "../classeur/types-onglet";
import type { MessageDuCode } from "./messages";

/**
 * Types des indicateurs (référence : `indicateurs.md` du projet, reprise dans docs/indicateurs.md).
 * Un indicateur est déclaré comme donnée (`DefinitionIndicateur`) ; chaque famille fournit ses
 * définitions et la façon de trouver ses entrées dans le modèle repéré (`FamilleIndicateurs`).
 */

/** `%` est stocké en fraction (0,958 pour 95,8 %). */
export type Unite = "%" | "jours" | "€" | "ans" | "nombre" | "ratio" | "ETP";

/** `categorie` : catégorie d'ESMS ; `categorie-pro` : catégorie professionnelle (E4, E5). */
export type Granularite =
  "esms" | "secteur" | "categorie" | "categorie-pro" | "organisme" | "autorite";

export type Gravite = "erreur" | "alerte" | "info";

/** Sens d'amélioration (fiches-objectifs) ; `contexte` = indicateur descriptif. */
export type Sens = "hausse" | "baisse" | "maintien" | "contexte";

/** Pourquoi une valeur est `null` (jamais 0 ni Infinity). */
export type Raison =
  | "donnee-manquante"
  | "denominateur-nul"
  | "texte-non-numerique"
  | "valeur-erreur"
  | "non-applicable";

/** Un seuil d'alerte, comparé sur la valeur non arrondie. */
export interface Seuil {
  /** Condition lisible (« < 2 % », « > 10 ans ») pour la documentation et l'interface. */
  readonly condition: string;
  /** `entrees` : les entrées lues de l'instance (y compris celles de contexte, ex. taux autorisé). */
  readonly si: (valeur: number, entrees: Entrees) => boolean;
  readonly gravite: Gravite;
  /** Ce que signifie le dépassement, en français. */
  readonly message: string;
  /** Source et fiabilité ([CONFIRMÉ], [CONNAISSANCE], [INFÉRENCE]). */
  readonly source: string;
  /**
   * Condition d'un seuil plus grave du même indicateur qui le remplace dans les alertes de
   * l'indicateur (« hors [0 %, 80 %] » n'est pas répété au-delà de 100 %) ; le contrôle généré,
   * lui, suit `si` seul.
   */
  readonly remplacePar?: string;
  /** Contrôle généré depuis ce seuil (même gravité), s'il y en a un. */
  readonly controle?: ControleDuSeuil;
}

/** Ce que voit le message d'un contrôle de seuil : l'indicateur, sa valeur, ses entrées lues. */
export interface ValeurSeuil {
  readonly id: string;
  readonly valeur: number;
  readonly entrees: Entrees;
}

/**
 * Contrôle d'un seuil (controles/financier-seuils.ts, controles/complementaires.ts) : il se
 * déclenche quand le seuil est franchi (`si`, et `aussi` s'il est donné), avec la gravité du seuil.
 */
export interface ControleDuSeuil {
  /** Identifiant du contrôle (`financier/frng-negatif`), stable. */
  readonly id: string;
  /** Gabarit du message (`{{exercice}}`, `{{valeur}}`… et les `parametres`). */
  readonly message: string;
  /** Clé du message (défaut : `seuil`). */
  readonly cleMessage?: string;
  readonly description: string;
  readonly correction: string;
  readonly pourquoi: string;
  /** Source citée par le contrôle (défaut : celle du seuil). */
  readonly source?: string;
  /** Condition supplémentaire du contrôle (en plus de `si`). */
  readonly aussi?: (valeur: number) => boolean;
  /** Paramètres du message en plus de ceux que pose le générateur. */
  readonly parametres?: (v: ValeurSeuil) => Readonly<Record<string, string | number>>;
  /** Cellules désignées : la cellule calculée (défaut), ou elle et toutes les entrées. */
  readonly cellules?: "resultat" | "resultat-et-entrees";
}

/** Entrées déjà lues : clé du modèle → nombre. */
export type Entrees = Readonly<Record<string, number>>;

/** Entrée déclarée d'un indicateur : clé du modèle repéré (B1…R2, `numerateur`…) et libellé. */
export interface EntreeDeclaree {
  readonly cle: string;
  readonly libelle: string;
}

export interface DefinitionIndicateur {
  /** `famille.nom-court`, ASCII, kebab-case ; stable (on déprécie, on ne renomme pas). */
  readonly id: string;
  readonly libelle: string;
  readonly unite: Unite;
  readonly granularite: Granularite;
  readonly onglet: TypeOnglet;
  /** Où sont les entrées, en mots (zone du modèle repéré). */
  readonly source: string;
  /** Entrées fixes ; vide pour un agrégat (toutes les cellules de la ligne ou de la colonne). */
  readonly entrees: readonly EntreeDeclaree[];
  /**
   * Vrai pour une somme : comme SOMME d'Excel, les cellules vides sont ignorées (au moins une
   * valeur requise) ; un texte non numérique ou une valeur d'erreur rend le total `null`.
   */
  readonly agregat?: boolean;
  /**
   * Formule Excel équivalente, syntaxe anglaise : `{cle}` est remplacé par l'adresse de l'entrée,
   * `{*}` par la liste des adresses (agrégats). Vide pour une valeur relue (2-C).
   */
  readonly formule: string;
  /** La formule en mots (fr-FR). */
  readonly formuleEnMots: string;
  readonly sens: Sens;
  /** Calcul pur sur des entrées toutes présentes ; une raison si le calcul n'a pas de sens. */
  readonly calculer: (e: Entrees) => number | Raison;
  readonly seuils: readonly Seuil[];
  /** Unité des entrées pour l'explication (défaut : `nombre`). */
  readonly uniteEntrees?: Unite;
  /** Référence de la définition. */
  readonly reference: string;
}

/** Une entrée à lire pour une instance : le champ repéré (absent = zone non trouvée). */
export interface EntreeInstance {
  readonly cle: string;
  readonly libelle: string;
  readonly champ?: Champ;
  /** Comme dans SOMME : vide ignoré (mais pas texte ni erreur). Toutes vides → donnée manquante. */
  readonly facultative?: boolean;
  /** Facteur appliqué à la lecture (0,01 pour un pourcentage saisi en points). */
  readonly facteur?: number;
  /**
   * Entrée de contexte : lue pour les seuils et l'explication (ex. taux de frais de siège
   * autorisé), hors de la formule ; vide, texte ou erreur n'empêchent jamais le calcul.
   */
  readonly contexte?: boolean;
  /** Unité de cette entrée pour l'explication (défaut : `uniteEntrees` de la définition). */
  readonly unite?: Unite;
}

export interface Perimetre {
  /** FINESS, nom d'ESMS, secteur, autorité ou « organisme ». */
  readonly cle: string;
  readonly libelle: string;
  readonly exercice?: string;
}

/** Un indicateur à calculer sur un périmètre précis. */
export interface Instance {
  readonly definition: DefinitionIndicateur;
  /** Libellé propre à l'instance (ex. intitulé d'un indicateur 2-D non reconnu). */
  readonly libelle?: string;
  readonly perimetre: Perimetre;
  readonly entrees: readonly EntreeInstance[];
  /** Formule propre à l'instance (même syntaxe que `DefinitionIndicateur.formule`). */
  readonly formule?: string;
  /** Cellule où le classeur calcule lui-même ce résultat (formule attendue). */
  readonly resultat?: Champ;
  /** Cellule où le classeur porte une valeur simplement relue (2-C), sans formule attendue. */
  readonly relue?: Champ;
  /** Complément d'explication propre à l'instance. */
  readonly note?: string;
}

export interface FamilleIndicateurs {
  readonly cle: string;
  readonly libelle: string;
  readonly definitions: readonly DefinitionIndicateur[];
}

export interface EntreeResultat {
  readonly cle: string;
  readonly libelle: string;
  readonly location?: Location;
  readonly valeur: number | null;
  /** Valeur d'origine quand ce n'est pas un nombre (texte, erreur). */
  readonly brute?: CellValue;
  /** Nombre lu dans un texte « à la française » (à signaler : il casse les formules d'Excel). */
  readonly depuisTexte?: boolean;
  readonly raison?: Raison;
}

/**
 * Une alerte de seuil. `code` et `params` : le message en données (catalogue des indicateurs,
 * `messages.ts`), toujours posés par le moteur (`evaluer`) ; facultatifs dans le type pour les
 * résultats écrits à la main (fabriques de tests) ; `message` : son texte rendu.
 */
export interface AlerteIndicateur {
  readonly gravite: Gravite;
  readonly code?: MessageDuCode<"alerte/seuil">["code"];
  readonly params?: MessageDuCode<"alerte/seuil">["params"];
  readonly message: string;
  readonly source: string;
}

export interface ResultatIndicateur {
  readonly id: string;
  readonly libelle: string;
  readonly unite: Unite;
  readonly granularite: Granularite;
  readonly onglet: TypeOnglet;
  readonly perimetre: Perimetre;
  readonly valeur: number | null;
  readonly raison?: Raison;
  readonly entrees: readonly EntreeResultat[];
  /** Cellule du résultat dans le classeur (formule ou valeur relue). */
  readonly location?: Location;
  /** Formule Excel attendue, adresses réelles (syntaxe anglaise). */
  readonly formule?: string;
  readonly alertes: readonly AlerteIndicateur[];
  /** Formule en mots avec les valeurs réelles (fr-FR). */
  readonly explication: string;
}
