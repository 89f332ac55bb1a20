import { createRoot } from "react-dom/client";
import type { ClasseurOuvert } from "./charger";
import { Apercu, Racine } from "./Racine";

/**
 * La page de l'aperçu (React, Fluent UI), chargée par index.tsx une fois le classeur d'exemple
 * ouvert et sa première lecture partie (ADR 0028) : rendue directement avec ce classeur (pas de
 * page d'attente rendue puis remplacée) ; si l'ouverture a échoué, la page dit l'erreur.
 */
export async function afficherPage(premier: ClasseurOuvert | null): Promise<void> {
  // Le morceau de la grille et du volet, déjà chargé par l'ouverture : marqué chargé pour
  // `Apercu` (paresseux), qui s'affiche alors sans passer par la page d'attente.
  await Apercu.precharger().catch(() => undefined);
  const element = document.getElementById("racine");
  if (!element) throw new Error("Élément #racine absent de apercu.html.");
  createRoot(element).render(<Racine premier={premier} />);
}
