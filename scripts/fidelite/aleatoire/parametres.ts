import fc from "fast-check";

/**
 * Axes de mise en page tirés au sort (variantes-structure.md §2 couleurs et légende, §3 tableaux
 * d'ESMS) : chaque classeur aléatoire est une combinaison de ces axes, écrite par `ecrire.ts` avec
 * sa vérité terrain (cellules de saisie).
 */

/** Remplissage en RVB, ou couleur de thème avec teinte (résolue par le lecteur avec le thème). */
export type Remplissage =
  { readonly rgb: string } | { readonly theme: number; readonly tint: number };

export type Theme = "2007" | "2013-2022" | "2023";

export interface Legende {
  /** Où se trouve la légende : Accueil seul, répétée sur chaque onglet, ou absente. */
  readonly ou: "accueil" | "chaque" | "aucune";
  /** Pastille à gauche, à droite du texte (au-delà de sa fusion), ou dans la cellule du texte. */
  readonly cote: "gauche" | "droite" | "texte";
  /** Pastilles présentes en plus de la saisie. */
  readonly preRempli: boolean;
  readonly calcul: boolean;
  /** Texte du libellé fusionné sur 2 ou 3 colonnes. */
  readonly largeurTexte: 1 | 2 | 3;
}

export interface Palette {
  readonly theme: Theme;
  readonly saisie: Remplissage;
  readonly preRempli: string | null;
  readonly enTete: Remplissage | null;
  readonly thematique: string | null;
  readonly calcul: string | null;
  /** Écrire un `bgColor` parasite (ré-enregistrement LibreOffice) et des motifs « none » colorés. */
  readonly parasites: boolean;
}

export type RoleMesure = "saisie" | "pre-rempli" | "calcul";

export interface Tableau {
  /** ESMS en lignes (classique) ou en colonnes (transposé). */
  readonly orientation: "lignes" | "colonnes";
  readonly decalage: { readonly lignes: number; readonly colonnes: number };
  readonly nbEsms: number;
  readonly mesures: readonly RoleMesure[];
  /** Identité de l'ESMS (FINESS, nom) saisie par le gestionnaire, ou libellé / pré-rempli. */
  readonly identiteSaisie: boolean;
  /** En-têtes sur deux niveaux (groupe fusionné au-dessus). */
  readonly deuxNiveaux: boolean;
  readonly reservees: number;
  readonly total: "aucun" | "formule" | "tape";
  readonly masquee: "aucune" | "codes" | "aide";
  /** Bandeau de section en gras fusionné sur toute la largeur, sur fond de saisie. */
  readonly bandeauSaisie: boolean;
  /** Part de saisies laissées vides (0 à 1). */
  readonly vides: number;
}

export interface Thematique {
  readonly questions: number;
  /** Réponse dans une fusion de 2 cellules. */
  readonly reponseFusionnee: boolean;
  readonly encarts: "aucun" | "bas" | "cote-a-cote";
}

export interface MiseEnPage {
  /** Graine des valeurs écrites (nombres, cellules laissées vides). */
  readonly graine: number;
  readonly palette: Palette;
  readonly legende: Legende;
  readonly feuilles: readonly {
    readonly tableaux: readonly Tableau[];
    readonly thematique?: Thematique;
  }[];
}

const BLEUS_RVB = [
  "DDEBF7",
  "DEEBF7",
  "BDD7EE",
  "D9E1F2",
  "DCE6F1",
  "DAEEF3",
  "C5D9F1",
  "CCFFFF",
  "B7DEE8",
  "C1E5F5",
];
/** Index de thème (4 = accent 1, 7 = accent 4, 8 = accent 5) bleus pour chaque thème. */
const ACCENTS_BLEUS: Readonly<Record<Theme, readonly number[]>> = {
  "2007": [4, 8],
  "2013-2022": [4, 8],
  "2023": [4, 7],
};

