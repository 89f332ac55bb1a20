import { CONTROLES_FICHE, CONTROLES_FICHE_INDICATEURS, CONTROLES_SUIVI } from "./fiches/familles";
import { CONTROLES_ANAP } from "./anap";
import { CONTROLES_AXES } from "./axes";
import { CONTROLES_CLASSEUR } from "./classeur";
import { CONTROLES_CLASSEUR_STRUCTURE } from "./classeur-structure";
import { CONTROLES_COHERENCE } from "./coherence";
import { CONTROLES_COMPLEMENTAIRES } from "./complementaires";
import { CONTROLES_CRETON } from "./creton";
import { CONTROLES_DEPARTEMENTAUX } from "./departementaux";
import { CONTROLES_FINANCIER_RESERVES } from "./financier-reserves";
import { CONTROLES_FINANCIER_RETRAITES } from "./financier-retraites";
import { CONTROLES_FINANCIER_SEUILS } from "./financier-seuils";
import { CONTROLES_FINANCIER_SOMMES } from "./financier-sommes";
import { CONTROLES_FINESS } from "./finess";
import { CONTROLES_FLASH } from "./flash";
import { CONTROLES_FORMULES } from "./formules";
import { lancerControles } from "./moteur";
import { CONTROLES_SAISIE } from "./saisie";
import { CONTROLES_SAISIE_DATES } from "./saisie-dates";
import { CONTROLES_SAISIE_GRANDEURS } from "./saisie-grandeurs";
import { CONTROLES_SIGNALETIQUE } from "./signaletique";
import type { Constat, Controle, OptionsExecution, VueControle } from "./types";

/** Registre explicite des contrôles, famille par famille (pas de découverte par fichiers). */
export const FAMILLES_CONTROLES: Readonly<Record<string, readonly Controle[]>> = {
  classeur: [...CONTROLES_CLASSEUR, ...CONTROLES_FORMULES, ...CONTROLES_CLASSEUR_STRUCTURE],
  saisie: [...CONTROLES_SAISIE, ...CONTROLES_SAISIE_GRANDEURS, ...CONTROLES_SAISIE_DATES],
  finess: CONTROLES_FINESS,
  signaletique: CONTROLES_SIGNALETIQUE,
  axes: CONTROLES_AXES,
  flash: CONTROLES_FLASH,
  anap: CONTROLES_ANAP,
  departementaux: CONTROLES_DEPARTEMENTAUX,
  complementaires: CONTROLES_COMPLEMENTAIRES,
  financier: [
    ...CONTROLES_FINANCIER_SOMMES,
    ...CONTROLES_FINANCIER_RETRAITES,
    ...CONTROLES_FINANCIER_SEUILS,
    ...CONTROLES_FINANCIER_RESERVES,
  ],
  creton: CONTROLES_CRETON,
  coherence: CONTROLES_COHERENCE,
  fiche: [...CONTROLES_FICHE, ...CONTROLES_FICHE_INDICATEURS],
  suivi: CONTROLES_SUIVI,
};

export const CONTROLES: readonly Controle[] = Object.values(FAMILLES_CONTROLES).flat();

/** Lance tous les contrôles enregistrés sur la vue (pur, synchrone). */
export function executerControles(vue: VueControle, options: OptionsExecution = {}): Constat[] {
  return lancerControles(CONTROLES, vue, options);
}
