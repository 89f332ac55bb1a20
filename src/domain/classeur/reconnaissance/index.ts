export { CATALOGUE_ONGLETS, entreeCatalogue, type EntreeCatalogue } from "../catalogue/catalogue";
export {
  CLE_CORRECTIONS,
  lireCorrections,
  planAnnulerCorrection,
  planCorrection,
} from "./corrections";
export { CONFIANCES, SEUIL_CONFIANCE, pourquoiNonReconnu, reconnaitreOnglets } from "./reconnaitre";
export { localiser } from "../reperage/localiser";
