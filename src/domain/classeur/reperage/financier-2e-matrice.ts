import type { Champ, Ligne2E } from "../modele";
import { normaliserTexte } from "../texte";
import { lireEntites, trouverEnTetes, Vue, type EnTete, type LigneEnTete } from "../tableaux";
import type { Orientation } from "../tableaux";
import type { Definition } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";

/**
 * Un tableau de 2-E lu comme une matrice (ligne du modèle × colonne), quelle que soit sa mise en
 * page : les libellés de lignes (« Fonds propres », « ESMS relevant de l'ARS seule »…) sont une
 * ligne d'en-têtes du lecteur générique, cherchée dans les deux orientations ; chaque « entité »
 * lue ensuite est une colonne du modèle (un exercice, une autorité, une catégorie), nommée par son
 * propre en-tête. Exercices en colonnes : les libellés sont une colonne de la feuille ; exercices
 * en lignes : une ligne. Aucune colonne de libellés, de codes ni de valeurs n'est supposée.
 */

/** Une vue bornée aux lignes de la feuille d'un tableau (entre son titre et le suivant). */
export class VueBornee extends Vue {
  constructor(
    f: Feuille,
    orientation: Orientation,
    readonly de: number,
    readonly a: number,
  ) {
    super(f, orientation);
  }
  override get eMin(): number {
    return this.orientation === "lignes" ? Math.max(super.eMin, this.de) : super.eMin;
  }
  override get eMax(): number {
    return this.orientation === "lignes" ? Math.min(super.eMax, this.a) : super.eMax;
  }
  override get mMin(): number {
    return this.orientation === "colonnes" ? Math.max(super.mMin, this.de) : super.mMin;
  }
  override get mMax(): number {
    return this.orientation === "colonnes" ? Math.min(super.mMax, this.a) : super.mMax;
  }
  private readonly bornes = new Map<number, readonly Libelle[]>();

  override libellesEn(e: number): readonly Libelle[] {
    let l = this.bornes.get(e);
    if (!l) {
      l = super.libellesEn(e).filter((x) => x.zone.top >= this.de && x.zone.top <= this.a);
      this.bornes.set(e, l);
    }
    return l;
  }
}

export interface Matrice {
  readonly orientation: Orientation;
  readonly lignes: readonly Ligne2E[];
  /** Clés de colonnes dans l'ordre (en-têtes normalisés, exercices ramenés à « 2024 »). */
  readonly colonnes: readonly string[];
  readonly libellesColonnes: readonly string[];
  /** Clés de lignes reconnues par leurs libellés (hors lignes libres). */
  readonly reconnues: readonly string[];
}

/** En-têtes de colonnes descriptives (pas des valeurs). */
const HORS_VALEURS = /^(code|libelle|intitule|rubrique|comptes?( indicatifs)?|lignes?|n)$/;
const norm = (t: string) => normaliserTexte(t, { garderNumerotation: true });
const slug = (t: string) => normaliserTexte(t).replace(/ /g, "-").slice(0, 60);

/** Clé de colonne : l'en-tête normalisé ; « Exercice 2023 », « Année 2023 » deviennent « 2023 ». */
export function cleColonne(texte: string): string {
  return norm(texte).replace(/^(exercices?|annees?|au)\s+(?=(19|20)\d{2}\b)/, "");
}

/** Texte d'un en-tête d'entité : le plus proche libellé (ou année en nombre) avant les lignes. */
function enTeteEntite(v: Vue, e: number, avant: number): string | undefined {
  for (let m = avant - 1; m >= v.mMin; m--) {
    const z = v.zone(e, m);
    // Un sous-titre ou un en-tête de groupe fusionné sur plusieurs entités n'en nomme aucune.
    if (z.e0 !== e) continue;
    const c = v.ancre(e, m);
    if (v.f.estLibelle(c)) return String(c.value).trim();
    if (typeof c.value === "number" && Number.isInteger(c.value) && c.value > 1900) {
      if (c.value < 2100) return String(c.value);
    }
  }
  return undefined;
}

/** Étendue d'un en-tête sur l'axe des entités (fusions comprises). */
const bas = (v: Vue, t: LigneEnTete, h: { m0: number }) => v.zone(t.e, h.m0).e1;

/**
 * Ligne d'en-têtes retenue : libellés reconnus, puis libellés libres situés après le premier
 * reconnu (une ligne du tableau que les synonymes ignorent), chacun avec une clé unique.
 */
