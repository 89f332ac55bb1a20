import { createRoot } from "react-dom/client";
import { analyseurDePage } from "../taskpane/analyse/fil";
import { adresseExemple, prechargerInstantane } from "./charger";
import { Apercu, Racine } from "./Racine";

/**
 * Aperçu navigateur (`npm start` sans Excel) : l'hôte Excel simulé, chargé avec un classeur
 * d'exemple ou un fichier du disque (lu dans le navigateur), est installé comme `window.Excel` ;
 * le même volet (Coque + App) s'affiche à côté d'une grille de la feuille active. Le script initial
 * montre la page et la coque ; la grille, l'hôte et le volet arrivent en morceaux (ADR 0013).
 */
// Demandés tout de suite, en parallèle, avant même le premier rendu : le classeur d'exemple (ouvert
// d'abord par Racine), l'hôte simulé, la grille et le volet, le fil d'analyse.
prechargerInstantane(adresseExemple("exemple"));
void Apercu.precharger().catch(() => undefined);
analyseurDePage();
const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de apercu.html.");
createRoot(element).render(<Racine />);
