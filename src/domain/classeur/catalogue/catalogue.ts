import type { TypeOnglet } from "../types-onglet";

/**
 * Catalogue des onglets du Diagnostic (modèle du classeur, §5 et §6), déclaré comme données.
 * Motifs et signatures sont écrits **déjà normalisés** (`normaliserTexte`) : minuscules, sans
 * accents, ponctuation et tirets ramenés à l'espace. Un motif ne vaut que s'il forme une suite de
 * mots entiers du nom (« 2b » ne reconnaît pas « 2bis »).
 */

export type TypeCatalogue = Exclude<TypeOnglet, "inconnu">;

/** `fort` : le motif désigne l'annexe sans ambiguïté ; `faible` : un mot thématique. */
export interface MotifNom {
  readonly motif: string;
  readonly force: "fort" | "faible";
}

/** Libellé caractéristique du contenu ; `poids` 2 pour un titre propre à l'onglet. */
export interface Signature {
  readonly texte: string;
  readonly poids: 1 | 2;
}

/**
 * `accueil` ; `annexe` : les annexes du modèle (1, 2-A à 2-G), dans l'ordre du modèle ; `generee` :
 * les feuilles de l'Annexe 4 que l'outil écrit (fiches-objectifs, tableau de suivi).
 */
export type FamilleOnglet = "accueil" | "annexe" | "generee";

/** Annexe du guide : « — » pour l'accueil, « 4 » pour les feuilles générées. */
export type CodeAnnexe = "—" | "1" | "2-A" | "2-B" | "2-C" | "2-D" | "2-E" | "2-F" | "2-G" | "4";

export interface EntreeCatalogue {
  readonly type: TypeCatalogue;
  readonly famille: FamilleOnglet;
  readonly annexe: CodeAnnexe;
  readonly titre: string;
  /** Titre court des messages des contrôles (« Axe 1-1 (ESMS enfance) »). */
  readonly titreCourt: string;
  /** Onglet à compléter par le gestionnaire (cellules de saisie bleues). */
  readonly aSaisir: boolean;
  /** Onglet à retourner : son absence est un constat (`classeur/onglet-attendu-absent`). */
  readonly attendu: boolean;
  /** Axe d'un seul secteur : attendu et à remplir si l'Annexe 1 liste des ESMS de ce secteur. */
  readonly secteur?: "enfance" | "adultes";
  /** Rang dans le modèle (0 = premier onglet), `null` pour les feuilles générées. */
  readonly rang: number | null;
  readonly noms: readonly MotifNom[];
  readonly signatures: readonly Signature[];
}

const fort = (...m: string[]): MotifNom[] => m.map((motif) => ({ motif, force: "fort" }));
const faible = (...m: string[]): MotifNom[] => m.map((motif) => ({ motif, force: "faible" }));
const sig = (poids: 1 | 2, ...t: string[]): Signature[] => t.map((texte) => ({ texte, poids }));

/** Encarts et liste communs aux cinq onglets d'axes (un indice faible pour chacun). */
const AXES = sig(
  1,
  "modalites de mise en oeuvre",
  "points d amelioration",
  "pratiques heterogenes",
);

/** Motifs de nom d'un axe « 1-k » sous toutes ses écritures : « Axe 1-1 », « 2-A 1.1 », « A11 ». */
const axe1 = (k: number): MotifNom[] =>
  fort(`axe 1 ${k}`, `axe 1${k}`, `axe1 ${k}`, `axe1${k}`, `2 a 1 ${k}`, `2a 1 ${k}`, `a 1 ${k}`);

