import { ACTIVITE_ATYPIQUE } from "./seuils";
import { taux, type Definition2D } from "./taux-2d";
import type { Seuil } from "./types";

export { FORMULE_TAUX_2D, type Applicabilite2D, type Definition2D } from "./taux-2d";

/**
 * Famille `compl` : indicateurs complémentaires de l'onglet 2-D (indicateurs.md §4, modèle
 * §5.11), déclarés par champs nommés (constructeur `taux`, `taux-2d.ts`). Chaque indicateur est
 * reconnu par son intitulé normalisé (`motifs` : une des listes, tous ses débuts de mots).
 */

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
  taux({
    nom: "pp-reactualise",
    libelle: "PP réactualisés depuis moins de 12 mois",
    granularite: "esms",
    sens: "hausse",
    numerateur: "PP réactualisés depuis moins de 12 mois",
    denominateur: "personnes accompagnées au 31/12",
    motifs: [["reactualis"]],
  }),
  taux({
    nom: "scolarisation",
    libelle: "Enfants bénéficiant d'un temps de scolarisation",
    granularite: "esms",
    sens: "hausse",
    numerateur: "enfants scolarisés au moins partiellement",
    denominateur: "enfants de 6 à 16 ans",
    motifs: [["temps de scolaris"], ["beneficiant", "scolaris"], ["scolarisation"]],
    applicable: { secteur: "enfance" },
  }),
  taux({
    nom: "scolarisation-hors-murs",
    libelle: "Scolarisation en unité externalisée ou classe ordinaire",
    granularite: "secteur",
    sens: "hausse",
    numerateur: "enfants en UEE ou classe ordinaire",
    denominateur: "enfants scolarisés",
    motifs: [["hors les murs"], ["scolaris", "externalis"], ["scolaris", "classe ordinaire"]],
  }),
  taux({
    nom: "activite-milieu-ordinaire",
    libelle: "Activité réalisée en milieu ordinaire",
    granularite: "esms",
    sens: "hausse",
    numerateur: "interventions sur les lieux de vie",
    denominateur: "total des interventions",
    motifs: [["activite", "milieu ordinaire"], ["lieux de vie"]],
    applicable: { nature: "service" },
  }),
  taux({
    nom: "sorties-esat-milieu-ordinaire",
    libelle: "Sorties d'ESAT vers le milieu ordinaire",
    granularite: "categorie",
    sens: "hausse",
    numerateur: "sorties vers l'emploi ordinaire ou une EA",
    denominateur: "travailleurs accompagnés dans l'année",
    motifs: [
      ["sortie", "esat"],
      ["sortie", "milieu ordinaire"],
    ],
  }),
  taux({
    nom: "esat-mise-a-disposition",
    libelle: "Travailleurs en mise à disposition ou emploi accompagné",
    granularite: "categorie",
    sens: "hausse",
    numerateur: "travailleurs concernés",
    denominateur: "travailleurs au 31/12",
    motifs: [["mise a disposition"], ["emploi accompagne"]],
  }),
  taux({
    nom: "personnes-60-ans",
    libelle: "Personnes de 60 ans et plus",
    granularite: "esms",
    sens: "contexte",
    numerateur: "personnes de 60 ans et plus",
    denominateur: "personnes au 31/12",
    motifs: [["60 ans"]],
    applicable: { secteur: "adultes" },
  }),
  taux({
    nom: "delai-admission",
    libelle: "Délai moyen d'admission",
    granularite: "esms",
    sens: "baisse",
    numerateur: "somme des délais notification → admission (jours)",
    denominateur: "admissions de l'année",
    motifs: [["delai", "admission"]],
    unite: "jours",
    part: false,
    seuils: [DELAI_LONG],
  }),
  taux({
    nom: "attente-capacite",
    libelle: "Liste d'attente rapportée à la capacité",
    granularite: "esms",
    sens: "contexte",
    numerateur: "personnes en attente au 31/12",
    denominateur: "capacité autorisée",
    motifs: [["attente"]],
    part: false,
  }),
  taux({
    nom: "creton",
    libelle: "Jeunes adultes en amendement Creton",
    granularite: "esms",
    sens: "baisse",
    numerateur: "personnes en amendement Creton au 31/12",
    denominateur: "personnes au 31/12",
    motifs: [["creton"]],
    applicable: { secteur: "enfance", nature: "etablissement" },
  }),
  taux({
    nom: "formation-bientraitance",
    libelle: "Professionnels formés à la bientraitance (3 ans)",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "salariés formés",
    denominateur: "salariés au 31/12",
    motifs: [["bientraitance"]],
  }),
  taux({
    nom: "eig-analyses",
    libelle: "EIG analysés",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "EIG avec analyse des causes",
    denominateur: "EIG déclarés",
    motifs: [["eig"], ["evenements indesirables graves"]],
  }),
  taux({
    nom: "reunions-cvs",
    libelle: "Réunions de CVS par ESMS",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "réunions de CVS tenues",
    denominateur: "ESMS dotés d'un CVS",
    motifs: [["cvs"], ["conseil de la vie sociale"]],
    unite: "nombre",
    part: false,
    seuils: [CVS_PEU_REUNI],
  }),
  taux({
    nom: "reclamations-delai",
    libelle: "Réclamations traitées en moins de 2 mois",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "réclamations traitées en moins de 2 mois",
    denominateur: "réclamations reçues",
    motifs: [["reclamation"]],
  }),
  taux({
    nom: "projets-etablissement-a-jour",
    libelle: "Projets d'établissement de moins de 5 ans",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "ESMS avec un projet d'établissement de moins de 5 ans",
    denominateur: "ESMS du périmètre",
    motifs: [["projet d etablissement"], ["projets d etablissement"], ["projet de service"]],
  }),
  taux({
    nom: "dossier-informatise",
    libelle: "Dossier de la personne informatisé",
    granularite: "organisme",
    sens: "hausse",
    numerateur: "ESMS équipés",
    denominateur: "ESMS du périmètre",
    motifs: [["dossier", "informatis"], ["dui"]],
  }),
  taux({
    nom: "medecin-traitant",
    libelle: "Personnes ayant un médecin traitant",
    granularite: "esms",
    sens: "hausse",
    numerateur: "personnes avec un médecin traitant",
    denominateur: "personnes au 31/12",
    motifs: [["medecin traitant"]],
    applicable: { secteur: "adultes" },
  }),
  taux({
    nom: "accueil-temporaire",
    libelle: "Utilisation de l'accueil temporaire",
    granularite: "esms",
    sens: "hausse",
    numerateur: "journées d'accueil temporaire réalisées",
    denominateur: "places d'AT × jours d'ouverture",
    motifs: [["accueil temporaire"]],
    applicable: { mode: "temporaire" },
    part: false,
    seuils: [ACTIVITE_ATYPIQUE],
  }),
];

/** Indicateur 2-D dont l'intitulé n'est pas reconnu : le taux est tout de même calculé et vérifié. */
export const INDICATEUR_2D_AUTRE: Definition2D = taux({
  nom: "autre",
  libelle: "Indicateur complémentaire (intitulé non reconnu)",
  granularite: "esms",
  sens: "contexte",
  numerateur: "numérateur",
  denominateur: "dénominateur",
  motifs: [],
  part: false,
  seuils: [],
});
