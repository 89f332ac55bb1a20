import fc from "fast-check";

/**
 * Axes de mise en page de l'onglet 2-D tirés au sort (variantes-structure.md §4) : forme (bloc
 * par indicateur, ESMS en lignes ou en colonnes ; bloc par ESMS ; matrice indicateurs × ESMS),
 * style de la formule du taux, en-têtes sur deux niveaux, décalage, tableau secteur / organisme,
 * incohérence semée. Les valeurs (et les rapports > 1 des délais, listes d'attente, réunions) sont
 * tirées par `ecrire.ts` à partir de la graine.
 */

export type Forme2DAleatoire = "bloc-lignes" | "bloc-colonnes" | "bloc-esms" | "matrice";
export type StyleTaux = "si" | "sierreur" | "nu";
export type Erreur2D = "aucune" | "numerateur-superieur" | "denominateur-nul";

export interface MiseEnPage2D {
  readonly graine: number;
  readonly forme: Forme2DAleatoire;
  readonly style: StyleTaux;
  /** Intitulé fusionné juste au-dessus des en-têtes (groupe), sans lignes d'explication. */
  readonly deuxNiveaux: boolean;
  readonly decalage: { readonly lignes: number; readonly colonnes: number };
  readonly nbEsms: number;
  /** Indices (dans `INDICATEURS_ALEATOIRES`) des indicateurs par ESMS écrits. */
  readonly indicateurs: readonly number[];
  readonly agreges: boolean;
  readonly erreur: Erreur2D;
  /** Part des paires laissées vides (0 à 1). */
  readonly vides: number;
}

export interface IndicateurAleatoire {
  readonly id: string;
  readonly titre: string;
  readonly numerateur: string;
  readonly denominateur: string;
  /** Rapport permis au-delà de 1 (délai en jours, liste d'attente / capacité, réunions par ESMS). */
  readonly rapport?: { readonly min: number; readonly max: number };
}

export const INDICATEURS_ALEATOIRES: readonly IndicateurAleatoire[] = [
  { id: "pp-reactualise", titre: "Projets personnalisés réactualisés depuis moins de 12 mois", numerateur: "personnes dont le PP a été réactualisé", denominateur: "personnes accompagnées au 31/12" },
  { id: "delai-admission", titre: "Délai moyen d'admission (jours)", numerateur: "somme des délais entre notification et admission", denominateur: "admissions de l'année", rapport: { min: 20, max: 300 } },
  { id: "attente-capacite", titre: "Liste d'attente rapportée à la capacité", numerateur: "personnes en attente au 31/12", denominateur: "capacité autorisée", rapport: { min: 0.2, max: 1.8 } },
  { id: "personnes-60-ans", titre: "Personnes de 60 ans et plus", numerateur: "personnes de 60 ans et plus", denominateur: "personnes accompagnées au 31/12" },
  { id: "medecin-traitant", titre: "Personnes ayant un médecin traitant", numerateur: "personnes avec un médecin traitant", denominateur: "personnes accompagnées au 31/12" },
  { id: "accueil-temporaire", titre: "Utilisation de l'accueil temporaire", numerateur: "journées d'accueil temporaire réalisées", denominateur: "places d'AT × jours d'ouverture", rapport: { min: 0.5, max: 1.15 } },
]; // prettier-ignore

/** Indicateurs du tableau secteur / catégorie / organisme : [id, intitulé, périmètre, rapport]. */
export const AGREGES_ALEATOIRES: readonly (readonly [string, string, string, boolean])[] = [
  ["scolarisation-hors-murs", "Scolarisation en unité externalisée ou classe ordinaire", "Secteur enfance", false],
  ["sorties-esat-milieu-ordinaire", "Sorties d'ESAT vers le milieu ordinaire", "Catégorie ESAT", false],
  ["eig-analyses", "EIG ayant fait l'objet d'une analyse des causes", "Organisme gestionnaire", false],
  ["reunions-cvs", "Réunions de CVS par ESMS doté d'un CVS", "Organisme gestionnaire", true],
]; // prettier-ignore

export const miseEnPage2D: fc.Arbitrary<MiseEnPage2D> = fc.record({
  graine: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  forme: fc.constantFrom<Forme2DAleatoire>("bloc-lignes", "bloc-colonnes", "bloc-esms", "matrice"),
  style: fc.constantFrom<StyleTaux>("si", "sierreur", "nu"),
  deuxNiveaux: fc.boolean(),
  decalage: fc.record({
    lignes: fc.integer({ min: 0, max: 4 }),
    colonnes: fc.integer({ min: 0, max: 3 }),
  }),
  nbEsms: fc.integer({ min: 2, max: 7 }),
  indicateurs: fc.uniqueArray(fc.integer({ min: 0, max: INDICATEURS_ALEATOIRES.length - 1 }), {
    minLength: 2,
    maxLength: INDICATEURS_ALEATOIRES.length,
  }),
  agreges: fc.boolean(),
  erreur: fc.constantFrom<Erreur2D>("aucune", "numerateur-superieur", "denominateur-nul"),
  vides: fc.constantFrom(0, 0, 0.2),
});
