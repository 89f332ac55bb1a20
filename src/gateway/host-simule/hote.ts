import type { CellRange } from "../../domain/classeur/snapshot";
import type { Modifiees } from "./calcul/dependances";
import { type BilanCalcul, recalculer } from "./calcul/recalculer";
import { erreur } from "./erreurs";
import type { ClasseurModele, FeuilleModele } from "./modele";

/** Compteurs d'un hôte simulé (lecture libre ; remis à zéro par `reinitialiserStats`). */
export interface StatsHote {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellsRead: number;
}

export interface OptionsHote {
  /** Latence ajoutée à chaque `sync` (ms). */
  readonly latenceMs?: number;
  /** Limite par requête et par réponse (octets JSON estimés) ; 5 000 000 par défaut (Excel web). */
  readonly limiteOctets?: number;
  /** Limite de cellules lues d'une plage (5 000 000 dans Excel). */
  readonly limiteCellules?: number;
  /** Une saisie est en cours dans une cellule : les lots échouent sauf `delayForCellEdit`. */
  readonly modeEdition?: boolean;
  /** Classeur protégé (structure) : ajout et renommage de feuilles refusés. */
  readonly classeurProtege?: boolean;
  /** Plage utilisée étendue par feuille (nom) : simule des colonnes entières mises en forme. */
  readonly plagesEtendues?: Readonly<Record<string, { bottom: number; right: number }>>;
  /** Cellules déverrouillées (saisie permise sur feuille protégée) : nom → zones A1. */
  readonly deverrouillees?: Readonly<Record<string, readonly string[]>>;
  /** Noms définis du classeur : nom → définition (« 'Feuille'!$B$2:$B$5 »), pour le calcul. */
  readonly noms?: Readonly<Record<string, string>>;
}

export interface ArgsChangement {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  readonly address: string;
}

type Gestionnaire = (args: ArgsChangement) => unknown;

/** L'état partagé d'un hôte : classeur, compteurs, erreurs injectées, événements, abonnés. */
export class Hote {
  readonly stats: StatsHote = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    cellsRead: 0,
  };
  enableEvents = true;
  modeEdition: boolean;
  /** Zones écrites en attente de recalcul (fait avant toute lecture et à la fin du sync). */
  private modifiees: Modifiees = new Map();
  private toutACalculer = false;
  /** `suspendApiCalculationUntilNextSync` : pas de recalcul avant la fin du sync en cours. */
  calculSuspendu = false;
  private readonly injections: {
    code: string;
    auSync: number;
    message?: string;
    errorLocation?: string;
  }[] = [];
  private readonly planifies: { auSync: number; f: () => void }[] = [];
  readonly gestionnaires = new Map<string, Set<Gestionnaire>>();
  private readonly abonnes = new Set<() => void>();

  constructor(
    readonly modele: ClasseurModele,
    readonly options: OptionsHote,
  ) {
    this.modeEdition = options.modeEdition ?? false;
  }

  get limiteOctets(): number {
    return this.options.limiteOctets ?? 5_000_000;
  }

  get limiteCellules(): number {
    return this.options.limiteCellules ?? 5_000_000;
  }

  /** Fait échouer le `sync` numéro `auSync` (numérotation globale, à partir de 1) avec `code`. */
  injecter(
    code: string,
    quand: { auSync: number; message?: string; errorLocation?: string },
  ): void {
    this.injections.push({ code, ...quand });
  }

  /**
   * Crochet de test : exécute `f` au début du `sync` numéro `auSync`, avant ses opérations —
   * une modification faite par l'utilisateur (ou un co-auteur) pendant que le volet travaille.
   */
  planifier(auSync: number, f: () => void): void {
    this.planifies.push({ auSync, f });
  }

  /** Exécute les modifications planifiées pour ce `sync`. */
  executerPlanifies(numero: number): void {
    for (const p of this.planifies.filter((x) => x.auSync === numero)) {
      this.planifies.splice(this.planifies.indexOf(p), 1);
      p.f();
    }
  }

  /** Lève l'erreur injectée pour ce `sync`, s'il y en a une. */
  verifierInjection(numero: number, delayForCellEdit: boolean): void {
    const i = this.injections.findIndex((x) => x.auSync === numero);
    if (i < 0) return;
    const [inj] = this.injections.splice(i, 1);
    if (!inj || (inj.code === "InvalidOperationInCellEditMode" && delayForCellEdit)) return;
    throw erreur(
      inj.code,
      inj.message ?? `Erreur injectée (${inj.code}) au sync ${numero}.`,
      inj.errorLocation ?? "RequestContext.sync",
      "context.sync();",
    );
  }

  /** Recalcule le classeur si une écriture l'attend (et si le calcul n'est pas suspendu). */
  calculerSiBesoin(): void {
    if ((this.toutACalculer || this.modifiees.size > 0) && !this.calculSuspendu) this.calculer();
  }

  /** Contenu écrit dans `zone` : ses dépendants seront recalculés. */
  marquer(f: FeuilleModele, zone: CellRange): void {
    const zs = this.modifiees.get(f) ?? [];
    zs.push({ ...zone });
    this.modifiees.set(f, zs);
  }

  /** Structure changée (feuille supprimée) : tout sera recalculé. */
  marquerTout(): void {
    this.toutACalculer = true;
  }

  /** Recalcule ce qui dépend des écritures, comme Excel ; `tout` : recalcul complet. */
  calculer(tout = false): BilanCalcul {
    const modifiees = tout || this.toutACalculer ? "tout" : this.modifiees;
    this.modifiees = new Map();
    this.toutACalculer = false;
    return recalculer(this.modele, this.options.noms, modifiees);
  }

  reinitialiserStats(): void {
    Object.assign(this.stats, {
      syncs: 0,
      requestBytes: [],
      responseBytes: [],
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      cellsRead: 0,
    });
  }

  abonner(f: () => void): () => void {
    this.abonnes.add(f);
    return () => this.abonnes.delete(f);
  }

  notifier(): void {
    for (const f of this.abonnes) f();
  }

  /** Diffuse un changement aux gestionnaires de la feuille et de la collection (« * »). */
  diffuser(args: ArgsChangement): void {
    for (const cleG of [args.worksheetId, "*"]) {
      for (const g of this.gestionnaires.get(cleG) ?? [])
        void Promise.resolve().then(() => g(args));
    }
  }
}
