import { ratio } from "./calcul";
import { NEGATIF_IMPOSSIBLE, PART_BORNEE } from "./seuils";
import type { DefinitionIndicateur, Granularite, Seuil, Sens, Unite } from "./types";

/**
 * Constructeur des indicateurs complémentaires de l'onglet 2-D (indicateurs.md §4, modèle §5.11) :
 * l'OG saisit numérateur et dénominateur ; le classeur calcule le taux.
 */

/**
 * ESMS auxquels un indicateur par ESMS s'applique (modèle §5.11, colonne « granularité ») : un
 * ESMS hors de ce champ n'est jamais attendu en 2-D. `mode` : seulement les ESMS qui déclarent ce
 * mode d'accueil à l'Annexe 1 (capacité > 0).
 */
export interface Applicabilite2D {
  readonly secteur?: "enfance" | "adultes";
  readonly nature?: "service" | "etablissement";
  readonly mode?: "temporaire";
}

export interface Definition2D extends DefinitionIndicateur {
  /** Alternatives ; chaque alternative : débuts de mots tous présents dans l'intitulé normalisé. */
  readonly motifs: readonly (readonly string[])[];
  /** Champ des ESMS attendus (indicateur par ESMS) ; absent : tous. */
  readonly applicable?: Applicabilite2D;
}

/** Formule écrite par le classeur (et attendue par la vérification). */
export const FORMULE_TAUX_2D =
  '=IF(OR({denominateur}="",{numerateur}=""),"",IF({denominateur}=0,"",{numerateur}/{denominateur}))';

const REFERENCE = "indicateurs.md §4 ; classeur-diagnostic.md §5.11 [INFÉRENCE pour la liste]";

/** Déclaration d'un indicateur 2-D, par champs nommés. */
export interface DeclarationTaux {
  /** Nom court : l'id est `compl.<nom>`. */
  readonly nom: string;
  readonly libelle: string;
  readonly granularite: Granularite;
  readonly sens: Sens;
  /** Libellés du numérateur et du dénominateur (formule en mots). */
  readonly numerateur: string;
  readonly denominateur: string;
  readonly motifs: readonly (readonly string[])[];
  readonly applicable?: Applicabilite2D;
  /** Défaut : `%`. */
  readonly unite?: Unite;
  /** Une part (seuils 0 % et 100 %) ; sinon une grandeur positive. Défaut : vrai. */
  readonly part?: boolean;
  /** Seuils propres, après ceux de la part ou de la grandeur positive. */
  readonly seuils?: readonly Seuil[];
}

export function taux(d: DeclarationTaux): Definition2D {
  const part = d.part ?? true;
  return {
    id: `compl.${d.nom}`,
    libelle: d.libelle,
    unite: d.unite ?? "%",
    granularite: d.granularite,
    onglet: "complementaires-2d",
    source:
      "2-D : bloc de l'indicateur, lignes « Numérateur » et « Dénominateur », une colonne par périmètre",
    entrees: [
      { cle: "numerateur", libelle: d.numerateur },
      { cle: "denominateur", libelle: d.denominateur },
    ],
    formule: FORMULE_TAUX_2D,
    formuleEnMots: `${d.numerateur} / ${d.denominateur}`,
    sens: d.sens,
    calculer: (e) => ratio(e.numerateur ?? NaN, e.denominateur ?? NaN),
    seuils: [...(part ? PART_BORNEE : [NEGATIF_IMPOSSIBLE]), ...(d.seuils ?? [])],
    reference: REFERENCE,
    motifs: d.motifs,
    ...(d.applicable ? { applicable: d.applicable } : {}),
  };
}
