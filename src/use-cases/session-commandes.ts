import { planAnnulerCorrection, planCorrection } from "../domain/classeur/reconnaissance";
import type { TypeOnglet } from "../domain/classeur/types-onglet";
import type { DemandeFiche } from "../domain/fiches";
import { planRetraitSurlignage, planSurlignage } from "../domain/surlignage/plan-surlignage";
import { ecrirePlan, genererFiches, planifierFiche } from "./generer-fiches";
import { messageFichesSocle } from "./message-plan";
import type { ContexteSession, EcrituresSession } from "./session-ecriture";
import type { MessageSession } from "./session-messages";
import * as relecture from "./vue-relecture";

/** Commandes qui écrivent dans le classeur : chacune un plan gardé, puis une relecture. */
export class CommandesSession {
  constructor(
    private readonly ctx: ContexteSession,
    private readonly e: EcrituresSession,
  ) {}

  surligner(): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/surlignage", async () => {
      const a = await this.e.analyseAJour();
      const saisies = a.completude.parOnglet.flatMap((o) => o.saisies);
      const { plan, feuillesProtegees } = planSurlignage(a.snapshot, saisies);
      const vides = a.completude.global.total - a.completude.global.remplies;
      const message: MessageSession = feuillesProtegees.length
        ? {
            code: "surlignage/fait-protegees",
            params: { vides, onglets: feuillesProtegees.join(", ") },
          }
        : { code: "surlignage/fait", params: { vides } };
      return this.e.appliquer(plan, message);
    });
  }

  retirerSurlignage(): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/retrait-surlignage", async () =>
      this.e.appliquer(planRetraitSurlignage((await this.e.analyseAJour()).snapshot), {
        code: "surlignage/retire",
        params: {},
      }),
    );
  }

  corrigerType(sheetId: string, type: TypeOnglet | null): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/correction", async () => {
      const s = (await this.e.analyseAJour()).snapshot;
      const plan = type ? planCorrection(sheetId, type, s) : planAnnulerCorrection(sheetId, s);
      return this.e.appliquer(plan, { code: "correction/enregistree", params: {} });
    });
  }

  /** Les fiches socle, par le cas d'usage partagé avec la ligne de commande (`genererFiches`). */
  genererFichesSocle(): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/fiches", async () => {
      const { plan } = await genererFiches(this.e.passerelle, await this.e.analyseAJour());
      return this.e.relire(messageFichesSocle(plan));
    });
  }

  nouvelleFiche(demande: DemandeFiche): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/fiche", async () => {
      await ecrirePlan(this.e.passerelle, planifierFiche(await this.e.analyseAJour(), demande));
      return this.e.relire({ code: "fiche/ajoutee", params: { titre: demande.titre } });
    });
  }

  insererBilanRelecture(
    etat: relecture.EtatEmpreinte,
    titre: string,
  ): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/bilan", async () => {
      const a = await this.e.analyseAJour();
      return this.e.appliquer(relecture.planBilan(a, etat, titre), {
        code: "relecture/bilan-insere",
        params: {},
      });
    });
  }
}
