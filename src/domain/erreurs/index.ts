export { ErreurDiagnostic } from "./erreur-diagnostic";
export { ERREURS_DOMAINE, erreurDomaine, rendreErreurDomaine, type ErreurDomaine } from "./fr";
export {
  interpoler,
  rendu,
  type Catalogue,
  type MessageDe,
  type Parametres,
  type ParamsDe,
  type ValeurParametre,
} from "./gabarit";
