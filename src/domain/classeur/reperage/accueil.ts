import type { Accueil, Champ } from "../modele";
import { affecter } from "./correspondance";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { ENVOI } from "./synonymes-annexe-1";

/**
 * Accueil : identification de l'envoi (organisme, personne à contacter, date de retour, courriel),
 * quand le modèle la demande — chaque libellé suivi de sa cellule de saisie (à droite, fusions
 * comprises, ou dessous). Un Accueil sans saisie n'a rien à repérer : ce n'est pas un manque.
 */
export function repererAccueil(f: Feuille, avertir: Avertir): Accueil {
  const libelles = f.libelles().filter((l) => f.valeurDe(l) !== undefined);
  const envoi: Record<string, Champ> = {};
  for (const a of affecter(libelles, ENVOI)) {
    const cel = f.valeurDe(a.libelle);
    if (cel) envoi[a.definition.cle] = f.champ(a.definition.cle, a.libelle.texte, cel, a.confiance);
  }
  const saisies = f.typage.ancresSaisie.length;
  if (saisies > 0 && Object.keys(envoi).length === 0) {
    avertir(
      rendreRepere({ code: "accueil/sans-envoi", params: { onglet: f.sheet.name, saisies } }),
    );
  }
  return { onglet: f.onglet, envoi };
}
