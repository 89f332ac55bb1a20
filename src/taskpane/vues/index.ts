import type { ComponentType } from "react";

/**
 * Registre des vues du volet (onglets de navigation en haut du volet). Chaque vue lit la session
 * du classeur par le contexte React (`useSession`, src/taskpane/etat/).
 */
export interface DefinitionVue {
  readonly id: "sommaire" | "saisie" | "indicateurs" | "controles" | "fiches";
  readonly titre: string;
  readonly Composant: ComponentType;
}

export const VUES: readonly DefinitionVue[] = [];
