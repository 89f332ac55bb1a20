import { estRaison } from "./calcul";
import { expliquer } from "./explication";
import { formuleAvecAdresses } from "./formule-adresses";
import { lireNombre } from "../valeurs";
import { rendreIndicateur } from "./messages";
import type {
  AlerteIndicateur,
  Entrees,
  EntreeInstance,
  EntreeResultat,
  Instance,
  Raison,
  ResultatIndicateur,
  Seuil,
} from "./types";

export { formuleAvecAdresses } from "./formule-adresses";

/** Ordre de gravité des raisons : la plus parlante l'emporte quand plusieurs entrées manquent. */
const PRIORITE: readonly Raison[] = ["valeur-erreur", "texte-non-numerique", "donnee-manquante"];

/**
 * Une entrée lue (règle de `lireEntree`, lue ici sans objet intermédiaire) : mêmes clés, dans le
 * même ordre, que le littéral { cle, libelle, location?, valeur, brute?, depuisTexte?, raison? },
 * chaque forme écrite d'un seul littéral (propriétés dans l'objet, sans table ajoutée). Un nombre
 * fini d'une cellule ni vide ni en erreur est lu sans passer par `lireNombre` (même réponse :
 * nombre, pas depuis un texte).
 */
function lireEntreeDe(e: EntreeInstance): EntreeResultat {
  const { cle, libelle, champ } = e;
  if (!champ) return { cle, libelle, valeur: null, raison: "donnee-manquante" };
  const location = champ.location;
  const cellule = champ.cellule;
  const brute = cellule.value;
  if (
    typeof brute === "number" &&
    Number.isFinite(brute) &&
    cellule.type !== "Empty" &&
    cellule.type !== "Error"
  ) {
    return { cle, libelle, location, valeur: brute * (e.facteur ?? 1) };
  }
  const lu = lireNombre(cellule);
  switch (lu.kind) {
    case "vide":
      return { cle, libelle, location, valeur: null, raison: "donnee-manquante" };
    case "nombre": {
      const valeur = lu.valeur * (e.facteur ?? 1);
      return lu.depuisTexte
        ? { cle, libelle, location, valeur, brute, depuisTexte: true }
        : { cle, libelle, location, valeur };
    }
    case "erreur":
      return { cle, libelle, location, valeur: null, brute, raison: "valeur-erreur" };
    case "texte":
    case "booleen":
      return { cle, libelle, location, valeur: null, brute, raison: "texte-non-numerique" };
  }
}

/** Les entrées lues, dans un tableau de la taille exacte (gardé dans le résultat). */
function lireEntrees(instance: Instance): EntreeResultat[] {
  return instance.entrees.map(lireEntreeDe);
}

/** La raison qui empêche le calcul, s'il y en a une (un seul parcours des entrées). */
function raisonBloquante(
  instance: Instance,
  toutes: readonly EntreeResultat[],
): Raison | undefined {
  const agregat = instance.definition.agregat === true;
  let pire = PRIORITE.length;
  let lues = 0;
  let facultatives = 0;
  let facultativesVides = 0;
  for (let i = 0; i < instance.entrees.length; i++) {
    const e = instance.entrees[i] as EntreeInstance;
    // Les entrées de contexte (seuils, explication) ne bloquent jamais le calcul.
    if (e.contexte) continue;
    const l = toutes[i];
    if (!l) continue;
    lues++;
    const facultative = e.facultative ?? agregat;
    if (l.raison !== undefined && !(facultative && l.raison === "donnee-manquante")) {
      const rang = PRIORITE.indexOf(l.raison);
      if (rang >= 0 && rang < pire) pire = rang;
    }
    if (facultative) {
      facultatives++;
      if (l.valeur === null) facultativesVides++;
    }
  }
  if (pire < PRIORITE.length) return PRIORITE[pire];
  if (facultatives > 0 && facultativesVides === facultatives) return "donnee-manquante";
  if (lues === 0) return "donnee-manquante";
  return undefined;
}

/** L'alerte d'un seuil franchi : son message en données et son texte, rendu une fois. */
function alerte(libelle: string, s: Seuil): AlerteIndicateur {
  const params = { indicateur: libelle, condition: s.condition, signification: s.message };
  return {
    gravite: s.gravite,
    code: "alerte/seuil",
    params,
    message: rendreIndicateur({ code: "alerte/seuil", params }),
    source: s.source,
  };
}

/**
 * Seuils franchis par une valeur, dans l'ordre de déclaration ; un seuil que remplace un seuil
 * plus grave franchi lui aussi (`remplacePar`) n'est pas répété.
 */
