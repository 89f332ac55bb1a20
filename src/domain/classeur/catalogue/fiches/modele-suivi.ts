import type { CleChamp } from "./modele-fiche";

/**
 * Tableau de suivi des objectifs (fiches-objectifs.md §6), déclaré comme données : une colonne par
 * entrée, sa nature (clé, renvoi vers la fiche, saisie, statut, calcul) et sa largeur en points.
 */

export const NOM_SUIVI = "Suivi des objectifs";
export const TITRE_SUIVI = "Annexe 4 — Tableau de suivi des objectifs";
export const NOTE_SUIVI =
  "Une ligne par indicateur de suivi et d'évaluation des fiches. Les colonnes grises renvoient aux fiches (à modifier dans la fiche) ; les cellules bleues sont à compléter à chaque dialogue de gestion. Régénérer ajoute les nouveaux indicateurs sans toucher aux valeurs saisies.";

/** Adresse A1 d'une colonne de la ligne courante. */
export type AdresseDe = (cle: string) => string;

export type NatureColonne =
  | { readonly kind: "cle" }
  | { readonly kind: "champ"; readonly champ: CleChamp }
  | { readonly kind: "indicateur"; readonly colonne: string }
  | { readonly kind: "saisie"; readonly format?: string }
  | { readonly kind: "statut" }
  | {
      readonly kind: "calcul";
      readonly formule: (a: AdresseDe) => string;
      readonly format: string;
    };

export interface ColonneSuivi {
  readonly cle: string;
  readonly titre: string;
  readonly largeur: number;
  readonly nature: NatureColonne;
}

export const NB_ANNEES = 5;

const taux = (cible: string) => (a: AdresseDe) => {
  const [i, k, q, s] = [a("initiale"), a(cible), a("derniere"), a("sens")];
  return (
    `=IF(OR(${i}="",${k}="",${q}=""),"",IF(${k}=${i},` +
    `IF(OR(AND(${s}<>"baisse",${q}>=${k}),AND(${s}="baisse",${q}<=${k})),1,0),` +
    `IFERROR((${q}-${i})/(${k}-${i}),"")))`
  );
};

/** Titre d'une colonne « Réalisé » : année civile si la première année du CPOM est connue. */
export const titreRealise = (k: number, annee?: number): string =>
  annee ? `Réalisé ${annee + k - 1}` : `Réalisé année ${k}`;

export function colonnesSuivi(annee?: number): ColonneSuivi[] {
  const realises: ColonneSuivi[] = Array.from({ length: NB_ANNEES }, (_, i) => ({
    cle: `r${i + 1}`,
    titre: titreRealise(i + 1, annee),
    largeur: 58,
    nature: { kind: "saisie" },
  }));
  return [
    { cle: "cle", titre: "Clé", largeur: 52, nature: { kind: "cle" } },
    { cle: "numero", titre: "N° fiche", largeur: 40, nature: { kind: "champ", champ: "numero" } },
    { cle: "axe", titre: "Axe", largeur: 130, nature: { kind: "champ", champ: "axe" } },
    {
      cle: "objectif",
      titre: "Objectif minimal",
      largeur: 90,
      nature: { kind: "champ", champ: "objectif" },
    },
    {
      cle: "intitule",
      titre: "Intitulé",
      largeur: 150,
      nature: { kind: "champ", champ: "intitule" },
    },
    {
      cle: "indicateur",
      titre: "Indicateur",
      largeur: 150,
      nature: { kind: "indicateur", colonne: "indicateur" },
    },
    {
      cle: "mode",
      titre: "Mode de calcul",
      largeur: 130,
      nature: { kind: "indicateur", colonne: "mode" },
    },
    { cle: "unite", titre: "Unité", largeur: 45, nature: { kind: "indicateur", colonne: "unite" } },
    { cle: "sens", titre: "Sens", largeur: 50, nature: { kind: "indicateur", colonne: "sens" } },
    {
      cle: "initiale",
      titre: "Valeur à la signature",
      largeur: 62,
      nature: { kind: "indicateur", colonne: "initiale" },
    },
    {
      cle: "mi",
      titre: "Cible mi-parcours",
      largeur: 62,
      nature: { kind: "indicateur", colonne: "mi" },
    },
    {
      cle: "fin",
      titre: "Cible fin de CPOM",
      largeur: 62,
      nature: { kind: "indicateur", colonne: "fin" },
    },
    ...realises,
    {
      cle: "derniere",
      titre: "Dernière valeur connue",
      largeur: 62,
      nature: {
        kind: "calcul",
        formule: (a) =>
          `=IFERROR(INDEX(${a("r1")}:${a(`r${NB_ANNEES}`)},MATCH(9.99E+307,${a("r1")}:${a(`r${NB_ANNEES}`)})),"")`,
        format: "General",
      },
    },
    {
      cle: "taux-mi",
      titre: "Taux d'atteinte mi-parcours",
      largeur: 62,
      nature: { kind: "calcul", formule: taux("mi"), format: "0%" },
    },
    {
      cle: "taux-fin",
      titre: "Taux d'atteinte final",
      largeur: 62,
      nature: { kind: "calcul", formule: taux("fin"), format: "0%" },
    },
    { cle: "statut", titre: "Statut", largeur: 90, nature: { kind: "statut" } },
    {
      cle: "commentaire",
      titre: "Faits marquants / commentaire",
      largeur: 180,
      nature: { kind: "saisie" },
    },
    {
      cle: "date",
      titre: "Date de mise à jour",
      largeur: 70,
      nature: { kind: "saisie", format: "dd/mm/yyyy" },
    },
  ];
}

/** Lignes de réserve mises en forme sous les lignes écrites (saisie bleue, liste des statuts). */
export const LIGNES_RESERVE = 20;

/** Clé stable d'une ligne : « F1.1-I2 ». */
export const cleLigne = (numeroFiche: string, numeroIndicateur: number): string =>
  `F${numeroFiche}-I${numeroIndicateur}`;
