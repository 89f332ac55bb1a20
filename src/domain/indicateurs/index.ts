/** API publique des indicateurs (famille par fichier, registre, moteur, vérification, format). */
export {
  calculerIndicateurs,
  evaluerInstances,
  FAMILLES,
  INDICATEURS,
  instancesIndicateurs,
  type Evaluation,
} from "./registre";
export { evaluer, formuleAvecAdresses } from "./moteur";
export { verifierFormules, TOLERANCES, estConstante } from "./verification";
export type { EcartFormule, TypeEcart } from "./verification";
export { formaterValeur, formaterNombre, LIBELLES_RAISON } from "./format";
export { tableIndicateurs } from "./documentation";
export { reconnaitre2D } from "./reconnaissance-2d";
export { reconnaitre2C } from "./anap-2c";
export type * from "./types";
export { formaterDistinct, nombreDeCondition, decimalesDistinctes } from "./format";
export { formuleEnFrancais } from "./formule-francais";
export { sourceLisible, texteLisible, libelleLisible } from "./lisible";