export function seuilsFranchis(
  seuils: readonly Seuil[],
  valeur: number,
  entrees: Entrees,
): Seuil[] {
  const franchis: Seuil[] = [];
  for (const s of seuils) if (s.si(valeur, entrees)) franchis.push(s);
  if (!franchis.some((s) => s.remplacePar !== undefined)) return franchis;
  return franchis.filter(
    (s) => s.remplacePar === undefined || !franchis.some((x) => x.condition === s.remplacePar),
  );
}

/** Calcule une instance : lecture des entrées, calcul pur, seuils, explication. */
export function evaluer(instance: Instance): ResultatIndicateur {
  const def = instance.definition;
  const libelle = instance.libelle ?? def.libelle;
  const lues = lireEntrees(instance);
  let raison = raisonBloquante(instance, lues);
  let valeur: number | null = null;
  // Le calcul ne voit que les entrées de la formule ; les seuils voient aussi celles de contexte
  // (sans entrée de contexte, les deux sont le même objet).
  const declarees = instance.entrees;
  let avecContexte = false;
  for (const e of declarees) if (e.contexte) avecContexte = true;
  const entrees: Record<string, number> = {};
  const calcul: Record<string, number> = avecContexte ? {} : entrees;
  for (let i = 0; i < lues.length; i++) {
    const l = lues[i] as EntreeResultat;
    if (l.valeur === null) continue;
    entrees[l.cle] = l.valeur;
    if (avecContexte && !declarees[i]?.contexte) calcul[l.cle] = l.valeur;
  }
  if (raison === undefined) {
    const r = def.calculer(calcul);
    if (estRaison(r)) raison = r;
    else if (!Number.isFinite(r)) raison = "denominateur-nul";
    else valeur = r;
  }
  const alertes: AlerteIndicateur[] =
    valeur === null || def.seuils.length === 0
      ? []
      : seuilsFranchis(def.seuils, valeur, entrees).map((s) => alerte(libelle, s));
  const cellule = instance.resultat ?? instance.relue;
  const formule = formuleAvecAdresses(instance);
  const aExpliquer = { instance, libelle, lues, valeur, raison };
  return new Resultat(
    libelle,
    valeur,
    raison,
    lues,
    cellule,
    formule,
    alertes,
    aExpliquer,
  ) as unknown as ResultatIndicateur;
}

/**
 * L'explication (texte long, nombres formatés) n'est écrite qu'à sa première lecture : la plupart
 * des résultats d'une analyse ne sont jamais expliqués à l'écran. Même valeur, même place parmi
 * les clés (dernière), propriété propre énumérable : copies, JSON et clonage la voient.
 *
 * Un seul accesseur pour tous les résultats ; ce qu'il faut pour écrire le texte est un champ
 * privé (invisible des clés, du JSON et du clonage). Les résultats de même forme partagent ainsi
 * leur classe cachée : un accesseur propre à chaque résultat (une fermeture par résultat) en
 * donnait une par résultat — création deux fois plus lente, lectures mégamorphes chez les
 * contrôles.
 */
interface AExpliquer {
  readonly instance: Instance;
  readonly libelle: string;
  readonly lues: readonly EntreeResultat[];
  readonly valeur: number | null;
  readonly raison: Raison | undefined;
}

type ResultatEcrit = { -readonly [K in keyof ResultatIndicateur]: ResultatIndicateur[K] };

class Resultat {
  readonly #aExpliquer: AExpliquer;
  #texte: string | undefined;

  /**
   * Champs posés un à un, dans l'ordre du littéral { id, libelle, unite, granularite, onglet,
   * perimetre, valeur, raison?, entrees, location?, formule?, alertes } (sans copie d'un littéral).
   */
  constructor(
    libelle: string,
    valeur: number | null,
    raison: Raison | undefined,
    lues: readonly EntreeResultat[],
    cellule: Instance["resultat"],
    formule: string | undefined,
    alertes: readonly AlerteIndicateur[],
    aExpliquer: AExpliquer,
  ) {
    this.#aExpliquer = aExpliquer;
    const def = aExpliquer.instance.definition;
    const r = this as unknown as ResultatEcrit;
    r.id = def.id;
    r.libelle = libelle;
    r.unite = def.unite;
    r.granularite = def.granularite;
    r.onglet = def.onglet;
    r.perimetre = aExpliquer.instance.perimetre;
    r.valeur = valeur;
    if (raison !== undefined) r.raison = raison;
    r.entrees = lues;
    if (cellule) r.location = cellule.location;
    if (formule) r.formule = formule;
    r.alertes = alertes;
    Object.defineProperty(this, "explication", Resultat.EXPLICATION);
  }

  static readonly EXPLICATION: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: Resultat): string {
      const e = this.#aExpliquer;
      return (this.#texte ??= expliquer(e.instance, e.libelle, e.lues, e.valeur, e.raison));
    },
  };
}
