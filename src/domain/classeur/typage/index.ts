export {
  classerCouleur,
  distanceCouleur,
  estGris,
  SEUILS_COULEUR,
  versTsl,
  type ClasseCouleur,
  type OptionsCouleur,
  type Tsl,
} from "./couleur";
export { etalonnage, type Etalonnage, type PastilleLegende } from "./etalonnage";
export { typerFeuille, type TypageFeuille, type TypeCellule } from "./typer";
export { typerClasseur, type TypageClasseur } from "./classeur";
