import type { Location } from "../classeur/snapshot";
import type { Controle, MetaControle, Signaler, VueControle } from "../controles/types";
import { lectures, vide } from "./lecture-controles";
import { texteDe, type FicheLue, type LigneTableau } from "./lire-fiche";

/** Outils communs aux contrôles des fiches : un contrôle lancé fiche par fiche. */

export const O = ["fiche-objectif"] as const;
export const GUIDE = "Guide méthodologique CPOM PH, ARS Pays de la Loire, Annexe 4 [CONFIRMÉ]";

type Meta = Omit<MetaControle, "onglets"> & { onglets?: MetaControle["onglets"] };
export const controle = (
  meta: Meta,
  parFiche: (f: FicheLue, s: Signaler, v: VueControle) => void,
): Controle => ({
  meta: { onglets: [...O], ...meta },
  run: (vue, signaler) => {
    for (const f of lectures(vue.snapshot).fiches) parFiche(f, signaler, vue);
  },
});

export const indicateurs = (f: FicheLue) =>
  f.tableaux.indicateurs.filter((l) => !vide(l.cellules["indicateur"]));
export const libelleInd = (l: LigneTableau) =>
  texteDe(l.cellules["indicateur"]?.cellule) || `n° ${l.numero}`;
export const loc = (l: LigneTableau, cle: string): Location[] => {
  const c = l.cellules[cle];
  return c ? [c.location] : [];
};
