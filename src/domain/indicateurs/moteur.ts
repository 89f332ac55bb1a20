import { adresseA1, citerFeuille } from "../classeur/adresse";
import type { Champ } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { estRaison } from "./calcul";
import { formaterDistinct, formaterNombre, LIBELLES_RAISON, nombreDeCondition } from "./format";
import { lireEntree } from "./lecture";
import type {
  AlerteIndicateur,
  Entrees,
  EntreeResultat,
  Instance,
  Raison,
  ResultatIndicateur,
  Seuil,
  Unite,
} from "./types";

/** Ordre de gravité des raisons : la plus parlante l'emporte quand plusieurs entrées manquent. */
const PRIORITE: readonly Raison[] = ["valeur-erreur", "texte-non-numerique", "donnee-manquante"];

function lireEntrees(instance: Instance): EntreeResultat[] {
  return instance.entrees.map((e) => {
    const lu = lireEntree(e.champ);
    const valeur = lu.valeur === null ? null : lu.valeur * (e.facteur ?? 1);
    return {
      cle: e.cle,
      libelle: e.libelle,
      ...(e.champ ? { location: e.champ.location } : {}),
      valeur,
      ...(lu.brute !== undefined ? { brute: lu.brute } : {}),
      ...(lu.depuisTexte ? { depuisTexte: true } : {}),
      ...(lu.raison ? { raison: lu.raison } : {}),
    };
  });
}

function raisonBloquante(
  instance: Instance,
  toutes: readonly EntreeResultat[],
): Raison | undefined {
  // Les entrées de contexte (seuils, explication) ne bloquent jamais le calcul.
  const declarees = instance.entrees.filter((e) => !e.contexte);
  const lues = toutes.filter((_, i) => !instance.entrees[i]?.contexte);
  const facultative = (i: number) =>
    declarees[i]?.facultative ?? instance.definition.agregat === true;
  const bloquantes = lues.filter(
    (l, i) => l.raison !== undefined && !(facultative(i) && l.raison === "donnee-manquante"),
  );
  for (const r of PRIORITE) if (bloquantes.some((b) => b.raison === r)) return r;
  const facultatives = lues.filter((_, i) => facultative(i));
  if (facultatives.length > 0 && facultatives.every((l) => l.valeur === null)) {
    return "donnee-manquante";
  }
  if (lues.length === 0) return "donnee-manquante";
  return undefined;
}

function adresse(location: Location, reference?: Location): string {
  const a1 = adresseA1(location.row, location.col);
  return reference && reference.sheetId === location.sheetId
    ? a1
    : `${citerFeuille(location.sheetName)}!${a1}`;
}

/** Formule attendue avec les adresses réelles ; `undefined` si une entrée n'est pas repérée. */
export function formuleAvecAdresses(instance: Instance): string | undefined {
  const modele = instance.formule ?? instance.definition.formule;
  if (!modele) return undefined;
  const reference = instance.resultat?.location;
  const entrees = instance.entrees.filter((e) => !e.contexte);
  const champs = entrees.map((e) => e.champ);
  if (champs.some((c) => c === undefined)) return undefined;
  const parCle = new Map(entrees.map((e) => [e.cle, e.champ as Champ]));
  // `{*}` : les entrées que la formule ne nomme pas ailleurs (le dénominateur `{capacite}` de
  // « =SUM({*})/{capacite} » n'entre pas dans la somme).
  const nommees = new Set([...modele.matchAll(/\{([^}*]+)\}/g)].map((m) => m[1]));
  const liste = entrees.filter((e) => !nommees.has(e.cle)).map((e) => e.champ as Champ);
  let manquante = false;
  const texte = modele
    .replace("{*}", liste.map((c) => adresse(c.location, reference)).join(","))
    .replace(/\{([^}]+)\}/g, (_, cle: string) => {
      const champ = parCle.get(cle);
      if (!champ) manquante = true;
      return champ ? adresse(champ.location, reference) : cle;
    });
  return manquante ? undefined : texte;
}

