import { createRoot } from "react-dom/client";
import { Racine } from "./Racine";

/**
 * Aperçu navigateur (`npm start` sans Excel) : l'hôte Excel simulé, chargé avec un classeur
 * d'exemple ou un fichier du disque (lu dans le navigateur), est installé comme `window.Excel` ;
 * le même volet (Coque + App) s'affiche à côté d'une grille de la feuille active.
 */
const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de apercu.html.");
createRoot(element).render(<Racine />);