const remplissageSaisie = (theme: Theme): fc.Arbitrary<Remplissage> =>
  fc.oneof(
    fc.constantFrom(...BLEUS_RVB).map((rgb) => ({ rgb })),
    fc.record({
      theme: fc.constantFrom(...ACCENTS_BLEUS[theme]),
      tint: fc.constantFrom(0.5999, 0.7999),
    }),
    // Légendes atypiques : saisie grise ou jaune (seule la légende le dit).
    fc.constantFrom({ rgb: "F2F2F2" }, { rgb: "D9D9D9" }, { rgb: "FFF2CC" }),
  );

const estAtypique = (r: Remplissage) =>
  "rgb" in r && ["F2F2F2", "D9D9D9", "FFF2CC"].includes(r.rgb);
const estGrise = (r: Remplissage) => "rgb" in r && ["F2F2F2", "D9D9D9"].includes(r.rgb);

const palette: fc.Arbitrary<Palette> = fc
  .constantFrom<Theme>("2007", "2013-2022", "2023")
  .chain((theme) =>
    fc.record({
      theme: fc.constant(theme),
      saisie: remplissageSaisie(theme),
      preRempli: fc.constantFrom("F2F2F2", "D9D9D9", null),
      enTete: fc.constantFrom<Remplissage | null>(
        { rgb: "E7E6E6" },
        { theme: 2, tint: 0 },
        { rgb: "BDD7EE" },
        { rgb: "D9E1F2" },
        null,
      ),
      thematique: fc.constantFrom("EDEDED", "F2F2F2", null),
      calcul: fc.constantFrom("FFF2CC", null),
      parasites: fc.boolean(),
    }),
  )
  // Une saisie grise ou jaune n'existe qu'avec une légende qui le dit, et sans autre fond de même
  // nature qu'elle (une personne ne pourrait pas non plus les distinguer).
  .map((p) => {
    if (!estAtypique(p.saisie)) return p;
    const grise = estGrise(p.saisie);
    return {
      ...p,
      preRempli: grise
        ? (p.saisie as { rgb: string }).rgb === "D9D9D9"
          ? "F2F2F2"
          : null
        : p.preRempli,
      enTete: grise ? { rgb: "BDD7EE" } : p.enTete,
      thematique: grise ? null : p.thematique,
      calcul: grise ? p.calcul : null,
    };
  });

const legende: fc.Arbitrary<Legende> = fc.record({
  ou: fc.constantFrom("accueil", "chaque", "aucune"),
  cote: fc.constantFrom("gauche", "droite", "texte"),
  preRempli: fc.boolean(),
  calcul: fc.boolean(),
  largeurTexte: fc.constantFrom(1, 2, 3),
});

const tableau: fc.Arbitrary<Tableau> = fc.record({
  orientation: fc.constantFrom("lignes", "colonnes"),
  decalage: fc.record({
    lignes: fc.integer({ min: 0, max: 6 }),
    colonnes: fc.integer({ min: 0, max: 4 }),
  }),
  nbEsms: fc.integer({ min: 2, max: 12 }),
  mesures: fc.array(fc.constantFrom<RoleMesure>("saisie", "saisie", "pre-rempli", "calcul"), {
    minLength: 2,
    maxLength: 8,
  }),
  identiteSaisie: fc.boolean(),
  deuxNiveaux: fc.boolean(),
  reservees: fc.integer({ min: 0, max: 2 }),
  total: fc.constantFrom("aucun", "formule", "tape"),
  masquee: fc.constantFrom("aucune", "codes", "aide"),
  bandeauSaisie: fc.boolean(),
  vides: fc.constantFrom(0, 0.2, 0.5, 1),
});

const thematique: fc.Arbitrary<Thematique> = fc.record({
  questions: fc.integer({ min: 1, max: 8 }),
  reponseFusionnee: fc.boolean(),
  encarts: fc.constantFrom("aucun", "bas", "cote-a-cote"),
});

export const miseEnPage: fc.Arbitrary<MiseEnPage> = fc
  .record({
    graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    palette,
    legende,
    feuilles: fc.array(
      fc.record(
        { tableaux: fc.array(tableau, { minLength: 1, maxLength: 2 }), thematique },
        { requiredKeys: ["tableaux"] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((m) =>
    estAtypique(m.palette.saisie) && m.legende.ou === "aucune"
      ? { ...m, legende: { ...m.legende, ou: "accueil" as const } }
      : m,
  );
