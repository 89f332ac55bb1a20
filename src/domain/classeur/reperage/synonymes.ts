import type { Definition } from "./correspondance";

/**
 * Libellés canoniques et synonymes acceptés, par zone (modèle du classeur, §7), écrits normalisés.
 * Un synonyme ne vaut que dans la zone où il est déclaré. Tout ajout : docs/synonymes.md.
 */

const d = (cle: string, canonique: string, ...synonymes: string[]): Definition => ({
  cle,
  canonique,
  synonymes,
});

/** Annexe 1, section A : organisme gestionnaire (une valeur bleue à droite de chaque libellé). */
export const ORGANISME: readonly Definition[] = [
  d(
    "raison-sociale",
    "raison sociale de l organisme gestionnaire",
    "raison sociale",
    "nom de l organisme gestionnaire",
    "denomination de l organisme",
  ),
  d(
    "finess-juridique",
    "n finess juridique",
    "finess ej",
    "finess de l entite juridique",
    "n finess organisme gestionnaire",
    "finess gestionnaire",
    "finess juridique ej",
  ),
  d("statut-juridique", "statut juridique", "statut", "forme juridique"),
  d("adresse-siege", "adresse du siege", "adresse du siege social", "adresse"),
  d("organisation-siege", "organisation du siege", "organisation du siege le cas echeant"),
  d("siege-autorise", "siege autorise", "frais de siege autorises", "siege social autorise"),
  d(
    "date-arrete-siege",
    "date de l arrete",
    "date de l arrete d autorisation",
    "date arrete siege",
  ),
  d(
    "taux-frais-siege",
    "taux autorise",
    "taux de frais de siege",
    "taux de frais de siege autorise",
  ),
  d(
    "valeurs-projet-associatif",
    "valeurs du projet associatif",
    "projet associatif",
    "valeurs",
    "projet politique",
  ),
  d("date-projet-associatif", "date du projet associatif", "date d adoption du projet associatif"),
  d("type-cpom", "type de cpom", "cpom bipartite ou tripartite", "nature du cpom"),
  d("referent", "personne referente cpom", "referent cpom", "personne referente", "contact cpom"),
];

/** Annexe 1, sections B et C : colonnes des tableaux d'ESMS (aussi 2-B, 2-C, 2-F pour l'identité). */
export const COLONNES_ESMS: readonly Definition[] = [
  d(
    "finess",
    "n finess geographique",
    "finess et",
    "finess etablissement",
    "n finess de l etablissement",
    "finess",
    "n finess",
    "finess geo",
  ),
  d(
    "nom",
    "nom de l etablissement ou du service",
    "raison sociale de l esms",
    "denomination",
    "etablissement service",
    "nom de l esms",
    "nom",
    "etablissement",
    "esms",
    "nom de l etablissement",
    "raison sociale",
  ),
  d("categorie", "categorie", "categorie d esms", "type d esms", "type", "categorie finess"),
  d("commune", "commune", "ville", "localisation", "commune d implantation"),
  d(
    "capacite",
    "capacite totale autorisee",
    "capacite autorisee",
    "capacite totale",
    "nombre de places autorisees",
    "places",
    "capacite",
  ),
  d(
    "internat",
    "dont capacite en internat",
    "dont internat",
    "dont hebergement",
    "capacite internat hebergement",
    "dont internat hebergement",
    "capacite en internat",
  ),
  d(
    "public",
    "public specifique",
    "public accueilli",
    "public",
    "clientele",
    "public mentionne dans l arrete",
    "public specifique mentionne dans l arrete d autorisation",
  ),
  d(
    "autorite",
    "autorite de tarification",
    "autorite",
    "tarification",
    "financeur",
    "autorite competente",
  ),
];