function completer(v: Vue, t: LigneEnTete): LigneEnTete | undefined {
  const premier = Math.min(...t.entetes.map((h) => h.m0));
  // Libellés libres contigus aux lignes reconnues : après une ligne vide commence autre chose (un
  // autre tableau, son titre).
  let fin = Math.max(...t.entetes.map((h) => h.m1));
  const contigus = [...t.libres]
    .filter((l) => l.m0 > premier)
    .sort((a, b) => a.m0 - b.m0)
    .filter((l) => {
      if (l.m0 > fin + 1) return false;
      fin = Math.max(fin, l.m1);
      return true;
    });
  const libres: EnTete[] = contigus
    .filter((l) => !HORS_VALEURS.test(normaliserTexte(l.libelle)))
    .map((l) => ({ cle: slug(l.libelle), libelle: l.libelle, m0: l.m0, m1: l.m1, confiance: 0.5 }));
  const cles = new Set<string>();
  const entetes = [...t.entetes, ...libres]
    .sort((a, b) => a.m0 - b.m0)
    .map((h) => {
      let cle = h.cle;
      for (let i = 2; cles.has(cle); i++) cle = `${h.cle}-${i}`;
      cles.add(cle);
      return { ...h, cle };
    });
  if (entetes.length === 0) return undefined;
  // Un sous-titre fusionné sur toute la largeur ne repousse pas le début des valeurs.
  return { ...t, entetes, bas: Math.max(...entetes.map((h) => bas(v, t, h))) };
}

function score(t: LigneEnTete): number {
  return t.entetes.length * 10 + t.entetes.reduce((s, h) => s + h.confiance, 0);
}

/** Meilleure ligne de libellés de lignes du modèle, dans les deux orientations. */
function meilleureLigne(
  f: Feuille,
  definitions: readonly Definition[],
  de: number,
  a: number,
  min: number,
): { v: Vue; t: LigneEnTete } | undefined {
  let meilleur: { v: Vue; t: LigneEnTete } | undefined;
  for (const orientation of ["lignes", "colonnes"] as const) {
    const v = new VueBornee(f, orientation, de, a);
    for (const t of trouverEnTetes(v, definitions, { min })) {
      if (!meilleur || score(t) > score(meilleur.t)) meilleur = { v, t };
    }
  }
  return meilleur;
}

const aValeur = (c: Champ) => c.saisie || c.cellule.formula !== null || !estTexteOuVide(c);
const estTexteOuVide = (c: Champ) =>
  c.cellule.type === "Empty" || typeof c.cellule.value === "string";

/** Lit la matrice d'un tableau entre les lignes `de` et `a` de la feuille. */
export function lireMatrice(
  f: Feuille,
  definitions: readonly Definition[],
  de: number,
  a: number,
): Matrice | undefined {
  const trouve =
    meilleureLigne(f, definitions, de, a, 2) ?? meilleureLigne(f, definitions, de, a, 1);
  if (!trouve) return undefined;
  const { v } = trouve;
  const t = completer(v, trouve.t);
  if (!t) return undefined;
  const premier = Math.min(...t.entetes.map((h) => h.m0));
  const lu = lireEntites(v, t, { totalClot: false });
  const colonnes: {
    cle: string;
    libelle: string;
    champs: Readonly<Partial<Record<string, Champ>>>;
  }[] = [];
  const cles = new Set<string>();
  for (const ent of lu.entites) {
    const libelle = enTeteEntite(v, ent.e, premier);
    if (!libelle) continue;
    const cle = cleColonne(libelle);
    if (HORS_VALEURS.test(cle) || cles.has(cle)) continue;
    const champs = Object.values(ent.champs).filter((c): c is Champ => c !== undefined);
    if (!champs.some(aValeur)) continue;
    colonnes.push({ cle, libelle, champs: ent.champs });
    cles.add(cle);
  }
  const lignes: Ligne2E[] = [];
  for (const h of t.entetes) {
    const valeurs: Record<string, Champ> = {};
    for (const c of colonnes) {
      const champ = c.champs[h.cle];
      if (champ) valeurs[c.cle] = champ;
    }
    const vus = Object.values(valeurs);
    // Ligne sans valeur, ni saisie, ni calcul (une formule qui renvoie "" reste un calcul).
    if (!vus.some(aValeur)) continue;
    const p = v.pos(t.e, h.m0);
    lignes.push({ cle: h.cle, libelle: h.libelle.trim(), row: p.row, valeurs });
  }
  return {
    orientation: v.orientation,
    lignes,
    colonnes: colonnes.map((c) => c.cle),
    libellesColonnes: colonnes.map((c) => c.libelle),
    reconnues: trouve.t.entetes.map((h) => h.cle),
  };
}
