export {
  classerCouleur,
  distanceCouleur,
  SEUILS_COULEUR,
  versTsl,
  type ClasseCouleur,
  type OptionsCouleur,
  type Tsl,
} from "../classeur/typage/couleur";
export {
  cellulesDeSaisie,
  estEnTeteDeSection,
  type CelluleDeSaisie,
  type OptionsSaisie,
} from "./cellules";
export { etalonnage, type Etalonnage } from "../classeur/typage/etalonnage";
export {
  completude,
  type Completude,
  type CompletudeOnglet,
  type CompletudeZone,
  type Compte,
} from "./completude";
export { prochaineCelluleVide } from "./navigation";
export {
  marcheDesZones,
  phraseDeZone,
  PHRASES_ZONE,
  type ChampDeZone,
  type ChampMarche,
  type MarcheDesZones,
  type PhraseZone,
  type ZoneDeSaisie,
} from "./marche";
