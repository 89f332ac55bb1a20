// En tête : les chargements (instantané, hôte, volet, fil d'analyse) partent avant l'évaluation de
// React et de Fluent UI (le reste de ce script).
import "./demarrer";
import { createRoot } from "react-dom/client";
import { Apercu, Racine } from "./Racine";

/**
 * Aperçu navigateur (`npm start` sans Excel) : l'hôte Excel simulé, chargé avec un classeur
 * d'exemple ou un fichier du disque (lu dans le navigateur), est installé comme `window.Excel` ;
 * le même volet (Coque + App) s'affiche à côté d'une grille de la feuille active. Le script initial
 * montre la page et la coque ; la grille, l'hôte et le volet arrivent en morceaux (ADR 0013).
 */
// Déjà demandés par ./demarrer : le morceau du volet est marqué chargé pour `Apercu` (paresseux).
void Apercu.precharger().catch(() => undefined);
const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de apercu.html.");
createRoot(element).render(<Racine />);
