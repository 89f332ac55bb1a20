import type { Definition } from "./correspondance";

/** Synonymes du tableau E3 de 2-E et de la grille 2-F (voir docs/synonymes.md). */

const d = (cle: string, canonique: string, ...synonymes: string[]): Definition => ({
  cle,
  canonique,
  synonymes,
});

/**
 * E3 : données brutes (codes B1…R2 du modèle) et lignes calculées (clés = noms courts des
 * indicateurs `fin.*`). Un code écrit dans la ligne (« B1 ») prime sur le libellé.
 */
export const LIGNES_E3: readonly Definition[] = [
  d(
    "B1",
    "financements stables d investissement hors amortissements cumules",
    "financements stables d investissement",
    "capitaux permanents d investissement",
  ),
  d(
    "B2",
    "dont emprunts et dettes financieres",
    "emprunts et dettes financieres",
    "dettes financieres",
  ),
  d(
    "B3",
    "amortissements et depreciations cumules des immobilisations",
    "amortissements cumules des immobilisations",
    "amortissements et depreciations cumules",
  ),
  d("B4", "immobilisations brutes", "actif immobilise brut", "immobilisations valeur brute"),
  d(
    "B5",
    "dont constructions valeur brute",
    "constructions valeur brute",
    "dont constructions",
    "constructions",
  ),
  d("B6", "amortissements cumules des constructions", "amortissements des constructions"),
  d(
    "B7",
    "installations techniques materiel et autres immobilisations corporelles valeur brute",
    "installations techniques materiel et outillage",
    "installations techniques",
  ),
  d(
    "B8",
    "amortissements cumules des installations materiels et autres immobilisations",
    "amortissements des installations et materiels",
    "amortissements cumules des installations",
  ),
  d("B9", "financements stables d exploitation", "capitaux permanents d exploitation"),
  d("B10", "emplois stables d exploitation"),
  d(
    "B11",
    "actif circulant d exploitation hors tresorerie",
    "actif circulant d exploitation",
    "actif circulant",
  ),
  d("B12", "dettes d exploitation", "dettes d exploitation et autres dettes"),
  d("B13", "disponibilites", "valeurs mobilieres de placement et disponibilites"),
  d("B14", "concours bancaires courants", "concours bancaires", "decouverts bancaires"),
  d("C1", "total des charges", "charges totales", "total charges"),
  d(
    "C2",
    "dotations aux amortissements depreciations et provisions",
    "dotations aux amortissements et provisions",
  ),
  d("C3", "valeur comptable des elements d actif cedes", "vnc des elements d actif cedes"),
  d("P1", "total des produits", "produits totaux", "total produits"),
  d(
    "P2",
    "reprises sur amortissements depreciations et provisions",
    "reprises sur amortissements et provisions",
  ),
  d(
    "P3",
    "produits des cessions d elements d actif",
    "produits de cessions d elements d actif",
    "produits des cessions",
  ),
  d(
    "P4",
    "quote part des subventions d investissement viree au resultat",
    "quote part des subventions d investissement",
  ),
  d("P5", "autres produits exceptionnels dont 7781", "autres produits exceptionnels"),
  d(
    "P6",
    "rabais et remises accordes variation des stocks de produits",
    "rabais remises et ristournes accordes",
  ),
  d("R1", "resultat de l exercice", "resultat comptable", "resultat net"),
  d(
    "R2",
    "remboursement en capital des emprunts de l exercice",
    "remboursement en capital des emprunts",
    "remboursement du capital des emprunts",
  ),
  d("fri", "fonds de roulement d investissement", "fri"),
  d("fre", "fonds de roulement d exploitation", "fre"),
  d("frng", "fonds de roulement net global", "frng"),
  d("bfr", "besoin en fonds de roulement", "bfr"),
  d("tresorerie", "tresorerie", "tresorerie nette"),
  d(
    "frng-jours",
    "frng en jours de charges courantes",
    "fonds de roulement en jours de charges courantes",
    "frng en jours",
  ),
  d(
    "bfr-jours",
    "bfr en jours de charges courantes",
    "besoin en fonds de roulement en jours de charges courantes",
    "bfr en jours",
  ),
  d("tresorerie-jours", "tresorerie en jours de charges courantes", "tresorerie en jours"),
  d("caf", "capacite d autofinancement", "caf"),
  d("taux-caf", "taux de caf", "taux de capacite d autofinancement", "caf en des produits"),
  d("vetuste-constructions", "taux de vetuste des constructions", "vetuste des constructions"),
  d(
    "vetuste-equipements",
    "taux de vetuste des equipements",
    "vetuste des equipements",
    "taux de vetuste des installations et equipements",
  ),
  d("taux-endettement", "taux d endettement", "endettement"),
  d("independance-financiere", "independance financiere", "taux d independance financiere"),
  d(
    "duree-dette",
    "duree apparente de la dette",
    "duree de la dette",
    "duree apparente d endettement",
  ),
];

