import { EXERCICES } from "./organisme";

/**
 * Données financières de l'organisme fictif (exercices N-3 à N-1), cohérentes entre elles :
 * résultat = produits − charges ; disponibilités − concours bancaires = FRNG − BFR ; résultats
 * par autorité dont la somme fait le résultat ; réserves, départs en retraite et effectifs.
 */

/** Tableau E3 : codes du modèle (§5.12) → valeur par exercice (dans l'ordre de EXERCICES). */
const BRUT: Readonly<Record<string, readonly number[]>> = {
  B1: [16_850_000, 17_120_000, 17_400_000],
  B2: [7_480_000, 7_210_000, 6_900_000],
  B3: [14_300_000, 15_080_000, 15_900_000],
  B4: [29_650_000, 30_420_000, 31_200_000],
  B5: [20_800_000, 21_150_000, 21_500_000],
  B6: [10_150_000, 10_720_000, 11_300_000],
  B7: [4_820_000, 5_010_000, 5_200_000],
  B8: [3_420_000, 3_660_000, 3_900_000],
  B9: [3_180_000, 3_260_000, 3_450_000],
  B10: [55_000, 58_000, 60_000],
  B11: [2_210_000, 2_290_000, 2_350_000],
  B12: [3_640_000, 3_780_000, 3_900_000],
  C1: [23_450_000, 24_180_000, 24_960_000],
  C2: [1_390_000, 1_420_000, 1_480_000],
  C3: [0, 8_000, 0],
  P1: [23_610_000, 24_095_000, 25_172_000],
  P2: [70_000, 80_000, 95_000],
  P3: [0, 15_000, 0],
  P4: [150_000, 150_000, 160_000],
  P5: [6_000, 9_000, 12_000],
  P6: [0, 0, 0],
  R2: [590_000, 605_000, 620_000],
  B14: [0, 0, 0],
};

const v = (code: string, i: number) => BRUT[code]?.[i] ?? 0;

/** Valeurs E3 complètes d'un exercice (R1 et B13 déduits des identités comptables). */
export function e3(i: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of Object.keys(BRUT)) out[code] = v(code, i);
  out.R1 = v("P1", i) - v("C1", i);
  const frng = v("B1", i) + v("B3", i) - v("B4", i) + v("B9", i) - v("B10", i);
  const bfr = v("B11", i) - v("B12", i);
  out.B13 = frng - bfr + v("B14", i);
  return out;
}

/** Lignes de données brutes de E3, dans l'ordre du modèle : code, libellé, comptes indicatifs. */
export const LIGNES_E3: readonly (readonly [string, string, string])[] = [
  ["B1", "Financements stables d'investissement, hors amortissements cumulés", "10, 13, 14, 16"],
  ["B2", "dont emprunts et dettes financières", "16 hors 165, 1688, 169"],
  ["B3", "Amortissements et dépréciations cumulés des immobilisations", "28, 29"],
  ["B4", "Immobilisations brutes", "20, 21, 23, 26, 27"],
  ["B5", "dont constructions (valeur brute)", "213, 214"],
  ["B6", "Amortissements cumulés des constructions", "2813, 2814"],
  [
    "B7",
    "Installations techniques, matériel et autres immobilisations corporelles (valeur brute)",
    "215, 218",
  ],
  [
    "B8",
    "Amortissements cumulés des installations, matériels et autres immobilisations",
    "2815, 2818",
  ],
  ["B9", "Financements stables d'exploitation", "110, 10685, 10686, 15, 19, 165"],
  ["B10", "Emplois stables d'exploitation", "275, créances > 1 an"],
  ["B11", "Actif circulant d'exploitation, hors trésorerie", "3, 40 à 48 (débit)"],
  ["B12", "Dettes d'exploitation", "40 à 48 (crédit)"],
  ["B13", "Disponibilités", "50 à 54 hors 519"],
  ["B14", "Concours bancaires courants", "519"],
  ["C1", "Total des charges", "classe 6"],
  ["C2", "Dotations aux amortissements, dépréciations et provisions", "68"],
  ["C3", "Valeur comptable des éléments d'actif cédés", "675"],
  ["P1", "Total des produits", "classe 7"],
  ["P2", "Reprises sur amortissements, dépréciations et provisions", "78"],
  ["P3", "Produits des cessions d'éléments d'actif", "775"],
  ["P4", "Quote-part des subventions d'investissement virée au résultat", "777"],
  ["P5", "Autres produits exceptionnels, dont 7781", "778, 7781"],
  ["P6", "Rabais et remises accordés ; variation des stocks de produits", "709, 713"],
  ["R1", "Résultat de l'exercice", "12"],
  ["R2", "Remboursement en capital des emprunts de l'exercice", "16 (débit)"],
];

