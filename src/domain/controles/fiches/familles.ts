/** Les familles de contrôles des fiches-objectifs et du suivi, pour le registre du moteur. */
export { CONTROLES_FICHE } from "./fiche";
export { CONTROLES_FICHE_INDICATEURS } from "./fiche-indicateurs";
export { CONTROLES_SUIVI } from "./suivi";
