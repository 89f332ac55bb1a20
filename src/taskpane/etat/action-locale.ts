import { useCallback, useState } from "react";
import { messageErreur } from "../../use-cases/session";

/**
 * Action propre à une vue (hors session) : son erreur, en français, est gardée pour être affichée
 * dans la vue (jamais avalée) ; `avertir` affiche un message sans exception.
 */
export function useActionLocale() {
  const [erreur, setErreur] = useState<string | null>(null);
  const executer = useCallback(async (f: () => Promise<void>) => {
    setErreur(null);
    try {
      await f();
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }, []);
  const avertir = useCallback((message: string | null) => setErreur(message), []);
  return { erreur, executer, avertir } as const;
}
