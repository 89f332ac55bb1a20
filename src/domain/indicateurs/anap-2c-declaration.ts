import { ACTIVITE_ATYPIQUE, SOURCE_HELIOS } from "./seuils";
import type { ControleDuSeuil, DefinitionIndicateur, Seuil, Unite } from "./types";

/**
 * Comment se déclare un indicateur relu en 2-C (anap-2c.ts en est la table) : champs nommés,
 * seuils Hélios « au-delà d'une borne », seuil d'activité atypique partagé avec son contrôle.
 */

/** Source citée par les contrôles `anap/*` des seuils Hélios. */
export const HELIOS_ATYPIQUE = "Hélios (DNUM-SocialGouv), seuils « atypiques » [CONFIRMÉ]";

export interface DefinitionAnap extends DefinitionIndicateur {
  readonly motifs: readonly (readonly string[])[];
}

/** Déclaration d'un indicateur relu en 2-C, par champs nommés. */
interface DeclarationAnap {
  /** Nom court : l'id est `anap.<nom>`. */
  readonly nom: string;
  readonly libelle: string;
  readonly unite: Unite;
  readonly motifs: readonly (readonly string[])[];
  readonly seuils?: readonly Seuil[];
}

export function anap({
  nom,
  libelle,
  unite,
  motifs,
  seuils = [],
}: DeclarationAnap): DefinitionAnap {
  return {
    id: `anap.${nom}`,
    libelle,
    unite,
    granularite: "esms",
    onglet: "anap-2c",
    source: "2-C : ligne de l'ESMS, colonne de l'indicateur (valeur pré-remplie par l'ARS)",
    entrees: [{ cle: "valeur", libelle }],
    formule: "",
    formuleEnMots: "valeur relue dans le tableau de bord (campagne N-1, données N-2)",
    sens: "contexte",
    calculer: (e) => e.valeur ?? NaN,
    seuils,
    reference: "indicateurs.md §2 ; infobulles Hélios",
    motifs,
  };
}

/** Alerte au-delà d'une borne (`> 20 %`…), source Hélios par défaut ; son contrôle s'il en a un. */
export const plus = (d: {
  readonly condition: string;
  readonly borne: number;
  readonly message: string;
  readonly source?: string;
  readonly controle?: ControleDuSeuil;
}): Seuil => ({
  condition: d.condition,
  si: (v) => v > d.borne,
  gravite: "alerte",
  message: d.message,
  source: d.source ?? SOURCE_HELIOS,
  ...(d.controle ? { controle: d.controle } : {}),
});

/**
 * Activité au-delà de 120 % (seuil partagé `ACTIVITE_ATYPIQUE`) avec son contrôle : un seul objet
 * pour les quatre taux de réalisation et d'occupation, donc un seul contrôle qui les lit tous.
 */
export const ACTIVITE_ATYPIQUE_2C: Seuil = {
  ...ACTIVITE_ATYPIQUE,
  controle: {
    id: "anap/activite-atypique",
    message: "{{nom}} : {{indicateur}} de {{valeur}}, au-delà de 120 %.",
    description: "Taux de réalisation ou d'occupation au plus de 120 %.",
    correction:
      "Vérifier l'activité (journées, capacité financée) ; expliquer en axe 3 si elle est réelle.",
    pourquoi:
      "Au-delà de 120 %, l'activité est atypique : donnée erronée ou suractivité à expliquer.",
    source: HELIOS_ATYPIQUE,
  },
};
