export { CODES_ERREUR, codeErreur, lireNombre, lireNombreTexte, type ValeurLue } from "./nombre";
export { lireDate, serieExcel, type DateLue } from "./date";
export { lireOuiNon, type OuiNonLu, type Reponse } from "./oui-non";
export {
  cleFinessValide,
  controlerFiness,
  departementFiness,
  luhn,
  normaliserFiness,
  type FinessControle,
  type StatutFiness,
} from "./finess";
export { libelleDepartement, DEPARTEMENTS, type Departement } from "./departements";
export {
  categorieDeclareeOuDevinee,
  categorieParCode,
  devinerCategorie,
  reconnaitreCategorie,
} from "./categorie";
export {
  CATEGORIES_FINESS,
  type CategorieFiness,
  type SecteurCategorie,
} from "./categories-finess";
