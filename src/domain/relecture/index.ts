export { collecterPrerenseignees, type ValeurPrerenseignee } from "./collecte";
export { comparerPrerenseignees, type PrerenseigneeModifiee, type ValeurEnvoyee } from "./ecarts";
export {
  ecrireEmpreinte,
  EMPREINTE_NS,
  lireEmpreinte,
  type EtatEmpreinte,
  type OrigineEmpreinte,
} from "./empreinte";
export { apparier, identiteOrganisme, type Appariement, type IdentiteOrganisme } from "./organisme";
export { sha256 } from "./sha256";
export {
  ANNEXES,
  COMPLETUDE_MIN,
  indicateursCles,
  ligneSynthese,
  trierSynthese,
  type Annexe,
  type FichierASynthetiser,
  type IndicateursCles,
  type LigneSynthese,
  type Priorite,
} from "./synthese";
export { memesValeurs, texteValeur, valeurRelue, type ValeurRelue } from "./valeur";
export {
  INDICATEURS_CLES,
  LIBELLE_PRIORITE,
  TON_PRIORITE,
  tonCompletude,
  tonIndicateur,
  tonNombre,
  type Ton,
} from "./tons";
