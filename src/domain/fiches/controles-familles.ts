/** Les familles de contrôles des fiches-objectifs et du suivi, pour le registre du moteur. */
export { CONTROLES_FICHE } from "./controles-fiches";
export { CONTROLES_FICHE_INDICATEURS } from "./controles-fiche-indicateurs";
export { CONTROLES_SUIVI } from "./controles-suivi";
