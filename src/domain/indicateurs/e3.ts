import type { DefinitionIndicateur, Entrees, Raison, Seuil, Sens, Unite } from "./types";

/**
 * Tableau E3 de l'onglet 2-E : codes B1…R2 (modèle §5.12), agrégats intermédiaires (FRI, FRE,
 * CAF…) et constructeurs des définitions de la famille `fin`.
 */

export const v = (e: Entrees, cle: string): number => e[cle] ?? NaN;
export const fri = (e: Entrees) => v(e, "B1") + v(e, "B3") - v(e, "B4");
export const fre = (e: Entrees) => v(e, "B9") - v(e, "B10");
export const frng = (e: Entrees) => fri(e) + fre(e);
export const bfr = (e: Entrees) => v(e, "B11") - v(e, "B12");
export const charges = (e: Entrees) => v(e, "C1") - v(e, "C2") - v(e, "C3");
export const caf = (e: Entrees) =>
  v(e, "R1") + v(e, "C2") - v(e, "P2") - v(e, "P3") + v(e, "C3") - v(e, "P4") - v(e, "P5");
export const produits = (e: Entrees) =>
  v(e, "P1") - v(e, "P3") - v(e, "P4") - v(e, "P5") - v(e, "P2") - v(e, "P6");
export const capitaux = (e: Entrees) => v(e, "B1") + v(e, "B9");

export const FRI = ["B1", "B3", "B4"];
export const FRE = ["B9", "B10"];
export const BFR = ["B11", "B12"];
export const CHARGES = ["C1", "C2", "C3"];
export const CAF = ["R1", "C2", "P2", "P3", "C3", "P4", "P5"];
export const PRODUITS = ["P1", "P2", "P3", "P4", "P5", "P6"];

/** Libellés canoniques des codes du tableau E3 (modèle §5.12). */
export const LIBELLES_E3: Readonly<Record<string, string>> = {
  B1: "financements stables d'investissement (B1)",
  B2: "emprunts et dettes financières (B2)",
  B3: "amortissements et dépréciations cumulés (B3)",
  B4: "immobilisations brutes (B4)",
  B5: "constructions, valeur brute (B5)",
  B6: "amortissements cumulés des constructions (B6)",
  B7: "installations, matériels et autres immobilisations, valeur brute (B7)",
  B8: "amortissements cumulés des installations et matériels (B8)",
  B9: "financements stables d'exploitation (B9)",
  B10: "emplois stables d'exploitation (B10)",
  B11: "actif circulant d'exploitation (B11)",
  B12: "dettes d'exploitation (B12)",
  B13: "disponibilités (B13)",
  B14: "concours bancaires courants (B14)",
  C1: "total des charges (C1)",
  C2: "dotations aux amortissements et provisions (C2)",
  C3: "valeur comptable des actifs cédés (C3)",
  P1: "total des produits (P1)",
  P2: "reprises sur amortissements et provisions (P2)",
  P3: "produits des cessions (P3)",
  P4: "quote-part des subventions virée au résultat (P4)",
  P5: "autres produits exceptionnels, dont 7781 (P5)",
  P6: "rabais et remises, variation des stocks de produits (P6)",
  R1: "résultat de l'exercice (R1)",
  R2: "remboursement en capital des emprunts (R2)",
};

export const S_GUIDE_M22 = "Guide M22 UNCCAS, ratios de l'EPRD [CONFIRMÉ]";
export const S_D6145 =
  "Art. D6145-70 CSP, critère sanitaire transposé : alerte, pas règle [CONFIRMÉ]";

/** Sources citées par les contrôles de seuil de 2-E (`financier/…`). */
export const CONTROLE_HELIOS = "Hélios (DNUM-SocialGouv) [CONFIRMÉ]";
export const CONTROLE_D6145 = "Art. D6145-70 CSP, critère transposé [CONFIRMÉ / INFÉRENCE]";

/** Déclaration d'un indicateur du tableau E3, par champs nommés. */
export interface DeclarationFin {
  /** Nom court : l'id est `fin.<nom>`. */
  readonly nom: string;
  readonly libelle: string;
  readonly unite: Unite;
  /** Codes B1…R2 lus (doublons ignorés, ordre gardé). */
  readonly codes: readonly string[];
  readonly formule: string;
  readonly formuleEnMots: string;
  readonly calculer: (e: Entrees) => number | Raison;
  /** Défaut : `contexte`. */
  readonly sens?: Sens;
  readonly seuils?: readonly Seuil[];
  /** Défaut : « indicateurs.md §5 ». */
  readonly reference?: string;
}

export function fin(d: DeclarationFin): DefinitionIndicateur {
  const codes = [...new Set(d.codes)];
  return {
    id: `fin.${d.nom}`,
    libelle: d.libelle,
    unite: d.unite,
    granularite: "organisme",
    onglet: "financier-2e",
    source: `2-E, tableau E3 : lignes ${codes.join(", ")}, colonne de l'exercice`,
    entrees: codes.map((cle) => ({ cle, libelle: LIBELLES_E3[cle] ?? cle })),
    formule: d.formule,
    formuleEnMots: d.formuleEnMots,
    sens: d.sens ?? "contexte",
    calculer: d.calculer,
    seuils: d.seuils ?? [],
    uniteEntrees: "€",
    reference: d.reference ?? "indicateurs.md §5",
  };
}
