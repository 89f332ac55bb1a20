import type { Champ, Tableau2E } from "../classeur/modele";
import { INDICATEURS_RH_SIEGE_2E } from "./rh-siege-2e";
import { estExercice, estTotal, libelleColonne, ligne, valeur } from "./tableau-2e";
import type { EntreeInstance, Instance, Perimetre } from "./types";

/**
 * Instances des tableaux E4, E5 et E6 de 2-E : lignes et colonnes trouvées par leurs libellés et
 * en-têtes (repérage), jamais par adresse.
 */

const def = (nom: string) => INDICATEURS_RH_SIEGE_2E.find((d) => d.id === `fin.${nom}`)!;
const ORGANISME: Perimetre = { cle: "organisme", libelle: "Organisme" };

function entree(
  cle: string,
  libelle: string,
  champ: Champ | undefined,
  options: Partial<EntreeInstance> = {},
): EntreeInstance {
  return { cle, libelle, ...options, ...(champ ? { champ } : {}) };
}

const sansEcart = (c: string) => !/\becart\b/.test(c);

/**
 * E4 : couverture des indemnités de départ par catégorie professionnelle (colonnes « provision
 * constituée » et « coût estimé », hors colonne d'écart), puis pour l'organisme (somme des
 * catégories, cellules vides ignorées). Une colonne « couverture » du classeur est vérifiée.
 */
export function instancesE4(t: Tableau2E): Instance[] {
  const colCout = t.colonnes.find((c) => /\bcout\b/.test(c) && sansEcart(c));
  const colProvision = t.colonnes.find((c) => /\bprovisions?\b/.test(c) && sansEcart(c));
  const colCouverture = t.colonnes.find((c) => /\bcouverture\b/.test(c));
  const lire = (l: Tableau2E["lignes"][number], c: string | undefined) =>
    c ? valeur(l, c) : undefined;
  const categories = t.lignes.filter((l) => !estTotal(l.cle));
  const parCategorie = categories.map((l): Instance => {
    const resultat = lire(l, colCouverture);
    return {
      definition: def("couverture-idr"),
      perimetre: { cle: l.cle, libelle: l.libelle },
      entrees: [
        entree("provision", "provision constituée", lire(l, colProvision)),
        entree("cout", "coût estimé des départs", lire(l, colCout)),
      ],
      ...(resultat ? { resultat } : {}),
    };
  });
  if (categories.length === 0) return parCategorie;
  const cles = (prefixe: string) => categories.map((l) => `{${prefixe}:${l.cle}}`).join(",");
  const organisme: Instance = {
    definition: def("couverture-idr"),
    perimetre: ORGANISME,
    entrees: categories.flatMap((l) => [
      entree(`provision:${l.cle}`, `provision ${l.libelle}`, lire(l, colProvision), {
        facultative: true,
      }),
      entree(`cout:${l.cle}`, `coût ${l.libelle}`, lire(l, colCout), { facultative: true }),
    ]),
    formule: `=SUM(${cles("provision")})/SUM(${cles("cout")})`,
  };
  return [...parCategorie, organisme];
}

/**
 * E5 : effectif par catégorie d'ESMS (colonne, hors « Total »), vérifié sur la ligne « Total » ;
 * organisme : somme de tout le détail. Le total général du classeur (somme de la colonne « Total »)
 * n'est pas rapproché ici : le contrôle `financier/effectifs-somme` vérifie lignes et colonnes.
 */
export function instancesE5(t: Tableau2E): Instance[] {
  const colonnes = t.colonnes.filter((c) => !estTotal(c));
  const categories = t.lignes.filter((l) => !estTotal(l.cle));
  const total = ligne(t, "total");
  const parColonne = colonnes.map((c): Instance => {
    const resultat = valeur(total, c);
    return {
      definition: def("effectif-total"),
      perimetre: { cle: c, libelle: libelleColonne(t, c) },
      entrees: categories.map((l) => entree(l.cle, l.libelle, valeur(l, c))),
      ...(resultat ? { resultat } : {}),
    };
  });
  const organisme: Instance = {
    definition: def("effectif-total"),
    perimetre: ORGANISME,
    entrees: categories.flatMap((l) =>
      colonnes.map((c) =>
        entree(`${l.cle}:${c}`, `${l.libelle}, ${libelleColonne(t, c)}`, valeur(l, c)),
      ),
    ),
  };
  return colonnes.length > 0 ? [...parColonne, organisme] : [];
}

/** Taux de frais de siège autorisé : fraction si format « % » ou valeur ≤ 1, sinon points. */
function tauxAutorise(champ: Champ | undefined): EntreeInstance {
  const v = champ?.cellule.value;
  const points =
    champ !== undefined &&
    !champ.cellule.numberFormat.includes("%") &&
    typeof v === "number" &&
    v > 1;
  return entree("taux-autorise", "taux de frais de siège autorisé", champ, {
    contexte: true,
    unite: "%",
    ...(points ? { facteur: 0.01 } : {}),
  });
}

/** E6 : taux réel (chaque exercice) et évolution des frais autorisés (à partir du deuxième). */
export function instancesE6(t: Tableau2E): Instance[] {
  const exercices = t.colonnes.filter(estExercice);
  const l = (cle: string) => ligne(t, cle);
  const taux = exercices.map((ex): Instance => {
    const resultat = valeur(l("taux-frais-siege"), ex);
    return {
      definition: def("taux-frais-siege"),
      perimetre: { ...ORGANISME, exercice: ex },
      entrees: [
        entree("quote-part", "quote-part imputée (c/6556)", valeur(l("quote-part"), ex)),
        entree("base", "base de calcul", valeur(l("base"), ex)),
        tauxAutorise(valeur(l("taux-autorise"), ex)),
      ],
      ...(resultat ? { resultat } : {}),
    };
  });
  const evolution = exercices.slice(1).map((ex, i): Instance => {
    const avant = exercices[i] as string;
    const resultat = valeur(l("evolution-frais-siege"), ex);
    const autorises = l("frais-autorises");
    return {
      definition: def("evolution-frais-siege"),
      perimetre: { ...ORGANISME, exercice: ex },
      entrees: [
        entree("precedent", `frais de siège autorisés ${avant}`, valeur(autorises, avant)),
        entree("courant", `frais de siège autorisés ${ex}`, valeur(autorises, ex)),
      ],
      ...(resultat ? { resultat } : {}),
    };
  });
  return [...taux, ...evolution];
}
