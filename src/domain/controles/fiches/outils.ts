import type { Location } from "../../classeur/snapshot";
import type { Controle, MetaControle, Signaler, VueControle } from "../types";
import { feuillesGenerees, vide } from "./lecture";
import {
  texteDe,
  type FicheLue,
  type LigneTableau,
} from "../../classeur/reperage/fiches/lire-fiche";

/** Outils communs aux contrôles des fiches : un contrôle lancé fiche par fiche. */

export const O = ["fiche-objectif"] as const;
export const GUIDE = "Guide méthodologique CPOM PH, ARS Pays de la Loire, Annexe 4 [CONFIRMÉ]";

/** Champs que l'outil laisse vides à la génération : au gestionnaire de les rédiger. */
const A_REDIGER = ["cadre", "prs", "schema", "constats-territoire", "pilote", "moyens"] as const;

/**
 * Fiche encore telle que l'outil l'a générée : aucun champ à rédiger, aucune action, aucune valeur
 * ni cible d'indicateur saisis. Elle est signalée une fois (`fiche/a-rediger`), pas champ par champ.
 */
export function estBrouillon(f: FicheLue): boolean {
  const libre = (c: Parameters<typeof vide>[0]) => vide(c);
  return (
    A_REDIGER.every((k) => libre(f.champs[k])) &&
    f.tableaux.actions.every((l) => Object.values(l.cellules).every(libre)) &&
    f.tableaux.indicateurs.every((l) =>
      ["initiale", "mi", "fin"].every((k) => libre(l.cellules[k])),
    )
  );
}

type Meta = Omit<MetaControle, "onglets"> & { onglets?: MetaControle["onglets"] };
/** `horsBrouillons` : contrôle de complétude, muet sur une fiche encore à rédiger. */
export const controle = (
  meta: Meta,
  parFiche: (f: FicheLue, s: Signaler, v: VueControle) => void,
  options: { readonly horsBrouillons?: boolean } = {},
): Controle => ({
  meta: { onglets: [...O], ...meta },
  run: (vue, signaler) => {
    for (const f of feuillesGenerees(vue).fiches)
      if (!options.horsBrouillons || !estBrouillon(f)) parFiche(f, signaler, vue);
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
