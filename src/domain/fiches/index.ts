/** API publique des fiches-objectifs et du tableau de suivi (plans d'écriture, lecture, contrôles). */
export {
  genererFiche,
  genererFichesSocle,
  fichesDuClasseur,
  nomDeFiche,
  type DemandeFiche,
} from "./generer";
export { contexteDepuisRepere, texteConstats, codeAxe, type ContexteFiches } from "./constats";
export type { IndicateurEnAlerte, PointAmelioration } from "./constats";
export {
  lireFiche,
  estTitreDeFiche,
  type FicheLue,
  type LigneTableau,
  type CelluleFiche,
} from "../classeur/reperage/fiches/lire-fiche";
export {
  lireSuivi,
  indicateursDesFiches,
  type SuiviLu,
} from "../classeur/reperage/fiches/lire-suivi";
export { CONTROLES_FICHES, CONTROLES_FICHE } from "../controles/fiches/fiche";
export { CONTROLES_SUIVI } from "../controles/fiches/suivi";
export { CLE_DATE_EFFET } from "../controles/fiches/lecture";
export { appliquerPlan } from "../plan/simulation";
export { preparerListes, LISTES, NOM_LISTES, type CleListe } from "./listes";
export {
  AXES,
  OBJECTIFS_SOCLE,
  OBJECTIF_SPECIFIQUE,
  type CodeSocle,
  type NumeroAxe,
} from "../classeur/catalogue/fiches/socle";
export { BESOINS_SERAFIN } from "./referentiels";
export { NOM_SUIVI, colonnesSuivi } from "../classeur/catalogue/fiches/modele-suivi";
