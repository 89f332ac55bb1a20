export { CATALOGUE_ONGLETS, entreeCatalogue, type EntreeCatalogue } from "../catalogue/catalogue";
export {
  CLE_CORRECTIONS,
  lireCorrections,
  planAnnulerCorrection,
  planCorrection,
} from "./corrections";
export {
  MESSAGES_RECONNAISSANCE,
  rendreReconnaissance,
  type MessageReconnaissance,
  type RaisonReconnaissance,
} from "./messages";
export {
  CONFIANCES,
  SEUIL_CONFIANCE,
  messageNonReconnu,
  pourquoiNonReconnu,
  reconnaitreOnglets,
} from "./reconnaitre";
export { localiser } from "../reperage/localiser";
