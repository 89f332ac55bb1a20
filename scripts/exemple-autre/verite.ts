/**
 * Vérité terrain du second classeur d'exemple (« autre mise en page ») : types publiés avec le
 * fichier JSON. Les champs optionnels sont des ajouts de ce générateur.
 */

/** Onglet (nom tel qu'écrit) et adresse A1 (coin haut-gauche d'une fusion). */
export interface CelluleVerite {
  readonly onglet: string;
  readonly cellule: string;
}

export interface OngletVerite {
  readonly nom: string;
  readonly type: string;
  /** A1 de chaque cellule à remplir par le gestionnaire (une par fusion), remplie ou non. */
  readonly saisies: readonly string[];
  /** Sous-ensemble de `saisies` laissé vide dans cet exemple. */
  readonly saisiesVides: readonly string[];
  /** Cellules pré-remplies par l'ARS (ou le Département). */
  readonly preRemplies: readonly string[];
  /** Cellules calculées par formule. */
  readonly calculs: readonly string[];
  /** Ajout : couleur RVB résolue du remplissage de chaque saisie (adresse → « RRGGBB »). */
  readonly couleursSaisie?: Readonly<Record<string, string>>;
  /** Ajout : feuille protégée (saisies déverrouillées). */
  readonly protege?: boolean;
  /** Ajout : feuille masquée. */
  readonly masque?: boolean;
}

export interface ZoneVerite {
  readonly onglet: string;
  readonly cle: string;
  readonly plage: string;
  readonly description: string;
}

export interface ValeurVerite {
  readonly onglet: string;
  readonly cellule: string;
  readonly zone: string;
  readonly esms: string | null;
  readonly perimetre?: string;
  readonly mesure: string;
  readonly exercice?: string;
  readonly mode?: string;
  /** Les dates sont écrites « AAAA-MM-JJ ». */
  readonly valeur: number | string | boolean | null;
}

export interface ErreurVerite {
  readonly onglet: string;
  readonly cellule: string;
  readonly famille: string;
  readonly controle?: string;
  readonly description: string;
}

export interface EsmsVerite {
  readonly finess: string;
  readonly nom: string;
  readonly categorie: string;
  readonly departement: string;
  readonly secteur: "enfance" | "adultes";
}

export interface LegendeVerite {
  readonly onglet: string;
  readonly saisie: string;
  readonly preRempli?: string;
  readonly calcul?: string;
  /** Ajout : adresses des trois pastilles. */
  readonly cellules?: {
    readonly saisie: string;
    readonly preRempli: string;
    readonly calcul: string;
  };
}

export interface VeriteTerrain {
  readonly variante: "autre-mise-en-page";
  readonly organisme: {
    readonly raisonSociale: string;
    readonly finessJuridique: string;
    readonly departements: readonly string[];
  };
  readonly esms: readonly EsmsVerite[];
  readonly legende: LegendeVerite;
  readonly onglets: readonly OngletVerite[];
  readonly zones: readonly ZoneVerite[];
  readonly valeurs: readonly ValeurVerite[];
  readonly erreurs: readonly ErreurVerite[];
  /** Ajout : couleurs du thème écrit dans le classeur (Office 2013-2022). */
  readonly theme?: Readonly<Record<string, string>>;
}
