import { CONTROLES_CLASSEUR } from "./classeur";
import { CONTROLES_FINESS } from "./finess";
import { CONTROLES_FORMULES } from "./formules";
import { lancerControles } from "./moteur";
import { CONTROLES_SAISIE } from "./saisie";
import { CONTROLES_SIGNALETIQUE } from "./signaletique";
import type { Constat, Controle, OptionsExecution, VueControle } from "./types";

/** Registre explicite des contrôles, famille par famille (pas de découverte par fichiers). */
export const FAMILLES_CONTROLES: Readonly<Record<string, readonly Controle[]>> = {
  classeur: [...CONTROLES_CLASSEUR, ...CONTROLES_FORMULES],
  saisie: CONTROLES_SAISIE,
  finess: CONTROLES_FINESS,
  signaletique: CONTROLES_SIGNALETIQUE,
};

export const CONTROLES: readonly Controle[] = Object.values(FAMILLES_CONTROLES).flat();

/** Lance tous les contrôles enregistrés sur la vue (pur, synchrone). */
export function executerControles(vue: VueControle, options: OptionsExecution = {}): Constat[] {
  return lancerControles(CONTROLES, vue, options);
}