export const CATALOGUE_ONGLETS: readonly EntreeCatalogue[] = [
  {
    type: "accueil",
    famille: "accueil",
    annexe: "—",
    titre: "Accueil",
    titreCourt: "Accueil",
    aSaisir: false,
    attendu: false,
    rang: 0,
    noms: [...fort("accueil", "sommaire", "page de garde"), ...faible("menu")],
    signatures: [
      ...sig(2, "ne pas mettre a jour", "sommaire"),
      ...sig(
        1,
        "cellules en bleu",
        "zones en bleu",
        "contrat pluriannuel d objectifs et de moyens",
      ),
    ],
  },
  {
    type: "annexe-1",
    famille: "annexe",
    annexe: "1",
    titre: "Fiche signalétique",
    titreCourt: "Annexe 1 (fiche signalétique)",
    aSaisir: true,
    attendu: true,
    rang: 1,
    noms: [...fort("annexe 1", "annexe1", "a1", "fiche signaletique"), ...faible("signaletique")],
    signatures: [
      ...sig(2, "fiche signaletique", "finess juridique", "finess geographique"),
      ...sig(1, "capacite", "projet associatif", "organisme gestionnaire"),
    ],
  },
  {
    type: "axe-1-1",
    famille: "annexe",
    annexe: "2-A",
    titre: "Axe 1-1 : ESMS du secteur Enfance",
    titreCourt: "Axe 1-1 (ESMS enfance)",
    aSaisir: true,
    attendu: true,
    secteur: "enfance",
    rang: 2,
    noms: [...axe1(1), ...fort("1 1 enfance", "2 a enfance", "2a enfance"), ...faible("enfance")],
    signatures: [...AXES, ...sig(2, "scolarisation"), ...sig(1, "secteur enfance", "enfants")],
  },
  {
    type: "axe-1-2",
    famille: "annexe",
    annexe: "2-A",
    titre: "Axe 1-2 : ESMS du secteur Adultes",
    titreCourt: "Axe 1-2 (ESMS adultes)",
    aSaisir: true,
    attendu: true,
    secteur: "adultes",
    rang: 3,
    noms: [...axe1(2), ...fort("1 2 adultes", "2 a adultes", "2a adultes"), ...faible("adultes")],
    signatures: [...AXES, ...sig(2, "habitat"), ...sig(1, "secteur adultes", "emploi", "esat")],
  },
  {
    type: "axe-1-3",
    famille: "annexe",
    annexe: "2-A",
    titre: "Axe 1-3 : Coopérations et partenariats",
    titreCourt: "Axe 1-3 (coopérations)",
    aSaisir: true,
    attendu: true,
    rang: 4,
    noms: [...axe1(3), ...fort("cooperations"), ...faible("partenariats", "cooperation")],
    signatures: [...AXES, ...sig(2, "cooperations et partenariats"), ...sig(1, "convention")],
  },
  {
    type: "axe-2",
    famille: "annexe",
    annexe: "2-A",
    titre: "Axe 2 : Bientraitance, démarche qualité et maîtrise des risques",
    titreCourt: "Axe 2 (bientraitance, qualité)",
    aSaisir: true,
    attendu: true,
    rang: 5,
    noms: [...fort("axe 2", "axe2", "2 a 2", "bientraitance"), ...faible("qualite")],
    signatures: [
      ...AXES,
      ...sig(2, "demarche qualite", "maitrise des risques"),
      ...sig(1, "bientraitance"),
    ],
  },
  {
    type: "axe-3",
    famille: "annexe",
    annexe: "2-A",
    titre: "Axe 3 : Efficience et innovation des organisations",
    titreCourt: "Axe 3 (efficience)",
    aSaisir: true,
    attendu: true,
    rang: 6,
    noms: [...fort("axe 3", "axe3", "2 a 3", "efficience"), ...faible("innovation")],
    signatures: [
      ...AXES,
      ...sig(2, "efficience et innovation des organisations"),
      ...sig(1, "efficience", "innovation"),
    ],
  },
  {
    type: "flash-2b",
    famille: "annexe",
    annexe: "2-B",
    titre: "Indicateurs FLASH",
    titreCourt: "2-B (indicateurs FLASH)",
    aSaisir: false,
    attendu: false,
    rang: 7,
    noms: [...fort("2 b", "2b", "annexe 2 b", "flash")],
    signatures: [...sig(2, "flash", "indicateurs flash"), ...sig(1, "campagne")],
  },
  {
    type: "anap-2c",
    famille: "annexe",
    annexe: "2-C",
    titre: "Indicateurs ANAP (Tableau de bord de la performance)",
    titreCourt: "2-C (indicateurs ANAP)",
    aSaisir: false,
    attendu: false,
    rang: 8,
    noms: [...fort("2 c", "2c", "annexe 2 c", "anap", "tdb", "tableau de bord")],
    signatures: [
      ...sig(2, "anap", "tableau de bord"),
      ...sig(1, "taux d absenteisme", "taux de vetuste", "taux d occupation"),
    ],
  },
  {
    type: "complementaires-2d",
    famille: "annexe",
    annexe: "2-D",
    titre: "Indicateurs complémentaires",
    titreCourt: "2-D (indicateurs complémentaires)",
    aSaisir: true,
    attendu: true,
    rang: 9,
    noms: [...fort("2 d", "2d", "annexe 2 d", "indic compl", "complementaires")],
    signatures: [...sig(2, "indicateurs complementaires"), ...sig(1, "numerateur", "denominateur")],
  },
  {
    type: "financier-2e",
    famille: "annexe",
    annexe: "2-E",
    titre: "Diagnostic budgétaire et financier",
    titreCourt: "2-E (diagnostic financier)",
    aSaisir: true,
    attendu: true,
    rang: 10,
    noms: [
      ...fort("2 e", "2e", "annexe 2 e", "diagnostic financier", "budgetaire"),
      ...faible("financier", "finances"),
    ],
    signatures: [
      ...sig(2, "diagnostic budgetaire et financier", "fonds de roulement"),
      ...sig(1, "resultats cumules", "reserves", "frais de siege", "departs en retraite"),
    ],
  },
  {
    type: "creton-2f",
    famille: "annexe",
    annexe: "2-F",
    titre: "Activité des plus de 20 ans en amendement Creton",
    titreCourt: "2-F (amendement Creton)",
    aSaisir: true,
    attendu: false,
    rang: 11,
    noms: [...fort("2 f", "2f", "annexe 2 f", "creton", "amendement creton")],
    signatures: [...sig(2, "creton", "plus de 20 ans"), ...sig(1, "semi internat", "foyer de vie")],
  },
  {
    type: "departementaux-2g",
    famille: "annexe",
    annexe: "2-G",
    titre: "Indicateurs départementaux",
    titreCourt: "2-G (indicateurs départementaux)",
    aSaisir: false,
    attendu: false,
    rang: 12,
    noms: [
      ...fort("2 g", "2g", "annexe 2 g", "departementaux", "indic dep"),
      ...faible("cd", "departement"),
    ],
    signatures: [...sig(2, "indicateurs departementaux", "aide sociale"), ...sig(1, "departement")],
  },
  {
    type: "fiche-objectif",
    famille: "generee",
    annexe: "4",
    titre: "Fiche-objectif",
    titreCourt: "Fiche-objectif (annexe 4)",
    aSaisir: false,
    attendu: false,
    rang: null,
    noms: [...fort("fiche objectif", "fiche objectifs"), ...faible("fo")],
    signatures: [...sig(2, "fiche objectif"), ...sig(1, "objectif operationnel", "echeance")],
  },
  {
    type: "suivi-objectifs",
    famille: "generee",
    annexe: "4",
    titre: "Tableau de suivi des objectifs",
    titreCourt: "Suivi des objectifs (annexe 4)",
    aSaisir: false,
    attendu: false,
    rang: null,
    noms: [...fort("suivi des objectifs", "suivi objectifs", "tableau de suivi")],
    signatures: [...sig(2, "tableau de suivi", "suivi des objectifs")],
  },
];

const PAR_TYPE: ReadonlyMap<TypeOnglet, EntreeCatalogue> = new Map(
  CATALOGUE_ONGLETS.map((e) => [e.type, e]),
);

export function entreeCatalogue(type: TypeOnglet): EntreeCatalogue | undefined {
  return PAR_TYPE.get(type);
}
