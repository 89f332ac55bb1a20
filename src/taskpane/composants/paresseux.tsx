import { lazy, type ComponentType } from "react";

/**
 * Composant chargé à la demande (import dynamique, morceau webpack à part, ADR 0013). C'est un
 * `React.lazy` (un `<Suspense>` parent montre le squelette pendant le chargement), mais une fois
 * le module chargé — ou préchargé par `precharger()` — il s'affiche aussitôt, sans repasser par le
 * squelette (tests jest, préchargement au repos) ; et après un échec (réseau coupé), un nouvel
 * affichage (« Réessayer ») recharge le morceau au lieu de renvoyer la même erreur.
 */
export type Paresseux<P extends object> = ComponentType<P> & {
  /** Charge le module (une seule fois) ; résolu quand le composant s'affiche sans attendre. */
  readonly precharger: () => Promise<unknown>;
};

type Module<P> = { default: ComponentType<P> };

export function paresseux<P extends object>(
  charger: () => Promise<ComponentType<P>>,
  nom: string,
): Paresseux<P> {
  let charge: ComponentType<P> | null = null;
  let promesse: Promise<ComponentType<P>> | null = null;
  const precharger = () =>
    (promesse ??= charger().then(
      (c) => (charge = c),
      (e: unknown) => {
        promesse = null;
        Lazy = creer(); // l'échec ne reste pas en mémoire : le prochain affichage recharge
        throw e;
      },
    ));
  const creer = () =>
    lazy<ComponentType<P>>(() => {
      const c = charge;
      // Déjà chargé : un « thenable » résolu sur-le-champ, que React lit sans suspendre.
      if (c) return { then: (ok: (m: Module<P>) => void) => ok({ default: c }) } as never;
      return precharger().then((d) => ({ default: d }));
    });
  let Lazy = creer();
  function Composant(props: P) {
    const L = Lazy;
    return <L {...props} />;
  }
  Composant.displayName = `Paresseux(${nom})`;
  return Object.assign(Composant, { precharger });
}

/** Précharge, quand le fil principal est libre, des morceaux qu'on ouvrira sans doute. */
export function auRepos(charger: () => void, delaiMs = 1500): () => void {
  const g = globalThis as {
    requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (n: number) => void;
  };
  let idle: number | null = null;
  const minuteur = setTimeout(() => {
    if (g.requestIdleCallback) idle = g.requestIdleCallback(charger, { timeout: 5000 });
    else charger();
  }, delaiMs);
  return () => {
    clearTimeout(minuteur);
    if (idle !== null) g.cancelIdleCallback?.(idle);
  };
}
