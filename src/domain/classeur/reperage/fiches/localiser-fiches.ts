import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import type { OngletReconnu, TypeOnglet } from "../../types-onglet";
import { lireFiche, type FicheLue } from "./lire-fiche";
import { lireSuivi, type SuiviLu } from "./lire-suivi";

/**
 * Repérage des feuilles générées de l'Annexe 4 : les fiches-objectifs et le tableau de suivi, lus
 * seulement sur les onglets que la reconnaissance dit `fiche-objectif` / `suivi-objectifs` (une
 * feuille que la reconnaissance n'a pas vue, hors de `onglets`, est lue par son contenu). Un
 * classeur sans fiche ne coûte rien : aucune autre feuille n'est parcourue.
 */

export interface FeuillesGenerees {
  /** Toutes les fiches lues, doublons de type compris (chaque fiche est une feuille du type). */
  readonly fiches: readonly FicheLue[];
  /** Le premier tableau de suivi lu, dans l'ordre des feuilles ; null s'il n'y en a pas. */
  readonly suivi: SuiviLu | null;
}

export function localiserFiches(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
): FeuillesGenerees {
  const types = new Map<string, TypeOnglet>(onglets.map((o) => [o.sheetId, o.type]));
  const candidate = (s: SheetSnapshot, type: TypeOnglet) => (types.get(s.id) ?? type) === type;
  const fiches: FicheLue[] = [];
  let suivi: SuiviLu | null = null;
  for (const sheet of snapshot.sheets) {
    const f = candidate(sheet, "fiche-objectif") ? lireFiche(sheet) : null;
    if (f) fiches.push(f);
    if (!suivi && candidate(sheet, "suivi-objectifs")) suivi = lireSuivi(sheet);
  }
  return { fiches, suivi };
}
