import type { Cellule } from "./cellule";
import type { FeuillesGenerees } from "./reperage/fiches/localiser-fiches";
import type { Location } from "./snapshot";
import type { OngletReconnu } from "./types-onglet";

/**
 * Le Diagnostic « repéré » : chaque zone du modèle, trouvée par libellés et remplissage bleu
 * (jamais par adresse). Produit par `localiser(snapshot, onglets)` ; lu par la complétude, les
 * indicateurs et les contrôles. Une zone absente est `undefined` ou une liste vide — jamais une
 * adresse devinée.
 */

/** Une cellule repérée par son libellé. */
export interface Champ {
  /** Clé canonique ASCII (ex. `finess-juridique`, `capacite`, `numerateur`). */
  readonly cle: string;
  /** Libellé trouvé dans le classeur (texte d'origine). */
  readonly libelle: string;
  readonly location: Location;
  readonly cellule: Cellule;
  /** Vrai si la cellule est une cellule de saisie (bleue). */
  readonly saisie: boolean;
  /** 1 libellé exact, 0,8 synonyme, 0,5 position seule. */
  readonly confiance: number;
}

export type Secteur = "enfance" | "adultes";

/** Une ligne d'ESMS d'un tableau de l'Annexe 1 (sections B et C). */
export interface LigneEsms {
  readonly secteur: Secteur;
  /** Ligne absolue (0 = ligne 1). */
  readonly row: number;
  /**
   * Clés : `finess`, `nom`, `categorie`, `commune`, `capacite`, `internat`, `public`, `autorite`,
   * `departement`, `accueil-jour`, `accueil-temporaire`, `secteur`.
   */
  readonly champs: Readonly<Partial<Record<string, Champ>>>;
}

export interface Annexe1 {
  readonly onglet: OngletReconnu;
  /**
   * Section A. Clés : `raison-sociale`, `finess-juridique`, `statut-juridique`, `adresse-siege`,
   * `organisation-siege`, `siege-autorise`, `date-arrete-siege`, `taux-frais-siege`,
   * `valeurs-projet-associatif`, `date-projet-associatif`, `type-cpom`, `referent`,
   * `courriel-referent`, `telephone-referent`.
   */
  readonly organisme: Readonly<Partial<Record<string, Champ>>>;
  readonly esms: readonly LigneEsms[];
  /** Lignes « Total » des tableaux d'ESMS, par secteur. */
  readonly totaux: Readonly<Partial<Record<Secteur, Readonly<Partial<Record<string, Champ>>>>>>;
  /** Ligne « Total » d'un tableau unique à colonne « Secteur » : le total des deux secteurs. */
  readonly totalGeneral?: Readonly<Partial<Record<string, Champ>>>;
}

export type TypeQuestion = "liste" | "case" | "texte" | "nombre" | "date" | "pourcentage";
export type CleEncart = "modalites" | "difficultes" | "points-forts" | "points-amelioration";

export interface Question {
  readonly libelle: string;
  readonly row: number;
  readonly type: TypeQuestion;
  /** Une ou plusieurs cellules de réponse (plusieurs : cases à cocher, ou une colonne par ESMS). */
  readonly reponses: readonly Champ[];
}

export interface Thematique {
  readonly numero: number | null;
  readonly intitule: string;
  readonly row: number;
  readonly questions: readonly Question[];
  readonly encarts: Readonly<Partial<Record<CleEncart, Champ>>>;
  /** Cellules « Indicateur mobilisable » (pré-remplies ou par formule vers 2-B / 2-C / 2-D). */
  readonly mobilisables?: readonly Champ[];
}

export interface Axe {
  readonly onglet: OngletReconnu;
  readonly thematiques: readonly Thematique[];
  /** Encarts posés une seule fois pour l'onglet (variante du modèle), sinon vide. */
  readonly encartsOnglet: Readonly<Partial<Record<CleEncart, Champ>>>;
}

/** Une colonne (un périmètre) d'un indicateur de 2-D. */
export interface Colonne2D {
  /** Libellé d'en-tête : nom d'ESMS, FINESS, catégorie, secteur ou « Organisme ». */
  readonly perimetre: string;
  readonly numerateur: Champ;
  readonly denominateur: Champ;
  /** Cellule du taux calculé par le classeur (formule), si elle existe. */
  readonly taux?: Champ;
  /** FINESS du périmètre, s'il est écrit (colonne FINESS, ou dans l'en-tête). */
  readonly finess?: string;
  /** Nom de l'ESMS (ou du périmètre) sans son FINESS, s'il est écrit. */
  readonly nom?: string;
}

/**
 * Forme du bloc d'où vient un indicateur 2-D (variantes de structure §4) : un bloc par indicateur
 * (un périmètre par ligne ou par colonne), un bloc par ESMS (un indicateur par ligne), une matrice
 * (indicateurs × ESMS, une paire numérateur / dénominateur par ESMS), un tableau (colonnes
 * « Indicateur » et « Périmètre »).
 */
export type Forme2D = "bloc-indicateur" | "bloc-esms" | "matrice" | "tableau";

export interface Indicateur2D {
  readonly intitule: string;
  readonly row: number;
  readonly libelleNumerateur: string;
  readonly libelleDenominateur: string;
  readonly colonnes: readonly Colonne2D[];
  readonly forme?: Forme2D;
  /** Cellule qui désigne l'indicateur dans 2-D (son intitulé, sinon son premier numérateur). */
  readonly location?: Location;
}

