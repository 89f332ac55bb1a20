/** API publique du glossaire (données et recherche). */
export { GLOSSAIRE, type TermeGlossaire } from "./termes";
export { chercherTermes, termesDans, termeParId, sansAccents } from "./recherche";
