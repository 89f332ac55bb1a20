export {
  assertNothingLost,
  MARQUEUR,
  RienDePerduError,
  violationsDesEcritures,
  violationsDuPlan,
  type PlanGarde,
  type Violation,
} from "./garde";
export { estFormuleMarquee, formuleMarquee } from "./marqueur";
export {
  listeDesViolations,
  MESSAGES_GARDE,
  RAISONS_NOM_FEUILLE,
  rendreGarde,
  rendreRaisonNom,
  type MessageGarde,
  type RaisonNomFeuille,
  type ViolationGarde,
} from "./messages-garde";
export {
  LONGUEUR_MAX_NOM,
  nomDeFeuilleLibre,
  raisonNomInvalide,
  validerNomDeFeuille,
} from "./nom-feuille";
export type * from "./types";
export { appliquerPlan } from "./simulation";