/**
 * E6 : lignes du tableau des frais de siège. Les lignes calculées ont pour clé le nom court de
 * l'indicateur (`taux-frais-siege`, `evolution-frais-siege`), comme en E3.
 */
export const LIGNES_E6: readonly Definition[] = [
  d(
    "frais-autorises",
    "frais de siege autorises en euros",
    "frais de siege autorises",
    "montant des frais de siege autorises",
    "frais de siege accordes",
  ),
  d(
    "taux-autorise",
    "taux de frais de siege autorise",
    "taux de frais de siege autorises",
    "taux de frais de siege accorde",
    "taux de frais de siege",
    "taux autorise",
  ),
  d(
    "quote-part",
    "quote part de frais de siege imputee aux esms compte 6556",
    "quote part de frais de siege imputee aux esms",
    "quote part des frais de siege",
    "quote part de frais de siege",
    "frais de siege imputes aux esms",
    "compte 6556",
  ),
  d(
    "base",
    "base de calcul charges brutes des esms",
    "base de calcul des frais de siege",
    "charges brutes des esms",
    "base de calcul",
  ),
  d("etp-siege", "etp du siege", "effectifs du siege", "etp siege"),
  d(
    "taux-frais-siege",
    "taux reel de frais de siege quote part base de calcul",
    "taux reel de frais de siege",
    "taux reel des frais de siege",
    "taux reel",
  ),
  d(
    "evolution-frais-siege",
    "evolution annuelle des frais de siege autorises",
    "evolution annuelle des frais de siege",
    "evolution des frais de siege",
    "evolution annuelle",
  ),
  // Une autre évolution (celle de la quote-part imputée) n'est pas celle des frais autorisés : sa
  // définition, plus précise, l'emporte sur le synonyme « évolution annuelle ».
  d(
    "evolution-quote-part",
    "evolution annuelle de la quote part",
    "evolution de la quote part",
    "evolution annuelle de la quote part de frais de siege",
  ),
];

/** 2-F : orientations (colonnes) ; EAM / EANM de la nomenclature 2018 acceptés. */
export const ORIENTATIONS_2F: readonly Definition[] = [
  d("esat", "esat", "etablissement et service d aide par le travail", "travail protege"),
  d("mas", "mas", "maison d accueil specialisee"),
  d("fam", "fam", "foyer d accueil medicalise", "eam", "etablissement d accueil medicalise"),
  d(
    "foyer-de-vie",
    "foyer de vie",
    "eanm",
    "etablissement d accueil non medicalise",
    "foyer occupationnel",
  ),
  d("autre", "autre orientation", "autre", "autres", "sans orientation", "orientation en attente"),
];

/** 2-F : modes d'accueil (en-têtes de groupes de colonnes). */
export const MODES_2F: readonly Definition[] = [
  d("semi-internat", "semi internat", "externat", "accueil de jour", "semi internat externat"),
  d("internat", "internat", "hebergement", "hebergement complet", "internat de semaine"),
];
