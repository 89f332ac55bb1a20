export { Vue, vues, type Etendue, type Orientation } from "./vue";
export {
  trouverEnTetes,
  type EnTete,
  type EnTeteLibre,
  type LigneEnTete,
  type OptionsEnTetes,
} from "./entetes";
export { lireEntites, type EntiteLue, type OptionsLignes, type TableauLu } from "./lignes";
export { trouverTableaux, zoneTableau, type SchemaTableau } from "./trouver";
