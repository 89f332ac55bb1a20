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
import { assertNothingLost } from "../domain/plan/garde";
import type { WritePlan } from "../domain/plan/types";
import { prochaineCelluleVide } from "../domain/saisie";
import { GatewayError, type OptionsAllerA, type WorkbookGateway } from "../gateway/port";
import { analyserInstantane, type AnalyseClasseur, type Analyseur } from "./analyser";
import { fusionnerInstantanes } from "./fusion-instantanes";
import { messageFichesSocle } from "./message-plan";
import { type CibleAllerA, type EtatSession, INITIAL, messageErreur } from "./session-etat";
import * as relecture from "./vue-relecture";

export { messageErreur, type CibleAllerA, type EtatSession, type Statut } from "./session-etat";

/**
 * La session du classeur ouvert : lit, analyse, écrit (plans gardés par « rien de perdu ») et
 * notifie l'interface (`abonner` / `etat`, compatibles `useSyncExternalStore`).
 */
export class SessionDiagnostic {
  private courant: EtatSession = INITIAL;
  private readonly abonnes = new Set<() => void>();
  private minuterie: ReturnType<typeof setTimeout> | null = null;
  private retraitSuivi: (() => Promise<void>) | null = null;
  /**
   * Une écriture a été tentée depuis la dernière lecture réussie : l'analyse ne reflète peut-être
   * plus le classeur (écriture réussie puis relecture en échec, ou lot interrompu). Aucun plan
   * n'est calculé sur elle : on relit d'abord (ADR 0009).
   */
  private aRelire = false;

