import type { Annexe1, Champ, LigneEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { normaliserFiness } from "../valeurs/finess";

/**
 * Rapprochement d'un périmètre (FINESS ou nom) avec une ligne d'ESMS de l'Annexe 1. Le FINESS est
 * normalisé par la règle unique du domaine (src/domain/valeurs/finess.ts).
 */

export function texteChamp(champ: Champ | undefined): string {
  const v = champ?.cellule.value;
  return v === undefined || typeof v === "boolean" ? "" : String(v).trim();
}

interface IndexEsms {
  readonly parFiness: ReadonlyMap<string, LigneEsms>;
  readonly parNom: ReadonlyMap<string, LigneEsms>;
  /** Réponses déjà données, par FINESS puis nom tels que demandés (`null` = aucun ESMS). */
  readonly trouves: Map<string, Map<string, LigneEsms | null>>;
}

/**
 * Index des ESMS d'une Annexe 1 (FINESS normalisé → première ligne, nom normalisé → première
 * ligne), construit une fois par liste repérée : une recherche ne relit plus toute la liste.
 */
const index = new WeakMap<readonly LigneEsms[], IndexEsms>();

function indexDe(esms: readonly LigneEsms[]): IndexEsms {
  const deja = index.get(esms);
  if (deja) return deja;
  const parFiness = new Map<string, LigneEsms>();
  const parNom = new Map<string, LigneEsms>();
  for (const l of esms) {
    const f = normaliserFiness(l.champs.finess?.cellule.value);
    if (!parFiness.has(f)) parFiness.set(f, l);
    const n = normaliserTexte(texteChamp(l.champs.nom));
    if (!parNom.has(n)) parNom.set(n, l);
  }
  const i = { parFiness, parNom, trouves: new Map() };
  index.set(esms, i);
  return i;
}

/** Cherche l'ESMS par FINESS d'abord, puis par nom normalisé. */
export function trouverEsms(
  annexe1: Annexe1 | undefined,
  finess: string,
  nom: string,
): LigneEsms | undefined {
  if (!annexe1) return undefined;
  const i = indexDe(annexe1.esms);
  // Les mêmes en-têtes (colonnes 2-D, lignes 2-F) sont cherchés par le calcul et par les contrôles.
  let parNom = i.trouves.get(finess);
  if (!parNom) i.trouves.set(finess, (parNom = new Map()));
  const deja = parNom.get(nom);
  if (deja !== undefined) return deja ?? undefined;
  const l = chercher(i, finess, nom);
  parNom.set(nom, l ?? null);
  return l;
}

function chercher(i: IndexEsms, finess: string, nom: string): LigneEsms | undefined {
  const f = normaliserFiness(finess);
  if (f) {
    const parFiness = i.parFiness.get(f);
    if (parFiness) return parFiness;
  }
  const n = normaliserTexte(nom);
  if (!n) return undefined;
  return i.parNom.get(n);
}

/** Clé de périmètre d'un ESMS : son FINESS s'il est connu, sinon son nom. */
export function clePerimetre(ligne: LigneEsms | undefined, repli: string): string {
  const finess = normaliserFiness(ligne?.champs.finess?.cellule.value);
  return finess || repli;
}
