import type { Champ, DiagnosticRepere, LigneEsms, Secteur } from "../classeur/modele";
import { nombreDe } from "../valeurs/nombre";
import { categorieDeclareeOuDevinee } from "../valeurs/categorie";
import type { CategorieFiness } from "../valeurs/categories-finess";

/**
 * Outils partagés des contrôles : lecture de nombres et de textes, catégorie d'un ESMS (référentiel
 * src/domain/valeurs/categories-finess.ts : catégorie déclarée d'abord, nom en dernier recours).
 */

export interface Categorie {
  readonly sigle: string;
  readonly code: string;
  readonly secteur: Secteur | "hors-ph";
  /** Service sans hébergement (pas d'internat attendu). */
  readonly service: boolean;
  /** Couverte par le Tableau de bord ANAP. */
  readonly tdb: boolean;
  /** Compétence exclusive du Département (saisie FLASH par l'OG). */
  readonly cd: boolean;
}

/** Vue des contrôles sur une catégorie du référentiel ; `a-affecter` prend le secteur du tableau. */
function versCategorie(c: CategorieFiness, secteurTableau: Secteur): Categorie {
  return {
    sigle: c.court,
    code: c.code,
    secteur: c.secteur === "a-affecter" ? secteurTableau : c.secteur,
    service: c.nature === "service",
    tdb: c.tdb,
    cd: c.cd,
  };
}

export function texte(champ: Champ | undefined): string {
  const v = champ?.cellule.value;
  return v === undefined || typeof v === "boolean" ? "" : String(v).trim();
}

/** Nombre lu (texte « à la française » accepté) ; `null` si vide ou illisible. */
export function nombre(champ: Champ | undefined): number | null {
  // `lireEntree(champ).valeur`, sans objet construit (appelé pour chaque case par des dizaines de
  // contrôles).
  return champ ? nombreDe(champ.cellule) : null;
}

/** Catégorie déclarée de la ligne (code, libellé, sigle), sinon devinée de son nom. */
export function categorieEsms(l: LigneEsms): Categorie | undefined {
  // Une ligne repérée ne change plus : sa catégorie est lue une fois (`null` = aucune).
  const deja = categories.get(l);
  if (deja !== undefined) return deja ?? undefined;
  const c = categorieDeclareeOuDevinee(l.champs.categorie?.cellule.value, texte(l.champs.nom));
  const cat = c && versCategorie(c, l.secteur);
  categories.set(l, cat ?? null);
  return cat;
}

const categories = new WeakMap<LigneEsms, Categorie | null>();

/** Nom affichable d'une ligne d'ESMS : nom, sinon FINESS, sinon « ligne n ». */
export function nomEsms(l: LigneEsms): string {
  return texte(l.champs.nom) || texte(l.champs.finess) || `ligne ${l.row + 1}`;
}

/** Lues une fois par modèle repéré (jamais modifié après le repérage) : une dizaine de contrôles. */
const renseignes = new WeakMap<DiagnosticRepere, readonly LigneEsms[]>();

/** Lignes d'ESMS réellement renseignées (un FINESS ou un nom). */
export function esmsRenseignes(repere: DiagnosticRepere): readonly LigneEsms[] {
  let r = renseignes.get(repere);
  if (!r) {
    r = (repere.annexe1?.esms ?? []).filter((l) => texte(l.champs.finess) || texte(l.champs.nom));
    renseignes.set(repere, r);
  }
  return r;
}

/** Secteurs présents à l'Annexe 1. */
export function secteursAnnexe1(repere: DiagnosticRepere): Set<Secteur> {
  return new Set(esmsRenseignes(repere).map((l) => l.secteur));
}
