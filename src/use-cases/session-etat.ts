import type { Location } from "../domain/classeur/snapshot";
import { ErreurDiagnostic } from "../domain/erreurs/erreur-diagnostic";
import { GatewayError } from "../gateway/port";
import type { AnalyseClasseur } from "./analyser";
import type { AnalyseSommaire } from "./analyser-sommaire";
import { rendreSession } from "./session-messages";

/** L'état d'une session du classeur, tel que le volet l'affiche. */

export type Statut = "initial" | "lecture" | "pret" | "erreur";

export interface EtatSession {
  readonly statut: Statut;
  readonly analyse: AnalyseClasseur | null;
  /**
   * Première lecture : le sommaire (reconnaissance, repérage, complétude) arrivé avant l'analyse
   * complète (indicateurs, contrôles ; ADR 0022). `null` dès que `analyse` est là, et ensuite : une
   * relecture garde l'analyse précédente jusqu'à la suivante.
   */
  readonly partielle: AnalyseSommaire | null;
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
  /**
   * « Aller à » vers un onglet masqué : la question posée à l'utilisateur (rien n'est affiché
   * sans son accord). `confirmerAffichage` / `annulerAffichage` y répondent.
   */
  readonly demandeAffichage: { readonly message: string; readonly cible: CibleAllerA } | null;
}

export type CibleAllerA =
  | Location
  | {
      readonly sheetId: string;
      readonly ranges: readonly { top: number; left: number; bottom: number; right: number }[];
    };

export const INITIAL: EtatSession = {
  statut: "initial",
  analyse: null,
  partielle: null,
  erreur: null,
  message: null,
  progression: null,
  action: null,
  perimes: [],
  surligne: false,
  demandeAffichage: null,
};

/**
 * Message français d'une erreur quelconque (jamais avalée) : celui d'une erreur pour l'utilisateur
 * (`ErreurDiagnostic`, dont le refus « rien de perdu », ou `GatewayError`) tel quel ; toute autre
 * erreur est une faute du programme, dite comme telle avec son détail.
 */
export function messageErreur(e: unknown): string {
  if (e instanceof GatewayError || e instanceof ErreurDiagnostic) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return rendreSession({ code: "erreur/inattendue", params: { detail } });
}
