/**
 * Modèle de la fiche-objectif, déclaré comme données (fiches-objectifs.md §3 et §5) : colonnes,
 * couleurs, champs d'identification et de contexte, tableaux. `disposerFiche` (fiches/mise-en-page.ts)
 * en tire les opérations d'écriture ; `lireFiche` (classeur/reperage/fiches) relit une fiche par ces
 * mêmes libellés : l'écriture et la lecture partagent un seul modèle, sous les deux.
 */

/** Largeurs en points des colonnes A à H. */
export const LARGEURS_FICHE: readonly number[] = [28, 150, 110, 80, 80, 80, 80, 80];
export const DERNIERE_COLONNE = LARGEURS_FICHE.length - 1;

export const COULEURS = {
  /** Bleu de saisie du classeur (à défaut de l'étalon). */
  saisie: "DDEBF7",
  titre: "1F4E78",
  section: "2F5597",
  blanc: "FFFFFF",
  entete: "E7E6E6",
  sousBloc: "F2F2F2",
  note: "595959",
} as const;

/** Listes déroulantes de la fiche (feuille « Listes des fiches », fiches/listes.ts). */
export type CleListe =
  "axes" | "objectifs" | "prs" | "unites" | "sens" | "frequences" | "statuts" | "concerne" | "esms";

export type CleChamp =
  | "numero"
  | "intitule"
  | "axe"
  | "objectif"
  | "esms"
  | "pilote"
  | "cadre"
  | "prs"
  | "schema"
  | "constats-territoire"
  | "constats-og"
  | "moyens"
  | "date-maj"
  | "version";

export interface DeclarationChamp {
  readonly cle: CleChamp;
  readonly libelle: string;
  /** Hauteur de ligne en points (texte renvoyé à la ligne). */
  readonly hauteur: number;
  readonly liste?: CleListe;
  readonly obligatoire: boolean;
  /** Format de nombre de la cellule de saisie (dates). */
  readonly format?: string;
}

const champ = (
  cle: CleChamp,
  libelle: string,
  hauteur: number,
  obligatoire: boolean,
  o: { liste?: CleListe; format?: string } = {},
): DeclarationChamp => ({ cle, libelle, hauteur, obligatoire, ...o });

export const CHAMPS_IDENTIFICATION: readonly DeclarationChamp[] = [
  champ("numero", "N° de fiche", 20, true, { format: "@" }),
  champ("intitule", "Intitulé de l'objectif", 36, true),
  champ("axe", "Axe stratégique", 20, true, { liste: "axes" }),
  champ("objectif", "Objectif minimal couvert", 20, true, { liste: "objectifs" }),
  champ("esms", "ESMS concernés", 32, true),
  champ("pilote", "Pilote (fonction)", 20, false),
];

export const CHAMPS_CONTEXTE: readonly DeclarationChamp[] = [
  champ("cadre", "Cadre de référence réglementaire", 45, true),
  champ("prs", "Orientation du PRS", 32, true, { liste: "prs" }),
  champ("schema", "Référence au schéma départemental", 32, false),
  champ("constats-territoire", "Constats et enjeux territoriaux (ARS / Département)", 60, false),
  champ("constats-og", "Constats et enjeux de l'organisme gestionnaire", 150, true),
];

export const CHAMPS_MOYENS: readonly DeclarationChamp[] = [
  champ(
    "moyens",
    "Moyens mobilisés (redéploiement, crédits non reconductibles, mesures nouvelles, investissement)",
    60,
    false,
  ),
];

export const CHAMPS_PIED: readonly DeclarationChamp[] = [
  champ("date-maj", "Date de mise à jour", 20, false, { format: "dd/mm/yyyy" }),
  champ("version", "Version", 20, false),
];

export const TOUS_LES_CHAMPS: readonly DeclarationChamp[] = [
  ...CHAMPS_IDENTIFICATION,
  ...CHAMPS_CONTEXTE,
  ...CHAMPS_MOYENS,
  ...CHAMPS_PIED,
];

/** Une colonne d'un tableau de la fiche : de `de` à `a` (fusion si différentes). */
export interface ColonneTableau {
  readonly cle: string;
  readonly titre: string;
  readonly de: number;
  readonly a: number;
  readonly liste?: CleListe;
  readonly format?: string;
}

export type CleTableau = "actions" | "indicateurs" | "suivi-interne";

export interface DeclarationTableau {
  readonly cle: CleTableau;
  readonly section: string;
  readonly consigne: string;
  readonly lignes: number;
  readonly hauteur: number;
  /** La première colonne (A) porte le numéro de ligne, grisée. */
  readonly colonnes: readonly ColonneTableau[];
}

const col = (cle: string, titre: string, de: number, a = de, o: Partial<ColonneTableau> = {}) => ({
  cle,
  titre,
  de,
  a,
  ...o,
});

export const TABLEAUX: readonly DeclarationTableau[] = [
  {
    cle: "actions",
    section: "2. Actions",
    consigne:
      "Une action par ligne ; pour en ajouter, insérez des lignes au-dessus de la dernière ligne du tableau.",
    lignes: 6,
    hauteur: 32,
    colonnes: [
      col("action", "Action", 1),
      col("pilote", "Pilote", 2),
      col("partenaires", "Partenaires", 3, 4),
      col("esms", "ESMS", 5),
      col("debut", "Début", 6, 6, { format: "dd/mm/yyyy" }),
      col("fin", "Fin", 7, 7, { format: "dd/mm/yyyy" }),
    ],
  },
  {
    cle: "indicateurs",
    section: "3. Indicateurs de suivi et d'évaluation",
    consigne:
      "Pour chaque indicateur : mode de calcul, valeur l'année de signature et les deux cibles ; les cibles suivent le sens d'amélioration.",
    lignes: 4,
    hauteur: 60,
    colonnes: [
      col("indicateur", "Indicateur", 1),
      col("mode", "Mode de calcul", 2),
      col("unite", "Unité", 3, 3, { liste: "unites" }),
      col("sens", "Sens", 4, 4, { liste: "sens" }),
      col("initiale", "Valeur à la signature", 5),
      col("mi", "Cible mi-parcours", 6),
      col("fin", "Cible fin de CPOM", 7),
    ],
  },
  {
    cle: "suivi-interne",
    section: "4. Indicateurs de suivi interne",
    consigne: "Indicateurs de pilotage propres à l'organisme (facultatifs).",
    lignes: 3,
    hauteur: 30,
    colonnes: [
      col("indicateur", "Indicateur", 1),
      col("mode", "Mode de calcul", 2, 6),
      col("frequence", "Fréquence", 7, 7, { liste: "frequences" }),
    ],
  },
];

export const TITRE_SERAFIN =
  "Besoins SERAFIN-PH auxquels répond l'objectif — marquez « X » dans la colonne « Concerné »";
export const ENTETES_SERAFIN = { code: "Code", besoin: "Besoin", concerne: "Concerné" } as const;

export const SECTIONS = {
  identification: "Identification",
  contexte: "1. Contexte",
  moyens: "5. Moyens mobilisés",
  pied: "Suivi de la fiche",
} as const;

export const titreFiche = (numero: string): string => `Annexe 4 — Fiche-objectif n° ${numero}`;
export const MENTION =
  "Document généré par le complément Diagnostic CPOM — point de départ modifiable : les cellules bleues sont à compléter.";
