import { useSession } from "../etat/session";
import { T } from "../textes";
import { Confirmation } from "./Confirmation";

/**
 * « Aller à » vers un onglet masqué (constat, indicateur, fiche, cellule suivante) : la session
 * pose la question, rien n'est affiché sans accord (ADR 0009).
 */
export function ConfirmationAffichage() {
  const { session, etat } = useSession();
  const d = etat.demandeAffichage;
  return (
    <Confirmation
      ouvert={d !== null}
      titre={T.sommaire.confirmerTitre}
      texte={d?.message ?? ""}
      confirmer={T.sommaire.confirmerOui}
      onAnnuler={() => session.annulerAffichage()}
      onConfirmer={() => void session.confirmerAffichage()}
    />
  );
}
