import type { ComponentType } from "react";
import { T } from "../textes";
import { Controles } from "./Controles";
import { Fiches } from "./Fiches";
import { Indicateurs } from "./Indicateurs";
import { Relecture } from "./Relecture";
import { Saisie } from "./Saisie";
import { Sommaire } from "./Sommaire";
import { TR } from "./textes-relecture";

/**
 * Registre des vues du volet (onglets de navigation en haut du volet). Chaque vue lit la session
 * du classeur par le contexte React (`useSession`, src/taskpane/etat/).
 */
export interface DefinitionVue {
  readonly id: "sommaire" | "saisie" | "indicateurs" | "controles" | "fiches" | "relecture";
  readonly titre: string;
  readonly Composant: ComponentType;
}

export const VUES: readonly DefinitionVue[] = [
  { id: "sommaire", titre: T.vues.sommaire, Composant: Sommaire },
  { id: "saisie", titre: T.vues.saisie, Composant: Saisie },
  { id: "indicateurs", titre: T.vues.indicateurs, Composant: Indicateurs },
  { id: "controles", titre: T.vues.controles, Composant: Controles },
  { id: "fiches", titre: T.vues.fiches, Composant: Fiches },
  { id: "relecture", titre: TR.onglet, Composant: Relecture },
];
