import { estSurligne } from "../domain/surlignage/plan-surlignage";
import { assertNothingLost, type PlanGarde } from "../domain/plan/garde";
import type { WritePlan } from "../domain/plan/types";
import { GatewayError, type ApplyResult, type WorkbookGateway } from "../gateway/port";
import type { AnalyseClasseur } from "./analyser";
import type { AnalyseurProgressif } from "./analyser-sommaire";
import { ecrirePlan } from "./ecrire-plan";
import type { MagasinSession } from "./session-magasin";
import { messageErreur } from "./session-etat";
import { erreurSession, rendreSession, type MessageSession } from "./session-messages";

/** Ce que partagent les parties de la session : la passerelle, l'état, qui analyse. */
export interface ContexteSession {
  readonly gateway: WorkbookGateway;
  readonly magasin: MagasinSession;
  readonly analyser: AnalyseurProgressif;
}

/**
 * Les écritures de la session (ADR 0009) : plan gardé confié à la passerelle, puis relecture. Une
 * écriture tentée marque l'analyse « à relire » (sauf refus `NothingLost`, où rien n'a été écrit) :
 * aucun plan n'est calculé sur une analyse peut-être périmée, rien n'est écrit deux fois.
 */
export class EcrituresSession {
  private aRelire = false;

  /** La passerelle vue des cas d'usage (`genererFiches`) : chaque écriture est suivie. */
  readonly passerelle: Pick<WorkbookGateway, "apply"> = { apply: (p) => this.confier(p) };

  constructor(private readonly ctx: ContexteSession) {}

  private async confier(plan: PlanGarde): Promise<ApplyResult> {
    this.aRelire = true;
    try {
      return await this.ctx.gateway.apply(plan);
    } catch (e) {
      // Refus avant toute écriture (garde au moment d'écrire) : l'analyse reste juste.
      if (e instanceof GatewayError && e.code === "NothingLost") this.aRelire = false;
      throw e;
    }
  }

  /** La dernière analyse, ou l'erreur « pas encore lu ». */
  exiger(): AnalyseClasseur {
    const a = this.ctx.magasin.etat().analyse;
    if (!a) throw erreurSession({ code: "lecture/non-lu", params: {} });
    return a;
  }

  /** L'analyse sur laquelle calculer un plan : relue d'abord si une écriture l'a peut-être périmée. */
  async analyseAJour(): Promise<AnalyseClasseur> {
    if (!this.aRelire) return this.exiger();
    const snapshot = await this.ctx.gateway.readSnapshot();
    const analyse = await this.ctx.analyser(snapshot);
    this.aRelire = false;
    this.ctx.magasin.maj({ analyse, perimes: [], surligne: estSurligne(snapshot) });
    return analyse;
  }

  /**
   * Applique un plan après la garde « rien de perdu » (refaite par la passerelle au moment
   * d'écrire), puis relit le classeur.
   */
  async appliquer(plan: WritePlan, message: MessageSession): Promise<boolean> {
    const a = this.ctx.magasin.etat().analyse;
    if (!a) throw erreurSession({ code: "ecriture/non-lu", params: {} });
    await ecrirePlan(this.passerelle, assertNothingLost(a.snapshot, plan));
    return this.relire(message);
  }

  /**
   * Relit le classeur après une écriture et dit `message`. Si la relecture échoue, l'écriture
   * n'est jamais refaite : l'analyse reste marquée à relire.
   */
  async relire(message: MessageSession): Promise<boolean> {
    let snapshot;
    try {
      snapshot = await this.ctx.gateway.readSnapshot();
    } catch (e) {
      throw erreurSession({
        code: "ecriture/relecture-echouee",
        params: { message: rendreSession(message), cause: messageErreur(e) },
      });
    }
    this.aRelire = false;
    this.ctx.magasin.maj({
      analyse: await this.ctx.analyser(snapshot),
      perimes: [],
      surligne: estSurligne(snapshot),
      message: rendreSession(message),
    });
    return true;
  }
}
