import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { Glossaire } from "./Glossaire";

/** Ouvre le glossaire (dialogue) depuis n'importe quelle vue, sur un terme ou une recherche. */
interface ContexteGlossaire {
  readonly ouvrir: (requete?: string) => void;
}

const Contexte = createContext<ContexteGlossaire>({ ouvrir: () => undefined });

export function FournisseurGlossaire({ children }: { readonly children: ReactNode }) {
  const [requete, setRequete] = useState<string | null>(null);
  const valeur = useMemo(() => ({ ouvrir: (q = "") => setRequete(q) }), []);
  return (
    <Contexte.Provider value={valeur}>
      {children}
      {requete !== null ? (
        <Glossaire requeteInitiale={requete} onFermer={() => setRequete(null)} />
      ) : null}
    </Contexte.Provider>
  );
}

export const useGlossaire = (): ContexteGlossaire => useContext(Contexte);
