/** API publique des contrôles de cohérence. */
export { CONTROLES, FAMILLES_CONTROLES, executerControles } from "./registre";
export { lancerControles, signalementsDe, MESSAGE_ECHEC, RANG_GRAVITE } from "./moteur";
export { rendreConstat, interpoler, typographier, parametresDe } from "./rendre-constat";
export { creerVue, saisiesDuRepere } from "./vue";
export type * from "./types";