function expliquer(
  instance: Instance,
  libelle: string,
  lues: readonly EntreeResultat[],
  valeur: number | null,
  raison: Raison | undefined,
): string {
  const def = instance.definition;
  const p = instance.perimetre;
  const ou = [p.libelle, p.exercice].filter(Boolean).join(", ");
  const uniteDe = (i: number): Unite => instance.entrees[i]?.unite ?? def.uniteEntrees ?? "nombre";
  // Assez de décimales pour que deux valeurs différentes de même unité ne s'écrivent pas pareil
  // (taux réel 2,61 % et taux autorisé 2,60 %), seuils compris.
  const seuils = def.seuils
    .map((s) => nombreDeCondition(s.condition, def.unite))
    .filter((n): n is number => n !== null);
  // Repères par unité, calculés une fois par unité (et non une fois par entrée : quadratique sur
  // un agrégat de centaines d'entrées).
  const reperes = new Map<Unite, number[]>();
  const memeUnite = (u: Unite): number[] => {
    let r = reperes.get(u);
    if (!r) {
      r = [
        ...lues.flatMap((l, i) => (l.valeur !== null && uniteDe(i) === u ? [l.valeur] : [])),
        ...(u === def.unite ? [...(valeur !== null ? [valeur] : []), ...seuils] : []),
      ];
      reperes.set(u, r);
    }
    return r;
  };
  const details = lues.map((l, i) => {
    const unite = uniteDe(i);
    const v =
      l.valeur !== null
        ? unite === "nombre"
          ? formaterNombre(l.valeur, 4, false)
          : formaterDistinct(l.valeur, unite, memeUnite(unite))
        : l.raison === "donnee-manquante"
          ? "vide"
          : `« ${String(l.brute ?? "")} »`;
    return `${l.libelle} = ${v}${l.depuisTexte ? ` (lu dans le texte « ${String(l.brute)} »)` : ""}`;
  });
  const vides = lues.filter((l) => l.raison === "donnee-manquante").length;
  const resultat =
    valeur !== null
      ? formaterDistinct(valeur, def.unite, memeUnite(def.unite))
      : `non calculé : ${LIBELLES_RAISON[raison ?? "donnee-manquante"]}`;
  const notes = [
    def.agregat && vides > 0 && valeur !== null
      ? `${vides} cellule(s) vide(s) ignorée(s), comme SOMME`
      : "",
    instance.note ?? "",
  ].filter(Boolean);
  const avec = details.length > 0 ? ` ; avec ${details.join(" ; ")}` : "";
  const suite = notes.length > 0 ? ` (${notes.join(" ; ")})` : "";
  return `${libelle} (${ou}) = ${def.formuleEnMots}${avec} → ${resultat}${suite}.`;
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
  const franchis = seuils.filter((s) => s.si(valeur, entrees));
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
  // Le calcul ne voit que les entrées de la formule ; les seuils voient aussi celles de contexte.
  const entrees: Record<string, number> = {};
  const calcul: Record<string, number> = {};
  lues.forEach((l, i) => {
    if (l.valeur === null) return;
    entrees[l.cle] = l.valeur;
    if (!instance.entrees[i]?.contexte) calcul[l.cle] = l.valeur;
  });
  if (raison === undefined) {
    const r = def.calculer(calcul);
    if (estRaison(r)) raison = r;
    else if (!Number.isFinite(r)) raison = "denominateur-nul";
    else valeur = r;
  }
  const alertes: AlerteIndicateur[] =
    valeur === null
      ? []
      : seuilsFranchis(def.seuils, valeur, entrees).map((s) => ({
          gravite: s.gravite,
          message: `${libelle} ${s.condition} : ${s.message}`,
          source: s.source,
        }));
  const cellule = instance.resultat ?? instance.relue;
  const formule = formuleAvecAdresses(instance);
  const resultat: Omit<ResultatIndicateur, "explication"> = {
    id: def.id,
    libelle,
    unite: def.unite,
    granularite: def.granularite,
    onglet: def.onglet,
    perimetre: instance.perimetre,
    valeur,
    ...(raison !== undefined ? { raison } : {}),
    entrees: lues,
    ...(cellule ? { location: cellule.location } : {}),
    ...(formule ? { formule } : {}),
    alertes,
  };
  // L'explication (texte long, nombres formatés) n'est écrite qu'à sa première lecture : la
  // plupart des résultats d'une analyse ne sont jamais expliqués à l'écran. Même valeur, même
  // place parmi les clés (dernière), énumérable : copies, JSON et clonage la voient.
  let explication: string | undefined;
  return Object.defineProperty(resultat, "explication", {
    enumerable: true,
    configurable: true,
    get: () => (explication ??= expliquer(instance, libelle, lues, valeur, raison)),
  }) as ResultatIndicateur;
}
