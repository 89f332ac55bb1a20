import { ratio } from "./calcul";
import { ACTIVITE_ATYPIQUE, NEGATIF_IMPOSSIBLE, PART_BORNEE } from "./seuils";
import type { DefinitionIndicateur, Granularite, Seuil, Sens, Unite } from "./types";

/**
 * Famille `compl` : indicateurs complémentaires de l'onglet 2-D (indicateurs.md §4, modèle
 * §5.11). L'OG saisit numérateur et dénominateur ; le classeur calcule le taux. Chaque indicateur
 * est reconnu par son intitulé normalisé (`motifs` : une des listes, tous ses débuts de mots).
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

interface Options {
  readonly applicable?: Applicabilite2D;
  readonly unite?: Unite;
  readonly part?: boolean;
  readonly seuils?: readonly Seuil[];
}

function taux(
  nomCourt: string,
  libelle: string,
  granularite: Granularite,
  sens: Sens,
  numerateur: string,
  denominateur: string,
  motifs: readonly (readonly string[])[],
  options: Options = {},
): Definition2D {
  const part = options.part ?? true;
  return {
    id: `compl.${nomCourt}`,
    libelle,
    unite: options.unite ?? "%",
    granularite,
    onglet: "complementaires-2d",
    source:
      "2-D : bloc de l'indicateur, lignes « Numérateur » et « Dénominateur », une colonne par périmètre",
    entrees: [
      { cle: "numerateur", libelle: numerateur },
      { cle: "denominateur", libelle: denominateur },
    ],
    formule: FORMULE_TAUX_2D,
    formuleEnMots: `${numerateur} / ${denominateur}`,
    sens,
    calculer: (e) => ratio(e.numerateur ?? NaN, e.denominateur ?? NaN),
    seuils: [...(part ? PART_BORNEE : [NEGATIF_IMPOSSIBLE]), ...(options.seuils ?? [])],
    reference: REFERENCE,
    motifs,
    ...(options.applicable ? { applicable: options.applicable } : {}),
  };
}

const DELAI_LONG: Seuil = {
  condition: "> 365 jours",
  si: (v) => v > 365,
  gravite: "info",
  message: "délai de plus d'un an, valeur à vérifier",
  source: "indicateurs.md §4 [INFÉRENCE]",
};

const CVS_PEU_REUNI: Seuil = {
  condition: "< 3 par an",
  si: (v) => v < 3,
  gravite: "info",
  message: "le CVS se réunit au moins 3 fois par an, à examiner",
  source: "Fonctionnement du CVS (art. D311-16 CASF) [CONNAISSANCE]",
};

/** Les 18 indicateurs du modèle, dans l'ordre de la référence. */
export const INDICATEURS_2D: readonly Definition2D[] = [
  taux(
    "pp-reactualise",
    "PP réactualisés depuis moins de 12 mois",
    "esms",
    "hausse",
    "PP réactualisés depuis moins de 12 mois",
    "personnes accompagnées au 31/12",
    [["reactualis"]],
  ),
  taux(
    "scolarisation",
    "Enfants bénéficiant d'un temps de scolarisation",
    "esms",
    "hausse",
    "enfants scolarisés au moins partiellement",
    "enfants de 6 à 16 ans",
    [["temps de scolaris"], ["beneficiant", "scolaris"], ["scolarisation"]],
    { applicable: { secteur: "enfance" } },
  ),
  taux(
    "scolarisation-hors-murs",
    "Scolarisation en unité externalisée ou classe ordinaire",
    "secteur",
    "hausse",
    "enfants en UEE ou classe ordinaire",
    "enfants scolarisés",
    [["hors les murs"], ["scolaris", "externalis"], ["scolaris", "classe ordinaire"]],
  ),
  taux(
    "activite-milieu-ordinaire",
    "Activité réalisée en milieu ordinaire",
    "esms",
    "hausse",
    "interventions sur les lieux de vie",
    "total des interventions",
    [["activite", "milieu ordinaire"], ["lieux de vie"]],
    { applicable: { nature: "service" } },
  ),
  taux(
    "sorties-esat-milieu-ordinaire",
    "Sorties d'ESAT vers le milieu ordinaire",
    "categorie",
    "hausse",
    "sorties vers l'emploi ordinaire ou une EA",
    "travailleurs accompagnés dans l'année",
    [
      ["sortie", "esat"],
      ["sortie", "milieu ordinaire"],
    ],
  ),
  taux(
    "esat-mise-a-disposition",
    "Travailleurs en mise à disposition ou emploi accompagné",
    "categorie",
    "hausse",
    "travailleurs concernés",
    "travailleurs au 31/12",
    [["mise a disposition"], ["emploi accompagne"]],
  ),
  taux(
    "personnes-60-ans",
    "Personnes de 60 ans et plus",
    "esms",
    "contexte",
    "personnes de 60 ans et plus",
    "personnes au 31/12",
    [["60 ans"]],
    { applicable: { secteur: "adultes" } },
  ),
  taux(
    "delai-admission",
    "Délai moyen d'admission",
    "esms",
    "baisse",
    "somme des délais notification → admission (jours)",
    "admissions de l'année",
    [["delai", "admission"]],
    { unite: "jours", part: false, seuils: [DELAI_LONG] },
  ),
  taux(
    "attente-capacite",
    "Liste d'attente rapportée à la capacité",
    "esms",
    "contexte",
    "personnes en attente au 31/12",
    "capacité autorisée",
    [["attente"]],
    { part: false },
  ),
  taux(
    "creton",
    "Jeunes adultes en amendement Creton",
    "esms",
    "baisse",
    "personnes en amendement Creton au 31/12",
    "personnes au 31/12",
    [["creton"]],
    { applicable: { secteur: "enfance", nature: "etablissement" } },
  ),
  taux(
    "formation-bientraitance",
    "Professionnels formés à la bientraitance (3 ans)",
    "organisme",
    "hausse",
    "salariés formés",
    "salariés au 31/12",
    [["bientraitance"]],
  ),
  taux(
    "eig-analyses",
    "EIG analysés",
    "organisme",
    "hausse",
    "EIG avec analyse des causes",
    "EIG déclarés",
    [["eig"], ["evenements indesirables graves"]],
  ),
  taux(
    "reunions-cvs",
    "Réunions de CVS par ESMS",
    "organisme",
    "hausse",
    "réunions de CVS tenues",
    "ESMS dotés d'un CVS",
    [["cvs"], ["conseil de la vie sociale"]],
    { unite: "nombre", part: false, seuils: [CVS_PEU_REUNI] },
  ),
  taux(
    "reclamations-delai",
    "Réclamations traitées en moins de 2 mois",
    "organisme",
    "hausse",
    "réclamations traitées en moins de 2 mois",
    "réclamations reçues",
    [["reclamation"]],
  ),
  taux(
    "projets-etablissement-a-jour",
    "Projets d'établissement de moins de 5 ans",
    "organisme",
    "hausse",
    "ESMS avec un projet d'établissement de moins de 5 ans",
    "ESMS du périmètre",
    [["projet d etablissement"], ["projets d etablissement"], ["projet de service"]],
  ),
  taux(
    "dossier-informatise",
    "Dossier de la personne informatisé",
    "organisme",
    "hausse",
    "ESMS équipés",
    "ESMS du périmètre",
    [["dossier", "informatis"], ["dui"]],
  ),
  taux(
    "medecin-traitant",
    "Personnes ayant un médecin traitant",
    "esms",
    "hausse",
    "personnes avec un médecin traitant",
    "personnes au 31/12",
    [["medecin traitant"]],
    { applicable: { secteur: "adultes" } },
  ),
  taux(
    "accueil-temporaire",
    "Utilisation de l'accueil temporaire",
    "esms",
    "hausse",
    "journées d'accueil temporaire réalisées",
    "places d'AT × jours d'ouverture",
    [["accueil temporaire"]],
    { applicable: { mode: "temporaire" }, part: false, seuils: [ACTIVITE_ATYPIQUE] },
  ),
];

/** Indicateur 2-D dont l'intitulé n'est pas reconnu : le taux est tout de même calculé et vérifié. */
export const INDICATEUR_2D_AUTRE: Definition2D = taux(
  "autre",
  "Indicateur complémentaire (intitulé non reconnu)",
  "esms",
  "contexte",
  "numérateur",
  "dénominateur",
  [],
  { part: false, seuils: [] },
);
