import type { DiagnosticRepere } from "../classeur/modele";
import { INDICATEUR_2D_AUTRE, INDICATEURS_2D } from "./complementaires-2d";
import { INDICATEURS_2C } from "./anap-2c";
import { INDICATEURS_2F } from "./creton-2f";
import { instances2C } from "./instances-2c";
import { INDICATEURS_2E } from "./financier-2e";
import { instances2F } from "./instances-2f";
import { instances2D } from "./instances-2d";
import { instances2E } from "./instances-2e";
import { INDICATEURS_RESULTATS_2E } from "./resultats-2e";
import { INDICATEURS_RH_SIEGE_2E } from "./rh-siege-2e";
import { evaluer } from "./moteur";
import type {
  DefinitionIndicateur,
  FamilleIndicateurs,
  Instance,
  ResultatIndicateur,
} from "./types";

/** Registre explicite des familles d'indicateurs et moteur de calcul. */

export const FAMILLES: readonly FamilleIndicateurs[] = [
  {
    cle: "compl",
    libelle: "Indicateurs complémentaires (2-D)",
    definitions: [...INDICATEURS_2D, INDICATEUR_2D_AUTRE],
  },
  {
    cle: "fin",
    libelle: "Analyse financière (2-E)",
    definitions: [...INDICATEURS_2E, ...INDICATEURS_RESULTATS_2E, ...INDICATEURS_RH_SIEGE_2E],
  },
  { cle: "creton", libelle: "Amendement Creton (2-F)", definitions: INDICATEURS_2F },
  { cle: "anap", libelle: "Tableau de bord ANAP relu (2-C)", definitions: INDICATEURS_2C },
];

/** Toutes les définitions, toutes familles confondues (ids uniques). */
export const INDICATEURS: readonly DefinitionIndicateur[] = FAMILLES.flatMap((f) => f.definitions);

/** Toutes les instances à calculer (une par indicateur × périmètre × exercice). */
export function instancesIndicateurs(repere: DiagnosticRepere): Instance[] {
  return [
    ...instances2D(repere),
    ...instances2E(repere),
    ...instances2F(repere),
    ...instances2C(repere),
  ];
}

/** Une instance et son résultat : construits et évalués une fois, lus par le calcul et la vérification. */
export interface Evaluation {
  readonly instance: Instance;
  readonly resultat: ResultatIndicateur;
}

/** Évalue chaque instance une fois (partagé par `calculerIndicateurs` et `verifierFormules`). */
export function evaluerInstances(repere: DiagnosticRepere): Evaluation[] {
  return instancesIndicateurs(repere).map((instance) => ({
    instance,
    resultat: evaluer(instance),
  }));
}

/** Calcule tous les indicateurs trouvables dans le modèle repéré. */
export function calculerIndicateurs(
  repere: DiagnosticRepere,
  evaluations: readonly Evaluation[] = evaluerInstances(repere),
): ResultatIndicateur[] {
  return evaluations.map((e) => e.resultat);
}
