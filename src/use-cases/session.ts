import type { Location } from "../domain/classeur/snapshot";
import type { TypeOnglet } from "../domain/classeur/types-onglet";
import type { DemandeFiche } from "../domain/fiches";
import type { OptionsAllerA, WorkbookGateway } from "../gateway/port";
import type { AnalyseurProgressif } from "./analyser-sommaire";
import { CommandesSession } from "./session-commandes";
import { EcrituresSession } from "./session-ecriture";
import type { CibleAllerA, EtatSession } from "./session-etat";
import { LecturesSession } from "./session-lecture";
import { MagasinSession } from "./session-magasin";
import { NavigationSession } from "./session-navigation";
import { SuiviModifications } from "./session-suivi";
import type { EtatEmpreinte } from "./vue-relecture";

export { messageErreur, type CibleAllerA, type EtatSession, type Statut } from "./session-etat";

/**
 * La session du classeur ouvert, telle que le volet la voit : un assemblage de petites parties
 * (ADR 0017) — l'état et ses abonnés (`session-magasin`), le suivi des saisies (`session-suivi`),
 * les lectures, la navigation, les écritures gardées par « rien de perdu » (`session-ecriture`,
 * `session-commandes`).
 */
export class SessionDiagnostic {
  private readonly magasin = new MagasinSession();
  private readonly lectures: LecturesSession;
  private readonly suivi: SuiviModifications;
  private readonly navigation: NavigationSession;
  private readonly commandes: CommandesSession;

  constructor(
    gateway: WorkbookGateway,
    delaiRafraichissement = 800, // ms avant de relire les onglets modifiés
    // Ici (jamais `analyserInstantane` nu : son second paramètre est `options`), chargé à la
    // demande (le volet passe son fil d'analyse et n'en charge pas le code), ou dans un fil.
    analyser: AnalyseurProgressif = async (s) => (await import("./analyser")).analyserInstantane(s),
  ) {
    const ctx = { gateway, magasin: this.magasin, analyser };
    const ecritures = new EcrituresSession(ctx);
    this.lectures = new LecturesSession(ctx);
    this.suivi = new SuiviModifications(
      gateway,
      this.magasin,
      delaiRafraichissement,
      this.lectures.rafraichir,
    );
    this.navigation = new NavigationSession(ctx, ecritures, this.lectures.charger);
    this.commandes = new CommandesSession(ctx, ecritures);
  }

  etat = (): EtatSession => this.magasin.etat();
  abonner = (f: () => void): (() => void) => this.magasin.abonner(f);

  /** Lit tout le classeur puis l'analyse. */
  charger = (): Promise<void> => this.lectures.charger();
  /** Relit seulement les onglets modifiés et refait l'analyse (pure, rapide). */
  rafraichir = (): Promise<void> => this.lectures.rafraichir();
  /** Suit les saisies de l'utilisateur (Excel) : onglet marqué périmé, relu après un court délai. */
  suivreModifications = (): Promise<void> => this.suivi.suivre();
  arreter = (): Promise<void> => this.suivi.arreter();

  /**
   * Va à une cellule (ou à plusieurs zones d'un onglet). Un onglet masqué n'est jamais affiché
   * sans accord : la question est posée (`demandeAffichage`), sauf `afficherMasquee`.
   */
  allerA = (cible: CibleAllerA, options: OptionsAllerA = {}): Promise<void> =>
    this.navigation.allerA(cible, options);
  /** L'utilisateur accepte d'afficher l'onglet masqué : on y va. */
  confirmerAffichage = (): Promise<void> => this.navigation.confirmerAffichage();
  annulerAffichage = (): void => this.navigation.annulerAffichage();
  /** Cellule à compléter suivante (1) ou précédente (-1), depuis la cellule active. */
  celluleSuivante = (sens: 1 | -1): Promise<Location | null | undefined> =>
    this.navigation.celluleSuivante(sens);
  /** Sélectionne d'un coup les cellules à compléter d'un onglet. */
  selectionnerVides = (sheetId: string): Promise<void> =>
    this.navigation.selectionnerVides(sheetId);

  surligner = (): Promise<boolean | undefined> => this.commandes.surligner();
  retirerSurlignage = (): Promise<boolean | undefined> => this.commandes.retirerSurlignage();
  corrigerType = (sheetId: string, type: TypeOnglet | null): Promise<boolean | undefined> =>
    this.commandes.corrigerType(sheetId, type);
  genererFichesSocle = (): Promise<boolean | undefined> => this.commandes.genererFichesSocle();
  nouvelleFiche = (demande: DemandeFiche): Promise<boolean | undefined> =>
    this.commandes.nouvelleFiche(demande);
  insererBilanRelecture = (e: EtatEmpreinte, titre: string): Promise<boolean | undefined> =>
    this.commandes.insererBilanRelecture(e, titre);
}
