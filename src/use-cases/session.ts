import {
  estSurligne,
  planRetraitSurlignage,
  planSurlignage,
  regrouperEnZones,
} from "../domain/surlignage/plan-surlignage";
import { planAnnulerCorrection, planCorrection } from "../domain/classeur/reconnaissance";
import type { Location } from "../domain/classeur/snapshot";
import type { TypeOnglet } from "../domain/classeur/types-onglet";
import {
  contexteDepuisRepere,
  genererFiche,
  genererFichesSocle,
  type DemandeFiche,
} from "../domain/fiches";
import { assertNothingLost, RienDePerduError } from "../domain/plan/garde";
import type { WritePlan } from "../domain/plan/types";
import { prochaineCelluleVide } from "../domain/saisie";
import { GatewayError, type WorkbookGateway } from "../gateway/port";
import { analyserInstantane, type AnalyseClasseur } from "./analyser";
import { fusionnerInstantanes } from "./fusion-instantanes";

export type Statut = "initial" | "lecture" | "pret" | "erreur";

export interface EtatSession {
  readonly statut: Statut;
  readonly analyse: AnalyseClasseur | null;
  /** Dernière erreur, en français (ce qui s'est passé et quoi faire). */
  readonly erreur: string | null;
  /** Message d'information de la dernière action (« 12 zones surlignées »…). */
  readonly message: string | null;
  /** Avancement d'une longue lecture (0 à 1) et son libellé. */
  readonly progression: { readonly fraction: number; readonly libelle: string } | null;
  /** Action en cours (bouton désactivé, indicateur d'attente). */
  readonly action: string | null;
  /** Onglets modifiés par l'utilisateur depuis la dernière lecture (à relire). */
  readonly perimes: readonly string[];
  readonly surligne: boolean;
}

const INITIAL: EtatSession = {
  statut: "initial",
  analyse: null,
  erreur: null,
  message: null,
  progression: null,
  action: null,
  perimes: [],
  surligne: false,
};

/** Message français d'une erreur quelconque (jamais avalée). */
export function messageErreur(e: unknown): string {
  if (e instanceof GatewayError || e instanceof RienDePerduError) return e.message;
  if (e instanceof Error && /[àâçéèêëîïôûù]/i.test(e.message)) return e.message;
  return `Erreur inattendue : ${e instanceof Error ? e.message : String(e)}. Relancez l'analyse ; si l'erreur persiste, fermez et rouvrez le classeur.`;
}

/**
 * La session du classeur ouvert : lit, analyse, écrit (plans gardés par « rien de perdu ») et
 * notifie l'interface (`abonner` / `etat`, compatibles `useSyncExternalStore`).
 */
export class SessionDiagnostic {
  private courant: EtatSession = INITIAL;
  private readonly abonnes = new Set<() => void>();
  private minuterie: ReturnType<typeof setTimeout> | null = null;
  private retraitSuivi: (() => Promise<void>) | null = null;

  constructor(
    private readonly gateway: WorkbookGateway,
    /** Délai avant de relire les onglets modifiés (ms). */
    private readonly delaiRafraichissement = 800,
  ) {}

  etat = (): EtatSession => this.courant;

  abonner = (f: () => void): (() => void) => {
    this.abonnes.add(f);
    return () => void this.abonnes.delete(f);
  };

  private maj(p: Partial<EtatSession>): void {
    this.courant = { ...this.courant, ...p };
    for (const f of this.abonnes) f();
  }

  private async executer<R>(action: string, f: () => Promise<R>): Promise<R | undefined> {
    this.maj({ action, erreur: null, message: null });
    try {
      return await f();
    } catch (e) {
      this.maj({ erreur: messageErreur(e) });
      return undefined;
    } finally {
      this.maj({ action: null, progression: null });
    }
  }

  /** Lit tout le classeur puis l'analyse. */
  charger(): Promise<void> {
    return this.executer("Lecture du classeur", async () => {
      this.maj({ statut: this.courant.analyse ? "pret" : "lecture" });
      const snapshot = await this.gateway.readSnapshot({
        onProgress: (fraction, libelle) => this.maj({ progression: { fraction, libelle } }),
      });
      const analyse = analyserInstantane(snapshot);
      this.maj({ statut: "pret", analyse, perimes: [], surligne: estSurligne(snapshot) });
    }).then((r) => {
      if (r === undefined && !this.courant.analyse) this.maj({ statut: "erreur" });
    });
  }

  /** Relit seulement les onglets modifiés et refait l'analyse (pure, rapide). */
  async rafraichir(): Promise<void> {
    const avant = this.courant.analyse;
    const ids = this.courant.perimes;
    if (!avant || ids.length === 0) return this.charger();
    await this.executer("Mise à jour", async () => {
      const partiel = await this.gateway.readSnapshot({ sheetIds: ids });
      const snapshot = fusionnerInstantanes(avant.snapshot, partiel, ids);
      this.maj({ analyse: analyserInstantane(snapshot), perimes: [] });
    });
  }

  /** Suit les saisies de l'utilisateur (Excel) : onglet marqué périmé, relu après un court délai. */
  async suivreModifications(): Promise<void> {
    if (!this.gateway.subscribeChanges || this.retraitSuivi) return;
    try {
      this.retraitSuivi = await this.gateway.subscribeChanges((sheetId) => {
        if (!this.courant.perimes.includes(sheetId))
          this.maj({ perimes: [...this.courant.perimes, sheetId] });
        if (this.minuterie) clearTimeout(this.minuterie);
        this.minuterie = setTimeout(() => void this.rafraichir(), this.delaiRafraichissement);
      });
    } catch (e) {
      this.maj({
        message: `Les modifications ne seront pas suivies automatiquement (${messageErreur(e)}) : utilisez « Actualiser ».`,
      });
    }
  }

