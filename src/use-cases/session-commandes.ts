import {
  planAnnulerCorrection,
  planCorrection,
} from "../domain/classeur/reconnaissance/corrections";
import type { TypeOnglet } from "../domain/classeur/types-onglet";
import type { DemandeFiche } from "../domain/fiches";
import { planRetraitSurlignage, planSurlignage } from "../domain/surlignage/plan-surlignage";
import { ecrirePlan } from "./ecrire-plan";
import { messageFichesSocle } from "./message-plan";
import type { ContexteSession, EcrituresSession } from "./session-ecriture";
import type { MessageSession } from "./session-messages";
import type { EtatEmpreinte } from "./vue-relecture";

// Le générateur de fiches et le bilan de relecture (tout le domaine qu'ils lisent) ne sont chargés
// qu'à leur premier usage : le volet s'ouvre sans eux (issue 20, ADR 0022).
const chargerFiches = () => import(/* webpackChunkName: "generer-fiches" */ "./generer-fiches");
const chargerRelecture = () => import(/* webpackChunkName: "vue-relecture" */ "./vue-relecture");

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
      const [analyse, { genererFiches }] = await Promise.all([
        this.e.analyseAJour(),
        chargerFiches(),
      ]);
      const { plan } = await genererFiches(this.e.passerelle, analyse);
      return this.e.relire(messageFichesSocle(plan));
    });
  }

  nouvelleFiche(demande: DemandeFiche): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/fiche", async () => {
      const [analyse, { planifierFiche }] = await Promise.all([
        this.e.analyseAJour(),
        chargerFiches(),
      ]);
      await ecrirePlan(this.e.passerelle, planifierFiche(analyse, demande));
      return this.e.relire({ code: "fiche/ajoutee", params: { titre: demande.titre } });
    });
  }

  insererBilanRelecture(etat: EtatEmpreinte, titre: string): Promise<boolean | undefined> {
    return this.ctx.magasin.executer("action/bilan", async () => {
      const [a, { planBilan }] = await Promise.all([this.e.analyseAJour(), chargerRelecture()]);
      return this.e.appliquer(planBilan(a, etat, titre), {
        code: "relecture/bilan-insere",
        params: {},
      });
    });
  }
}
