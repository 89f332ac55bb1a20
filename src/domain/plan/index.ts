export {
  assertNothingLost,
  MARQUEUR,
  RienDePerduError,
  violationsDuPlan,
  type Violation,
} from "./garde";
export { LONGUEUR_MAX_NOM, nomDeFeuilleLibre, validerNomDeFeuille } from "./nom-feuille";
export type * from "./types";
