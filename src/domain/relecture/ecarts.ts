import type { ValeurPrerenseignee } from "./collecte";
import { memesValeurs, type ValeurRelue } from "./valeur";

/**
 * Les valeurs pré-renseignées changées entre l'envoi (classeur envoyé ou empreinte) et le retour,
 * appariées par identité (type d'onglet, ESMS, mesure), jamais par adresse.
 */

/** Ce que l'envoi portait pour une identité (classeur envoyé, ou empreinte). */
export interface ValeurEnvoyee {
  readonly cle: string;
  readonly onglet: string;
  readonly cellule: string;
  readonly esms: string;
  readonly esmsLibelle: string;
  readonly mesure: string;
  readonly valeur: ValeurRelue;
}

export interface PrerenseigneeModifiee {
  readonly cle: string;
  /** Onglet et cellule dans le classeur retourné (ceux de l'envoi si la valeur a disparu). */
  readonly onglet: string;
  readonly cellule: string;
  /** Où la trouver dans le classeur retourné (null : la cellule n'y est plus pré-renseignée). */
  readonly position: {
    readonly sheetId: string;
    readonly row: number;
    readonly col: number;
  } | null;
  readonly esms: string;
  readonly esmsLibelle: string;
  readonly mesure: string;
  /** Valeur envoyée. */
  readonly reference: ValeurRelue;
  /** Valeur retournée (null : vidée, ou la cellule n'est plus pré-renseignée). */
  readonly valeur: ValeurRelue;
}

export function comparerPrerenseignees(
  envoi: readonly ValeurEnvoyee[],
  retour: readonly ValeurPrerenseignee[],
): PrerenseigneeModifiee[] {
  const parCle = new Map(retour.map((v) => [v.cle, v]));
  const out: PrerenseigneeModifiee[] = [];
  for (const e of envoi) {
    const r = parCle.get(e.cle);
    const valeur = r?.valeur ?? null;
    if (memesValeurs(e.valeur, valeur)) continue;
    out.push({
      cle: e.cle,
      onglet: r?.onglet ?? e.onglet,
      cellule: r?.cellule ?? e.cellule,
      position: r ? { sheetId: r.sheetId, row: r.row, col: r.col } : null,
      esms: e.esms,
      esmsLibelle: r?.esmsLibelle ?? e.esmsLibelle,
      mesure: e.mesure,
      reference: e.valeur,
      valeur,
    });
  }
  return out;
}
