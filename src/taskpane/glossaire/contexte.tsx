import {
  Suspense,
  createContext,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { paresseux } from "../composants/paresseux";

/** Le dialogue du glossaire et ses définitions : chargés à la première ouverture (ADR 0013). */
const Glossaire = paresseux(
  async () => (await import(/* webpackChunkName: "glossaire" */ "./Glossaire")).Glossaire,
  "Glossaire",
);
export const prechargerGlossaire = Glossaire.precharger;

/** Ouvre le glossaire (dialogue) depuis n'importe quelle vue, sur un terme ou une recherche. */
interface ContexteGlossaire {
  readonly ouvrir: (requete?: string) => void;
}

const Contexte = createContext<ContexteGlossaire>({ ouvrir: () => undefined });

export function FournisseurGlossaire({ children }: { readonly children: ReactNode }) {
  const [requete, setRequete] = useState<string | null>(null);
  // Le focus revient, à la fermeture, à ce qui l'avait à l'ouverture (bouton, lien d'une carte).
  const retour = useRef<HTMLElement | null>(null);
  const valeur = useMemo(
    () => ({
      ouvrir: (q = "") => {
        const actif = globalThis.document?.activeElement;
        retour.current = actif instanceof HTMLElement ? actif : null;
        setRequete(q);
      },
    }),
    [],
  );
  const fermer = () => {
    setRequete(null);
    const cible = retour.current;
    setTimeout(() => cible?.isConnected && cible.focus(), 0);
  };
  return (
    <Contexte.Provider value={valeur}>
      {children}
      {requete !== null ? (
        // Dialogue en portail : rien à montrer dans le volet pendant son (bref) chargement.
        <Suspense fallback={null}>
          <Glossaire requeteInitiale={requete} onFermer={fermer} />
        </Suspense>
      ) : null}
    </Contexte.Provider>
  );
}

export const useGlossaire = (): ContexteGlossaire => useContext(Contexte);
