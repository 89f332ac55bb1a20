import type { WorkbookGateway } from "../gateway/port";
import { messageErreur } from "./session-etat";
import type { MagasinSession } from "./session-magasin";
import { rendreSession } from "./session-messages";

/**
 * Suivi des saisies de l'utilisateur (Excel, `subscribeChanges`) : l'onglet modifié est marqué
 * périmé, puis relu (`rafraichir`) après un court délai sans nouvelle modification.
 */
export class SuiviModifications {
  private minuterie: ReturnType<typeof setTimeout> | null = null;
  private retrait: (() => Promise<void>) | null = null;

  constructor(
    private readonly gateway: WorkbookGateway,
    private readonly magasin: MagasinSession,
    private readonly delai: number,
    private readonly rafraichir: () => Promise<void>,
  ) {}

  async suivre(): Promise<void> {
    if (!this.gateway.subscribeChanges || this.retrait) return;
    try {
      this.retrait = await this.gateway.subscribeChanges((sheetId) => {
        const { perimes } = this.magasin.etat();
        if (!perimes.includes(sheetId)) this.magasin.maj({ perimes: [...perimes, sheetId] });
        if (this.minuterie) clearTimeout(this.minuterie);
        this.minuterie = setTimeout(() => void this.rafraichir(), this.delai);
      });
    } catch (e) {
      this.magasin.maj({
        message: rendreSession({ code: "suivi/impossible", params: { cause: messageErreur(e) } }),
      });
    }
  }

  async arreter(): Promise<void> {
    if (this.minuterie) clearTimeout(this.minuterie);
    const r = this.retrait;
    this.retrait = null;
    if (r) await r().catch(() => undefined);
  }
}
