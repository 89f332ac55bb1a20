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
} from "./lire-fiche";
export { lireSuivi, indicateursDesFiches, type SuiviLu } from "./lire-suivi";
export { CONTROLES_FICHES, CONTROLES_FICHE } from "./controles-fiches";
export { CONTROLES_SUIVI } from "./controles-suivi";
export { CLE_DATE_EFFET } from "./lecture-controles";
export { appliquerPlan } from "./simulation";
export { preparerListes, LISTES, NOM_LISTES, type CleListe } from "./listes";
export {
  AXES,
  OBJECTIFS_SOCLE,
  OBJECTIF_SPECIFIQUE,
  type CodeSocle,
  type NumeroAxe,
} from "./socle";
export { BESOINS_SERAFIN } from "./referentiels";
export { NOM_SUIVI, colonnesSuivi } from "./modele-suivi";
