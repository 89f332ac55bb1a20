import { servirTaches } from "../lot/travailleur";
import { relireFichier, type FichierRelu, type TacheRelecture } from "./relire-fichier";

/** Fil d'un lot `relire` : un fichier (retour ou référence) par tâche (lot-relecture.ts). */
servirTaches<TacheRelecture, FichierRelu>((t) => relireFichier(t));
