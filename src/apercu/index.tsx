import type { ClasseurOuvert } from "./charger";
import { premierClasseur } from "./demarrer";

/**
 * Aperçu navigateur (`npm start` sans Excel) : l'hôte Excel simulé, chargé avec un classeur
 * d'exemple ou un fichier du disque (lu dans le navigateur), est installé comme `window.Excel` ;
 * le même volet (Coque + App) s'affiche à côté d'une grille de la feuille active (ADR 0013).
 *
 * Ce script initial ne porte ni React ni Fluent UI (ADR 0028) : le classeur d'exemple est ouvert
 * d'abord (demarrer.ts : hôte installé, première lecture partie) ; la page (React, Fluent UI),
 * téléchargée pendant ce temps, n'est évaluée et rendue qu'ensuite, pendant que le fil calcule le
 * sommaire. D'ici là, la coque statique de apercu.html (titre, « Chargement du volet… », ADR 0027).
 */
const afficher = (premier: ClasseurOuvert | null) =>
  import(/* webpackChunkName: "apercu-page", webpackPrefetch: true */ "./page").then((m) =>
    m.afficherPage(premier),
  );
void premierClasseur.then(afficher, () => afficher(null));
