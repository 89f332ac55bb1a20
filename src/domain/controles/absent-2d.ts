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

export const identite = (l: LigneEsms): string =>
  normaliserFiness(l.champs.finess?.cellule.value) || normaliserTexte(texte(l.champs.nom));

/** ESMS renseignés de l'Annexe 1, une fois par identité. */
export function esmsUniques(repere: DiagnosticRepere): LigneEsms[] {
  const vus = new Set<string>();
  return esmsRenseignes(repere).filter((l) => {
    const k = identite(l);
    if (!k || vus.has(k)) return false;
    vus.add(k);
    return true;
  });
}

/** Capacité d'accueil temporaire déclarée (toute ligne de l'ESMS), `null` si l'Annexe 1 ne la dit pas. */
function temporaire(repere: DiagnosticRepere, l: LigneEsms): number | null {
  let vu: number | null = null;
  for (const x of esmsRenseignes(repere)) {
    if (identite(x) !== identite(l)) continue;
    for (const cle of ["temporaire", "accueil-temporaire", "capacite-temporaire"]) {
      const n = nombre(x.champs[cle]);
      if (n !== null) vu = (vu ?? 0) + n;
    }
  }
  return vu;
}

function applicable(repere: DiagnosticRepere, a: Applicabilite2D, l: LigneEsms): boolean {
  const cat = categorieEsms(l);
  if (a.secteur && (cat?.secteur ?? l.secteur) !== a.secteur) return false;
  if (a.nature && cat && cat.service !== (a.nature === "service")) return false;
  if (a.mode === "temporaire" && !((temporaire(repere, l) ?? 0) > 0)) return false;
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
  return esmsUniques(repere).filter(
    (l) =>
      !couverts.has(identite(l)) &&
      natures.has(nature(l)) &&
      (!def?.applicable || applicable(repere, def.applicable, l)),
  );
}

/** Où désigner un indicateur dans 2-D : son intitulé, sinon son premier numérateur. */
export function ouIndicateur(ind: Indicateur2D): Location | undefined {
  return ind.location ?? ind.colonnes[0]?.numerateur.location;
}