  constructor(
    private readonly gateway: WorkbookGateway,
    private readonly delaiRafraichissement = 800, // ms avant de relire les onglets modifiés
    private readonly analyser: Analyseur = analyserInstantane, // ici, ou dans un fil (ADR 0013)
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
      const analyse = await this.analyser(snapshot);
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
      this.maj({ analyse: await this.analyser(snapshot), perimes: [] });
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

  /**
   * Applique un plan après la garde « rien de perdu » (refaite par la passerelle au moment
   * d'écrire), puis relit le classeur. Si l'écriture a réussi mais que la relecture échoue,
   * l'écriture n'est jamais refaite : l'analyse est marquée à relire.
   */
  private async appliquer(plan: WritePlan, message: string): Promise<boolean> {
    const a = this.courant.analyse;
    if (!a) throw new Error("Lisez d'abord le classeur (bouton « Actualiser »).");
    assertNothingLost(a.snapshot, plan);
    if (plan.operations.length > 0) {
      this.aRelire = true;
      try {
        await this.gateway.apply(plan);
      } catch (e) {
        // Refus avant toute écriture (garde au moment d'écrire) : l'analyse reste juste.
        if (e instanceof GatewayError && e.code === "NothingLost") this.aRelire = false;
        throw e;
      }
    }
    let snapshot;
    try {
      snapshot = await this.gateway.readSnapshot();
    } catch (e) {
      throw new Error(
        `${message}\nMais le classeur n'a pas pu être relu ensuite (${messageErreur(e)}) : cliquez sur « Actualiser » avant toute autre opération ; ce qui a été écrit ne sera pas écrit une seconde fois.`,
      );
    }
    this.aRelire = false;
    this.maj({
      analyse: await this.analyser(snapshot),
      perimes: [],
      surligne: estSurligne(snapshot),
      message,
    });
    return true;
  }

  /** L'analyse sur laquelle calculer un plan : relue d'abord si une écriture l'a peut-être périmée. */
  private async analyseAJour(): Promise<AnalyseClasseur> {
    if (!this.aRelire) return this.exiger();
    const snapshot = await this.gateway.readSnapshot();
    const analyse = await this.analyser(snapshot);
    this.aRelire = false;
    this.maj({ analyse, perimes: [], surligne: estSurligne(snapshot) });
    return analyse;
  }

  surligner(): Promise<boolean | undefined> {
    return this.executer("Surlignage", async () => {
      const a = await this.analyseAJour();
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
    return this.executer("Retrait du surlignage", async () =>
      this.appliquer(
        planRetraitSurlignage((await this.analyseAJour()).snapshot),
        "Surlignage retiré ; aucun autre format n'a été modifié.",
      ),
    );
  }

  /**
   * Va à une cellule (ou à plusieurs zones d'un onglet). Un onglet masqué n'est jamais affiché
   * sans accord : la question est posée (`demandeAffichage`), sauf `afficherMasquee`.
   */
  allerA(cible: CibleAllerA, options: OptionsAllerA = {}): Promise<void> {
    return this.executer("Navigation", () => this.naviguer(cible, options)).then(() => undefined);
  }

  /** L'utilisateur accepte d'afficher l'onglet masqué : on y va. */
  confirmerAffichage(): Promise<void> {
    const d = this.courant.demandeAffichage;
    this.maj({ demandeAffichage: null });
    if (!d) return Promise.resolve();
    return this.allerA(d.cible, { afficherMasquee: true }).then(() =>
      this.courant.erreur ? undefined : this.charger(),
    );
  }

  annulerAffichage(): void {
    this.maj({ demandeAffichage: null, message: "L'onglet masqué n'a pas été affiché." });
  }

  private async naviguer(cible: CibleAllerA, options: OptionsAllerA): Promise<void> {
    try {
      await this.gateway.goTo(cible, options);
    } catch (e) {
      if (!(e instanceof GatewayError) || e.code !== "SheetHidden") throw e;
      const nom =
        this.courant.analyse?.snapshot.sheets.find((s) => s.id === cible.sheetId)?.name ??
        ("sheetName" in cible ? cible.sheetName : "");
      this.maj({
        demandeAffichage: {
          cible,
          message: `L'onglet « ${nom} » est masqué. L'afficher pour y aller ? Il restera visible (Format › Masquer pour le masquer à nouveau).`,
        },
      });
    }
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
      await this.naviguer(cible, {});
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
      await this.naviguer({ sheetId, ranges: regrouperEnZones(o.vides) }, {});
    }).then(() => undefined);
  }

  corrigerType(sheetId: string, type: TypeOnglet | null): Promise<boolean | undefined> {
    return this.executer("Correction du type", async () => {
      const s = (await this.analyseAJour()).snapshot;
      const plan = type ? planCorrection(sheetId, type, s) : planAnnulerCorrection(sheetId, s);
      return this.appliquer(plan, "Type d'onglet enregistré dans le classeur.");
    });
  }

  genererFichesSocle(): Promise<boolean | undefined> {
    return this.executer("Génération des fiches", async () => {
      const a = await this.analyseAJour();
      const plan = genererFichesSocle(a.snapshot, contexteDepuisRepere(a.repere, a.indicateurs));
      return this.appliquer(plan, messageFichesSocle(plan));
    });
  }

  nouvelleFiche(demande: DemandeFiche): Promise<boolean | undefined> {
    return this.executer("Nouvelle fiche", async () => {
      const a = await this.analyseAJour();
      const plan = genererFiche(a.snapshot, contexteDepuisRepere(a.repere, a.indicateurs), demande);
      return this.appliquer(plan, `Fiche « ${demande.titre} » ajoutée.`);
    });
  }

  insererBilanRelecture(e: relecture.EtatEmpreinte, titre: string): Promise<boolean | undefined> {
    return this.executer("Insertion du bilan", async () => {
      const a = await this.analyseAJour();
      return this.appliquer(relecture.planBilan(a, e, titre), relecture.BILAN_INSERE);
    });
  }

  private exiger(): AnalyseClasseur {
    const a = this.courant.analyse;
    if (!a) throw new Error("Le classeur n'est pas encore lu : cliquez sur « Actualiser ».");
    return a;
  }
}