/** Résultats par autorité de tarification (E1) : leur somme fait R1 de chaque exercice. */
export const RESULTATS_E1: readonly (readonly [string, readonly number[]])[] = [
  [
    "ESMS relevant de l'ARS seule (assurance maladie ; État pour les ESAT)",
    [118_000, -97_000, 171_000],
  ],
  ["ESMS relevant du Département seul", [12_000, 4_000, 15_000]],
  ["ESMS à compétence conjointe ARS / Département", [30_000, 8_000, 26_000]],
];
export const BAPC: readonly number[] = [45_000, 38_500, 52_300];

/** Réserves et provisions au 31/12/N-1 (E2) : libellé, comptes, ARS, Département, conjointe. */
export const RESERVES_E2: readonly (readonly [string, string, number, number, number])[] = [
  ["Excédents affectés à l'investissement", "10682", 1_250_000, 40_000, 180_000],
  ["Réserve de compensation des déficits", "10686", 420_000, 25_000, 60_000],
  ["Réserve de trésorerie", "10685", 650_000, 0, 90_000],
  ["Réserve de compensation des charges d'amortissement", "10687", 310_000, 0, 45_000],
  ["Report à nouveau excédentaire", "110", 95_000, 12_000, 18_000],
  ["Report à nouveau déficitaire", "119", -97_000, 0, 0],
  ["Provisions réglementées pour renouvellement des immobilisations", "142", 540_000, 0, 70_000],
  [
    "Provisions pour risques et charges (hors indemnités de départ à la retraite)",
    "15 hors 153",
    210_000,
    8_000,
    22_000,
  ],
  ["Provisions pour indemnités de départ à la retraite", "153", 1_380_000, 45_000, 160_000],
  ["Fonds dédiés", "19", 35_000, 0, 0],
];

/** Catégories professionnelles (referentiels.md §9), lignes de E4 et E5. */
export const CATEGORIES_PRO = [
  "Direction / encadrement",
  "Administration / gestion",
  "Services généraux",
  "Restauration",
  "Socio-éducatif",
  "Paramédical",
  "Psychologue",
  "Agents de service (ASH)",
  "Médical",
  "Personnel de l'Éducation nationale",
  "Autres fonctions",
] as const;

/** Répartition des ETP par catégorie professionnelle, pour 100 ETP, selon la catégorie d'ESMS. */
export const PROFILS_ETP: Readonly<Record<string, readonly number[]>> = {
  IME: [7, 8, 6, 5, 48, 8, 3, 7, 1, 6, 1],
  IEM: [6, 7, 5, 5, 30, 28, 3, 8, 2, 5, 1],
  ITEP: [8, 8, 6, 5, 50, 4, 6, 6, 1, 5, 1],
  SESSAD: [8, 10, 2, 0, 36, 30, 10, 2, 2, 0, 0],
  ESAT: [10, 9, 4, 3, 66, 2, 1, 3, 0, 0, 2],
  FAM: [5, 5, 6, 6, 30, 30, 2, 14, 1, 0, 1],
  MAS: [4, 4, 6, 5, 20, 45, 1, 13, 1, 0, 1],
  SAVS: [9, 8, 0, 0, 75, 0, 6, 0, 0, 0, 2],
  Siège: [30, 55, 5, 0, 0, 0, 0, 0, 0, 0, 10],
};

/** ETP pour une place, par catégorie d'ESMS (ordre de grandeur des taux d'encadrement). */
export const ETP_PAR_PLACE: Readonly<Record<string, number>> = {
  IME: 0.92,
  IEM: 1.12,
  ITEP: 1.05,
  SESSAD: 0.42,
  ESAT: 0.21,
  FAM: 1.08,
  MAS: 1.62,
  SAVS: 0.22,
};

/** Frais de siège (E6) : colonnes N-3, N-2, N-1, N (prévisionnel). */
export const FRAIS_SIEGE = {
  autorises: [610_000, 632_000, 655_000, 672_000],
  taux: [0.026, 0.026, 0.0265, 0.0265],
  quotePart: [598_000, 621_000, 648_000, 668_000],
  base: [23_000_000, 23_760_000, 24_450_000, 25_200_000],
  etp: [7.5, 7.8, 8.0, 8.2],
} as const;

export { EXERCICES };
