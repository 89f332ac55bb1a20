import fc from "fast-check";

/**
 * Mises en page aléatoires de l'Annexe 2-F (variantes-structure.md §6) : grille (modes en groupes
 * au-dessus des orientations) ou format long (une ligne par mode, FINESS et nom fusionnés
 * verticalement ou répétés, colonne « Mode d'accueil »), transposée ou non, décalée, orientations
 * en ordre et libellés libres, totaux de ligne, d'établissement, par mode et général, par formule
 * ou tapés, et au plus une incohérence semée (un total faux).
 */

export type Orientation2F = "esat" | "mas" | "fam" | "foyer-de-vie" | "autre";

export interface MiseEnPage2F {
  readonly graine: number;
  readonly format: "grille" | "long";
  /** ESMS en lignes (classique) ou en colonnes (tableau transposé). */
  readonly transpose: boolean;
  readonly decalage: { readonly e: number; readonly m: number };
  readonly nbEsms: number;
  /** Orientations écrites, dans l'ordre des colonnes, avec l'indice du libellé choisi. */
  readonly orientations: readonly { readonly cle: Orientation2F; readonly libelle: number }[];
  /** Mode d'abord « internat » (sinon « semi-internat » d'abord). */
  readonly internatDAbord: boolean;
  readonly identiteSaisie: boolean;
  /** Format long : FINESS et nom fusionnés sur les lignes de l'établissement (sinon répétés). */
  readonly fusionIdentite: boolean;
  readonly totalLigne: boolean;
  readonly totalEtablissement: boolean;
  readonly lignesTotal: "aucune" | "general" | "modes-et-general";
  readonly totauxTapes: boolean;
  /** Incohérence semée : un total faux (indice parmi les totaux écrits), ou aucune. */
  readonly totalFaux: number | null;
}

export const LIBELLES_ORIENTATIONS: Readonly<Record<Orientation2F, readonly string[]>> = {
  esat: ["ESAT", "Travail protégé (ESAT)"],
  mas: ["MAS", "Maison d'accueil spécialisée"],
  fam: ["FAM", "FAM / EAM", "EAM"],
  "foyer-de-vie": ["Foyer de vie", "EANM", "Foyer de vie / EANM", "Foyer occupationnel"],
  autre: ["Autre orientation", "Sans orientation", "Autre ou sans orientation"],
};

const CLES: readonly Orientation2F[] = ["esat", "mas", "fam", "foyer-de-vie", "autre"];

export const miseEnPage2F: fc.Arbitrary<MiseEnPage2F> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  format: fc.constantFrom("grille", "long"),
  transpose: fc.boolean(),
  decalage: fc.record({ e: fc.integer({ min: 0, max: 5 }), m: fc.integer({ min: 0, max: 3 }) }),
  nbEsms: fc.integer({ min: 1, max: 5 }),
  orientations: fc
    .shuffledSubarray([...CLES], { minLength: 2, maxLength: 5 })
    .chain((cles) =>
      fc.tuple(
        ...cles.map((cle) =>
          fc
            .integer({ min: 0, max: LIBELLES_ORIENTATIONS[cle].length - 1 })
            .map((libelle) => ({ cle, libelle })),
        ),
      ),
    ),
  internatDAbord: fc.boolean(),
  identiteSaisie: fc.boolean(),
  fusionIdentite: fc.boolean(),
  totalLigne: fc.boolean(),
  totalEtablissement: fc.boolean(),
  lignesTotal: fc.constantFrom("aucune", "general", "modes-et-general"),
  totauxTapes: fc.boolean(),
  totalFaux: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 2 }),
});
