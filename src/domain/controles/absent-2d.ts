import type { DiagnosticRepere, Indicateur2D, LigneEsms } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { reconnaitre2D } from "../indicateurs/reconnaissance-2d";
import type { Applicabilite2D } from "../indicateurs/complementaires-2d";
import { normaliserFiness } from "../valeurs/finess";
import { esmsDeColonne } from "./complementaires";
import { categorieEsms, esmsRenseignes, nombre, texte } from "./esms";

/**
 * Outils de `coherence/esms-absent-2d` : quels ESMS de l'Annexe 1 un indicateur 2-D par ESMS
 * attend. On compare des **identités** (FINESS, sinon nom normalisé), jamais des lignes : un ESMS
 * écrit sur plusieurs lignes de l'Annexe 1 (format long) compte une fois. Un ESMS n'est attendu que
 * si l'indicateur s'applique à sa catégorie et à ses modes d'accueil (`applicable`), et s'il est de
 * même secteur et de même nature (service ou établissement) qu'un ESMS que l'indicateur couvre déjà.
 */

const identites = new WeakMap<LigneEsms, string>();

export function identite(l: LigneEsms): string {
  let k = identites.get(l);
  if (k === undefined) {
    k = normaliserFiness(l.champs.finess?.cellule.value) || normaliserTexte(texte(l.champs.nom));
    identites.set(l, k);
  }
  return k;
}

/** Un ESMS unique et ce que l'on compare de lui, lu une fois par modèle repéré. */
interface Unique {
  readonly l: LigneEsms;
  readonly id: string;
  readonly nature: string;
  readonly categorie: ReturnType<typeof categorieEsms>;
}

interface Renseignes {
  /** ESMS renseignés de l'Annexe 1, une fois par identité. */
  readonly uniques: LigneEsms[];
  readonly lus: readonly Unique[];
  /** Capacité temporaire déclarée par identité (toutes ses lignes) ; absente si non dite. */
  readonly temporaire: ReadonlyMap<string, number>;
}

/** Calculé une fois par modèle repéré (jamais modifié après le repérage). */
const renseignes = new WeakMap<DiagnosticRepere, Renseignes>();

function lireRenseignes(repere: DiagnosticRepere): Renseignes {
  const deja = renseignes.get(repere);
  if (deja) return deja;
  const vus = new Set<string>();
  const uniques: LigneEsms[] = [];
  const temporaire = new Map<string, number>();
  for (const l of esmsRenseignes(repere)) {
    const k = identite(l);
    if (k && !vus.has(k)) {
      vus.add(k);
      uniques.push(l);
    }
    for (const cle of ["temporaire", "accueil-temporaire", "capacite-temporaire"]) {
      const n = nombre(l.champs[cle]);
      if (n !== null) temporaire.set(k, (temporaire.get(k) ?? 0) + n);
    }
  }
  const lus = uniques.map((l) => ({
    l,
    id: identite(l),
    nature: nature(l),
    categorie: categorieEsms(l),
  }));
  const r = { uniques, temporaire, lus };
  renseignes.set(repere, r);
  return r;
}

/** ESMS renseignés de l'Annexe 1, une fois par identité. */
export function esmsUniques(repere: DiagnosticRepere): LigneEsms[] {
  return [...lireRenseignes(repere).uniques];
}

/** Applicable à l'ESMS : secteur, nature, et capacité temporaire déclarée si le mode l'exige. */
function applicable(r: Renseignes, a: Applicabilite2D, u: Unique): boolean {
  const cat = u.categorie;
  if (a.secteur && (cat?.secteur ?? u.l.secteur) !== a.secteur) return false;
  if (a.nature && cat && cat.service !== (a.nature === "service")) return false;
  if (a.mode === "temporaire" && !((r.temporaire.get(u.id) ?? 0) > 0)) return false;
  return true;
}

const nature = (l: LigneEsms) => `${l.secteur}|${categorieEsms(l)?.service ?? "?"}`;

/** ESMS attendus par un indicateur et absents de ses valeurs (vide s'il n'est pas par ESMS). */
export function absents2D(repere: DiagnosticRepere, ind: Indicateur2D): LigneEsms[] {
  const def = reconnaitre2D(normaliserTexte(ind.intitule));
  if (def && def.granularite !== "esms") return [];
  const presents = ind.colonnes
    .map((c) => ({ c, l: esmsDeColonne(repere, c) }))
    .filter((x): x is { c: (typeof x)["c"]; l: LigneEsms } => !!x.l);
  if (presents.length === 0) return [];
  const couverts = new Set(
    presents
      .filter((x) => nombre(x.c.numerateur) !== null || nombre(x.c.denominateur) !== null)
      .map((x) => identite(x.l)),
  );
  const natures = new Set(presents.map((x) => nature(x.l)));
  const r = lireRenseignes(repere);
  const a = def?.applicable;
  return r.lus
    .filter((u) => !couverts.has(u.id) && natures.has(u.nature) && (!a || applicable(r, a, u)))
    .map((u) => u.l);
}

/** Où désigner un indicateur dans 2-D : son intitulé, sinon son premier numérateur. */
export function ouIndicateur(ind: Indicateur2D): Location | undefined {
  return ind.location ?? ind.colonnes[0]?.numerateur.location;
}
