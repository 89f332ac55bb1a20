import { useEffect, useState } from "react";
import { TEXTES_COQUE } from "./textes";

/**
 * Texte à afficher pour une erreur : le message d'une `GatewayError` est déjà une phrase française
 * qui dit quoi faire ; pour toute autre erreur, phrase générique + détail technique.
 */
export function messageErreur(raison: unknown): string {
  if (raison instanceof Error && raison.name === "GatewayError") return raison.message;
  const detail =
    raison instanceof Error ? raison.message : typeof raison === "string" ? raison : "";
  return TEXTES_COQUE.erreurOperation.corps + (detail ? ` ${TEXTES_COQUE.detail}${detail}` : "");
}

/**
 * Erreurs échappées aux vues (promesse rejetée non traitée, exception dans un gestionnaire) :
 * elles deviennent un message visible plutôt qu'une simple ligne de console.
 */
export function useErreursNonCaptees(): [string | null, () => void] {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const surRejet = (e: PromiseRejectionEvent) => setMessage(messageErreur(e.reason));
    const surErreur = (e: ErrorEvent) => setMessage(messageErreur(e.error ?? e.message));
    window.addEventListener("unhandledrejection", surRejet);
    window.addEventListener("error", surErreur);
    return () => {
      window.removeEventListener("unhandledrejection", surRejet);
      window.removeEventListener("error", surErreur);
    };
  }, []);
  return [message, () => setMessage(null)];
}
