import type { DefinitionVue } from "../vues";

/** Les cinq étapes de la visite guidée : une par vue, ce qu'un formateur montre et dit. */
export interface EtapeVisite {
  readonly vue: DefinitionVue["id"];
  readonly titre: string;
  readonly texte: string;
}

export const ETAPES_VISITE: readonly EtapeVisite[] = [
  {
    vue: "sommaire",
    titre: "Sommaire",
    texte:
      "Les onglets du classeur, reconnus même renommés ou déplacés, avec la part des cellules bleues déjà remplies. Un clic sur un onglet y conduit ; son type se corrige s'il est mal reconnu.",
  },
  {
    vue: "saisie",
    titre: "Saisie",
    texte:
      "Ce qu'il reste à remplir : surligner les cellules bleues vides, puis aller de l'une à la suivante (Alt+Flèche bas). Rien de ce qui est saisi n'est modifié.",
  },
  {
    vue: "indicateurs",
    titre: "Indicateurs",
    texte:
      "Les indicateurs 2-C à 2-F recalculés, par onglet puis par établissement. Filtrez « en alerte » pour voir ce qui mérite une discussion ; « Comment est-ce calculé ? » donne la formule, le seuil et sa source.",
  },
  {
    vue: "controles",
    titre: "Contrôles",
    texte:
      "Les incohérences du classeur, des erreurs aux simples informations : pourquoi c'est signalé, comment corriger, et un bouton qui va à la cellule.",
  },
  {
    vue: "fiches",
    titre: "Fiches",
    texte:
      "Les fiches-objectifs de l'Annexe 4 : « Générer les 6 fiches socle » les pré-remplit à partir du diagnostic ; le gestionnaire rédige ensuite ce que l'outil laisse vide.",
  },
];