export interface Complementaires2D {
  readonly onglet: OngletReconnu;
  readonly indicateurs: readonly Indicateur2D[];
}

/** Une ligne d'un tableau de 2-E : une valeur par colonne (exercice ou catégorie). */
export interface Ligne2E {
  /** Code du modèle (`B1`…`R2` pour E3) ou clé canonique (`ars`, `cd`, `conjointe`, `total`…). */
  readonly cle: string;
  readonly libelle: string;
  readonly row: number;
  /** Par en-tête de colonne normalisé (« 2022 », « n 1 », « ime », « total »…). */
  readonly valeurs: Readonly<Partial<Record<string, Champ>>>;
}

export interface Tableau2E {
  /** `e1-resultats`, `e2-reserves`, `e3-financier`, `e4-retraites`, `e5-effectifs`, `e6-frais-siege`. */
  readonly cle: string;
  readonly titre: string;
  readonly row: number;
  /** En-têtes de colonnes dans l'ordre (normalisés). */
  readonly colonnes: readonly string[];
  /** Les mêmes en-têtes tels qu'écrits dans le classeur (accents, casse), pour l'affichage. */
  readonly libellesColonnes?: readonly string[];
  readonly lignes: readonly Ligne2E[];
  /**
   * Disposition trouvée dans la feuille : « colonnes » si les libellés de lignes du modèle forment
   * une colonne (exercices en colonnes, cas du modèle), « lignes » s'ils forment une ligne
   * d'en-têtes (tableau transposé, exercices en lignes).
   */
  readonly orientation?: "lignes" | "colonnes";
}

export interface Financier2E {
  readonly onglet: OngletReconnu;
  /** Exercices N-3, N-2, N-1 tels qu'en-têtes (« 2022 »…), dans l'ordre. */
  readonly exercices: readonly string[];
  readonly tableaux: Readonly<Partial<Record<string, Tableau2E>>>;
}

export type ModeAccueil = "internat" | "semi-internat";
export type OrientationCreton = "esat" | "mas" | "fam" | "foyer-de-vie" | "autre";

export interface LigneCreton {
  readonly row: number;
  readonly finess?: Champ;
  readonly nom?: Champ;
  readonly valeurs: readonly {
    readonly mode: ModeAccueil;
    readonly orientation: OrientationCreton;
    readonly champ: Champ;
  }[];
  /** Total de l'établissement (ou de la ligne de total). */
  readonly total?: Champ;
  /** Totaux par mode d'accueil (format long : total de chaque ligne ; grille : sous-totaux). */
  readonly totauxModes?: Readonly<Partial<Record<ModeAccueil, Champ>>>;
  /** Cellules d'une orientation sans mode (ligne « Total général » du format long). */
  readonly totauxOrientations?: readonly {
    readonly orientation: OrientationCreton;
    readonly champ: Champ;
  }[];
}

export interface Creton2F {
  readonly onglet: OngletReconnu;
  readonly lignes: readonly LigneCreton[];
  readonly total?: LigneCreton;
  /** Lignes « Total internat » / « Total semi-internat », s'il y en a. */
  readonly totauxModes?: Readonly<Partial<Record<ModeAccueil, LigneCreton>>>;
}

/** 2-B, 2-C et 2-G : un ESMS par ligne (ou par colonne), un indicateur par colonne (ou ligne). */
export interface TableauEsms {
  readonly onglet: OngletReconnu;
  readonly esms: readonly {
    readonly finess: string;
    readonly nom: string;
    /** Par libellé d'indicateur normalisé. */
    readonly valeurs: Readonly<Partial<Record<string, Champ>>>;
    /** Format long : mode d'accueil ou exercice de la ligne (libellé de ligne), s'il y en a un. */
    readonly mode?: string;
    /** Ligne réservée (des cellules de saisie, ni identité ni valeur). */
    readonly reservee?: boolean;
  }[];
}

/**
 * Accueil : identification de l'envoi, quand le modèle la demande. Clés : `organisme`, `contact`,
 * `date-retour`, `courriel`, `telephone`.
 */
export interface Accueil {
  readonly onglet: OngletReconnu;
  readonly envoi: Readonly<Partial<Record<string, Champ>>>;
}

export interface DiagnosticRepere {
  readonly onglets: readonly OngletReconnu[];
  readonly accueil?: Accueil;
  readonly annexe1?: Annexe1;
  readonly axes: readonly Axe[];
  readonly flash2b?: TableauEsms;
  readonly anap2c?: TableauEsms;
  readonly complementaires2d?: Complementaires2D;
  readonly financier2e?: Financier2E;
  readonly creton2f?: Creton2F;
  /** 2-G : indicateurs départementaux, un ESMS par ligne ou par colonne. */
  readonly departementaux2g?: TableauEsms;
  /**
   * Annexe 4 : fiches-objectifs et tableau de suivi, lus sur les onglets reconnus de ces types (ou
   * que la reconnaissance n'a pas vus). `localiser` le renseigne toujours (listes vides sans
   * fiche) ; absent d'un repère fait à la main (tests), les contrôles le lisent alors à part.
   */
  readonly generees?: FeuillesGenerees;
  /** Ce que le repérage n'a pas trouvé ou a trouvé avec peu de confiance (texte français). */
  readonly avertissements: readonly { readonly sheetId: string; readonly message: string }[];
}
