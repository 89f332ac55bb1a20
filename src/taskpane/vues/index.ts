import type { ComponentType } from "react";
import { paresseux } from "../composants/paresseux";
import { T } from "../textes";
import { Sommaire } from "./Sommaire";
import { TR } from "./textes-relecture";

/**
 * Registre des vues du volet (onglets de navigation en haut du volet). Chaque vue lit la session
 * du classeur par le contexte React (`useSession`, src/taskpane/etat/). Le sommaire, vue d'arrivée,
 * est dans le morceau du volet ; les autres vues sont chargées à la demande (ADR 0013) : premier
 * clic sur l'onglet, survol, ou préchargement quand le volet est au repos.
 */
export interface DefinitionVue {
  readonly id: "sommaire" | "saisie" | "indicateurs" | "controles" | "fiches" | "relecture";
  readonly titre: string;
  readonly Composant: ComponentType;
  /** Charge le morceau de la vue (vues chargées à la demande) ; absent pour le sommaire. */
  readonly precharger?: () => Promise<unknown>;
}

const Saisie = paresseux(
  async () => (await import(/* webpackChunkName: "vue-saisie" */ "./Saisie")).Saisie,
  "Saisie",
);
const Indicateurs = paresseux(
  async () => (await import(/* webpackChunkName: "vue-indicateurs" */ "./Indicateurs")).Indicateurs,
  "Indicateurs",
);
const Controles = paresseux(
  async () => (await import(/* webpackChunkName: "vue-controles" */ "./Controles")).Controles,
  "Controles",
);
const Fiches = paresseux(
  async () => (await import(/* webpackChunkName: "vue-fiches" */ "./Fiches")).Fiches,
  "Fiches",
);
const Relecture = paresseux(
  async () => (await import(/* webpackChunkName: "vue-relecture" */ "./Relecture")).Relecture,
  "Relecture",
);

export const VUES: readonly DefinitionVue[] = [
  { id: "sommaire", titre: T.vues.sommaire, Composant: Sommaire },
  { id: "saisie", titre: T.vues.saisie, ...aLaDemande(Saisie) },
  { id: "indicateurs", titre: T.vues.indicateurs, ...aLaDemande(Indicateurs) },
  { id: "controles", titre: T.vues.controles, ...aLaDemande(Controles) },
  { id: "fiches", titre: T.vues.fiches, ...aLaDemande(Fiches) },
  { id: "relecture", titre: TR.onglet, ...aLaDemande(Relecture) },
];

function aLaDemande(c: ComponentType & { precharger: () => Promise<unknown> }) {
  return { Composant: c, precharger: c.precharger };
}

/** Charge toutes les vues (tests ; repos du volet). */
export const prechargerVues = (): Promise<unknown> =>
  Promise.all(VUES.map((v) => v.precharger?.()));