  async arreter(): Promise<void> {
    if (this.minuterie) clearTimeout(this.minuterie);
    const r = this.retraitSuivi;
    this.retraitSuivi = null;
    if (r) await r().catch(() => undefined);
  }

  /** Applique un plan après la garde « rien de perdu », puis relit le classeur. */
  private async appliquer(plan: WritePlan, message: string): Promise<boolean> {
    const a = this.courant.analyse;
    if (!a) throw new Error("Lisez d'abord le classeur (bouton « Actualiser »).");
    assertNothingLost(a.snapshot, plan);
    if (plan.operations.length > 0) await this.gateway.apply(plan);
    const snapshot = await this.gateway.readSnapshot();
    this.maj({
      analyse: analyserInstantane(snapshot),
      perimes: [],
      surligne: estSurligne(snapshot),
      message,
    });
    return true;
  }

  surligner(): Promise<boolean | undefined> {
    return this.executer("Surlignage", async () => {
      const a = this.exiger();
      const saisies = a.completude.parOnglet.flatMap((o) => o.saisies);
      const { plan, feuillesProtegees } = planSurlignage(a.snapshot, saisies);
      const vides = a.completude.global.total - a.completude.global.remplies;
      const protegees = feuillesProtegees.length
        ? ` Onglets protégés laissés de côté : ${feuillesProtegees.join(", ")} (ôtez la protection pour les surligner).`
        : "";
      return this.appliquer(
        plan,
        `${vides} cellule${vides > 1 ? "s" : ""} à compléter surlignée${vides > 1 ? "s" : ""} ; le surlignage disparaît dès qu'une cellule est remplie.${protegees}`,
      );
    });
  }

  retirerSurlignage(): Promise<boolean | undefined> {
    return this.executer("Retrait du surlignage", () =>
      this.appliquer(
        planRetraitSurlignage(this.exiger().snapshot),
        "Surlignage retiré ; aucun autre format n'a été modifié.",
      ),
    );
  }

  /** Va à une cellule (ou à plusieurs zones d'un onglet). */
  allerA(
    cible:
      | Location
      | { sheetId: string; ranges: { top: number; left: number; bottom: number; right: number }[] },
  ): Promise<void> {
    return this.executer("Navigation", () => this.gateway.goTo(cible)).then(() => undefined);
  }

  /** Cellule à compléter suivante (1) ou précédente (-1), depuis la cellule active. */
  celluleSuivante(sens: 1 | -1): Promise<Location | null | undefined> {
    return this.executer("Navigation", async () => {
      const a = this.exiger();
      const depuis = this.gateway.readSelection ? await this.gateway.readSelection() : null;
      const ordre = [...a.snapshot.sheets].sort((x, y) => x.position - y.position).map((s) => s.id);
      const cible = prochaineCelluleVide(a.completude, depuis, sens, ordre);
      if (!cible) {
        this.maj({ message: "Toutes les cellules à compléter sont remplies." });
        return null;
      }
      await this.gateway.goTo(cible);
      return cible;
    });
  }

  /** Sélectionne d'un coup les cellules à compléter d'un onglet. */
  selectionnerVides(sheetId: string): Promise<void> {
    return this.executer("Sélection", async () => {
      const o = this.exiger().completude.parOnglet.find((x) => x.sheetId === sheetId);
      if (!o || o.vides.length === 0) {
        this.maj({ message: "Aucune cellule à compléter dans cet onglet." });
        return;
      }
      await this.gateway.goTo({ sheetId, ranges: regrouperEnZones(o.vides) });
    }).then(() => undefined);
  }

  corrigerType(sheetId: string, type: TypeOnglet | null): Promise<boolean | undefined> {
    return this.executer("Correction du type", () => {
      const s = this.exiger().snapshot;
      const plan = type ? planCorrection(sheetId, type, s) : planAnnulerCorrection(sheetId, s);
      return this.appliquer(plan, "Type d'onglet enregistré dans le classeur.");
    });
  }

  genererFichesSocle(): Promise<boolean | undefined> {
    return this.executer("Génération des fiches", () => {
      const a = this.exiger();
      const plan = genererFichesSocle(a.snapshot, contexteDepuisRepere(a.repere, a.indicateurs));
      const n = plan.operations.filter((o) => o.kind === "addSheet").length;
      return this.appliquer(
        plan,
        n === 0
          ? "Les fiches socle existent déjà : rien n'a été ajouté."
          : `${n} feuille${n > 1 ? "s" : ""} ajoutée${n > 1 ? "s" : ""} (fiches, suivi, listes) ; aucune cellule existante n'a été modifiée.`,
      );
    });
  }

  nouvelleFiche(demande: DemandeFiche): Promise<boolean | undefined> {
    return this.executer("Nouvelle fiche", () => {
      const a = this.exiger();
      const plan = genererFiche(a.snapshot, contexteDepuisRepere(a.repere, a.indicateurs), demande);
      return this.appliquer(plan, `Fiche « ${demande.titre} » ajoutée.`);
    });
  }

  private exiger(): AnalyseClasseur {
    const a = this.courant.analyse;
    if (!a) throw new Error("Le classeur n'est pas encore lu : cliquez sur « Actualiser ».");
    return a;
  }
}