/** Les quatre encarts des axes 2-A. */
export const ENCARTS: readonly Definition[] = [
  d(
    "modalites",
    "modalites de mise en oeuvre",
    "mise en oeuvre",
    "strategie",
    "modalites de mise en oeuvre strategie",
  ),
  d("difficultes", "difficultes rencontrees", "difficultes", "freins"),
  d("points-forts", "points forts", "forces", "atouts", "point fort"),
  d(
    "points-amelioration",
    "points d amelioration",
    "axes d amelioration",
    "points faibles",
    "axes de progres",
    "pistes d amelioration",
    "point d amelioration",
  ),
];

/** 2-D : termes d'un indicateur (libellé en tête de ligne). */
export const TERMES_2D: readonly Definition[] = [
  d("numerateur", "numerateur", "num", "nombre de"),
  d("denominateur", "denominateur", "denom", "rapporte a", "sur"),
  d("taux", "taux", "ratio", "resultat", "taux calcule"),
];

/** 2-E : titres des six tableaux. */
export const TABLEAUX_2E: readonly Definition[] = [
  d(
    "e1-resultats",
    "resultats cumules",
    "resultats par autorite de tarification",
    "resultats comptables",
    "tableau e1",
    "e1",
  ),
  d("e2-reserves", "reserves et provisions", "reserves", "etat des reserves", "tableau e2", "e2"),
  d(
    "e3-financier",
    "indicateurs financiers",
    "analyse financiere",
    "donnees financieres",
    "equilibre financier",
    "tableau e3",
    "e3",
  ),
  d(
    "e4-retraites",
    "departs en retraite",
    "etat previsionnel des departs en retraite",
    "departs a la retraite",
    "tableau e4",
    "e4",
  ),
  d("e5-effectifs", "effectifs", "effectifs par categorie professionnelle", "tableau e5", "e5"),
  d("e6-frais-siege", "frais de siege", "evolution des frais de siege", "tableau e6", "e6"),
];

/** 2-E, E1 : lignes par autorité de tarification. */
export const LIGNES_E1: readonly Definition[] = [
  d(
    "ars",
    "esms relevant de l ars",
    "ars",
    "ars seule",
    "assurance maladie",
    "competence ars",
    "esms ars",
  ),
  d(
    "cd",
    "esms relevant du departement",
    "departement",
    "conseil departemental",
    "cd",
    "departement seul",
    "competence departement",
    "esms cd",
  ),
  d(
    "conjointe",
    "esms a competence conjointe",
    "conjointe",
    "competence conjointe",
    "ars et departement",
    "ars departement",
    "esms conjoints",
  ),
  d(
    "bapc",
    "budget annexe de production et de commercialisation",
    "bapc",
    "budget commercial",
    "budget annexe",
  ),
  d("total", "total", "total organisme", "total og", "total general"),
];

/** 2-E, E2 : lignes de réserves et provisions. */
export const LIGNES_E2: readonly Definition[] = [
  d(
    "excedents-investissement",
    "excedents affectes a l investissement",
    "reserve d investissement",
    "excedents affectes aux investissements",
  ),
  d(
    "reserve-compensation-deficits",
    "reserve de compensation des deficits",
    "reserve de compensation",
  ),
  d(
    "reserve-tresorerie",
    "reserve de tresorerie",
    "reserve de couverture du besoin en fonds de roulement",
  ),
  d(
    "reserve-compensation-amortissements",
    "reserve de compensation des charges d amortissement",
    "reserve de compensation des amortissements",
  ),
  d("report-nouveau-excedentaire", "report a nouveau excedentaire", "report a nouveau crediteur"),
  d("report-nouveau-deficitaire", "report a nouveau deficitaire", "report a nouveau debiteur"),
  d(
    "provisions-reglementees",
    "provisions reglementees pour renouvellement des immobilisations",
    "provisions reglementees",
  ),
  d("provisions-risques", "provisions pour risques et charges", "provisions risques et charges"),
  d(
    "provisions-retraite",
    "dont provisions pour indemnites de depart a la retraite",
    "provisions pour indemnites de depart a la retraite",
    "provisions retraite",
    "dont idr",
  ),
  d("fonds-dedies", "fonds dedies", "fonds dedies et reportes"),
  d("total", "total", "total reserves et provisions", "total general"),
];
