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
export { LONGUEUR_MAX_NOM, nomDeFeuilleLibre, validerNomDeFeuille } from "./nom-feuille";
export type * from "./types";
