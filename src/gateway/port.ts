import type { Location, WorkbookSnapshot } from "../domain/classeur/snapshot";
import type { PlanGarde } from "../domain/plan/garde";

/** Ce que l'on demande à lire. Par défaut : tout le classeur. */
export interface SnapshotRequest {
  /** Ne lire que ces feuilles (ids) ; les autres sont rendues sans contenu. */
  readonly sheetIds?: readonly string[];
  /** Progression (0 à 1) pour les longues lectures. */
  readonly onProgress?: (fraction: number, message: string) => void;
}

export interface ApplyResult {
  /** Noms réellement donnés aux feuilles ajoutées (nom demandé → nom obtenu). */
  readonly sheetNames: Readonly<Record<string, string>>;
}

export interface OptionsAllerA {
  /** L'utilisateur a accepté d'afficher la feuille si elle est masquée. */
  readonly afficherMasquee?: boolean;
}

/**
 * La passerelle vers un classeur : Excel (Office.js), le fichier (.xlsx) ou l'hôte simulé.
 * Les erreurs sont des `GatewayError` au message français.
 */
export interface WorkbookGateway {
  readSnapshot(request?: SnapshotRequest): Promise<WorkbookSnapshot>;
  /**
   * Exécute un plan **passé par la garde** (`assertNothingLost` rend le `PlanGarde` ; ADR 0014) :
   * un `WritePlan` brut ne compile pas. Office.js : la garde « rien de perdu » est refaite sur le classeur tel qu'il
   * est au moment d'écrire ; `GatewayError("NothingLost")` si une cellule visée n'est plus vide.
   */
  apply(plan: PlanGarde): Promise<ApplyResult>;
  /**
   * Va à une cellule ou à des zones. Une feuille masquée n'est affichée qu'avec
   * `afficherMasquee` (l'utilisateur a accepté) ; sinon `GatewayError("SheetHidden")`.
   */
  goTo(
    location:
      | Location
      | {
          readonly sheetId: string;
          readonly ranges: readonly { top: number; left: number; bottom: number; right: number }[];
        },
    options?: OptionsAllerA,
  ): Promise<void>;
  /** Cellule active (Excel seulement) ; `null` si inconnue. */
  readSelection?(): Promise<Location | null>;
  /**
   * Prévient `listener(sheetId)` à chaque modification faite par l'utilisateur (Excel seulement,
   * événement `onChanged`) ; rend la fonction qui retire l'abonnement.
   */
  subscribeChanges?(listener: (sheetId: string) => void): Promise<() => Promise<void>>;
  /**
   * Contenu de la partie XML personnalisée du classeur dont la racine est dans cet espace de noms
   * (empreinte des valeurs pré-renseignées, ADR 0012) ; `null` si absente ou non lisible ici.
   */
  readCustomXml?(namespace: string): Promise<string | null>;
}

/** Codes stables des erreurs de passerelle (traduits en français dans `message`). */
export type GatewayErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "PayloadTooLarge"
  | "RangeExceedsLimit"
  /** Modification concurrente (co-édition, insertion ou suppression de lignes). */
  | "Conflict"
  /** Excel occupé, connexion perdue, trop de demandes : réessayer. */
  | "Busy"
  /** Fonction absente de cette version d'Excel. */
  | "ApiNotFound"
  /** « Aller à » une feuille masquée sans accord de l'utilisateur (voir `goTo`). */
  | "SheetHidden"
  | "NothingLost"
  | "Unreadable"
  | "Unknown";

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}
