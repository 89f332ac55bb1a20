import type { EtatSession } from "./session-etat";
import { INITIAL, messageErreur } from "./session-etat";
import { rendreSession, type CodeSimple } from "./session-messages";

/**
 * L'état de la session et ses abonnés (`etat` / `abonner`, compatibles `useSyncExternalStore`) ;
 * `executer` encadre une commande : action affichée, erreur dite en français, jamais avalée.
 */
export class MagasinSession {
  private courant: EtatSession = INITIAL;
  private readonly abonnes = new Set<() => void>();

  etat = (): EtatSession => this.courant;

  abonner = (f: () => void): (() => void) => {
    this.abonnes.add(f);
    return () => void this.abonnes.delete(f);
  };

  maj(p: Partial<EtatSession>): void {
    this.courant = { ...this.courant, ...p };
    for (const f of this.abonnes) f();
  }

  async executer<R>(action: CodeSimple, f: () => Promise<R>): Promise<R | undefined> {
    this.maj({ action: rendreSession({ code: action, params: {} }), erreur: null, message: null });
    try {
      return await f();
    } catch (e) {
      this.maj({ erreur: messageErreur(e) });
      return undefined;
    } finally {
      this.maj({ action: null, progression: null });
    }
  }
}
