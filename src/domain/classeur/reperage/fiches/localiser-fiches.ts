import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import type { OngletReconnu, TypeOnglet } from "../../types-onglet";
import { lireFiche, type FicheLue } from "./lire-fiche";
import { lireSuivi, type SuiviLu } from "./lire-suivi";

/**
 * Repérage des feuilles générées de l'Annexe 4 : les fiches-objectifs et le tableau de suivi, lus
 * seulement sur les onglets que la reconnaissance dit `fiche-objectif` / `suivi-objectifs` (une
 * feuille que la reconnaissance n'a pas vue, hors de `onglets`, est lue par son contenu). Un
 * classeur sans fiche ne coûte rien : aucune autre feuille n'est parcourue. `localiser` le fait
 * avec les autres zones (`DiagnosticRepere.generees`).
 */

export interface FeuillesGenerees {
  /** Toutes les fiches lues, doublons de type compris (chaque fiche est une feuille du type). */
  readonly fiches: readonly FicheLue[];
  /** Le premier tableau de suivi lu, dans l'ordre des feuilles ; null s'il n'y en a pas. */
  readonly suivi: SuiviLu | null;
}

type Types = ReadonlyMap<string, TypeOnglet>;

const typesDes = (onglets: readonly OngletReconnu[]): Types =>
  new Map(onglets.map((o) => [o.sheetId, o.type]));

/** La feuille est lue comme `type` : la reconnaissance lui donne ce type, ou ne l'a pas vue. */
const lueComme = (types: Types, sheet: SheetSnapshot, type: TypeOnglet): boolean =>
  (types.get(sheet.id) ?? type) === type;

export function localiserFiches(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
): FeuillesGenerees {
  const types = typesDes(onglets);
  const fiches: FicheLue[] = [];
  let suivi: SuiviLu | null = null;
  for (const sheet of snapshot.sheets) {
    const f = lueComme(types, sheet, "fiche-objectif") ? lireFiche(sheet) : null;
    if (f) fiches.push(f);
    if (!suivi && lueComme(types, sheet, "suivi-objectifs")) suivi = lireSuivi(sheet);
  }
  return { fiches, suivi };
}

/** Ce qu'il faut du repère de l'instantané (`DiagnosticRepere`) pour reprendre ses feuilles générées. */
export interface RepereDesGenerees {
  readonly onglets: readonly OngletReconnu[];
  readonly generees?: FeuillesGenerees | undefined;
}

/**
 * Toutes les fiches du classeur, dans l'ordre des feuilles, **quel que soit le type de leur
 * onglet** (génération : numéros pris, « rien de perdu » ; vue Fiches). Avec le repère de cet
 * instantané, ses fiches (`generees`) sont reprises telles quelles et seules les feuilles que la
 * reconnaissance dit d'un autre type sont lues en plus, par la même lecture (`lireFiche`) ; sans
 * repère, chaque feuille est lue par son contenu. Même résultat dans les deux cas.
 */
export function fichesDeToutesLesFeuilles(
  snapshot: WorkbookSnapshot,
  repere?: RepereDesGenerees,
): FicheLue[] {
  const generees = repere?.generees;
  const types = typesDes(generees ? (repere?.onglets ?? []) : []);
  const reperees = new Map((generees?.fiches ?? []).map((f) => [f.sheetId, f]));
  const fiches: FicheLue[] = [];
  for (const sheet of snapshot.sheets) {
    const dejaLue = generees !== undefined && lueComme(types, sheet, "fiche-objectif");
    const f = dejaLue ? (reperees.get(sheet.id) ?? null) : lireFiche(sheet);
    if (f) fiches.push(f);
  }
  return fiches;
}

/**
 * Le tableau de suivi du classeur : le premier, dans l'ordre des feuilles, **quel que soit le type
 * de son onglet** (génération : le suivi à compléter). Avec le repère de cet instantané, son suivi
 * (`generees.suivi`) est repris tel quel et seules les feuilles que la reconnaissance dit d'un autre
 * type sont lues en plus, par la même lecture (`lireSuivi`) ; sans repère, chaque feuille est lue
 * jusqu'au premier suivi. Même résultat dans les deux cas.
 */
export function suiviDeToutesLesFeuilles(
  snapshot: WorkbookSnapshot,
  repere?: RepereDesGenerees,
): SuiviLu | null {
  const generees = repere?.generees;
  const types = typesDes(generees ? (repere?.onglets ?? []) : []);
  for (const sheet of snapshot.sheets) {
    const dejaLu = generees !== undefined && lueComme(types, sheet, "suivi-objectifs");
    // Déjà lue par `localiserFiches` : ce suivi-ci, ou une feuille où il n'y en avait pas.
    const lu = dejaLu
      ? generees.suivi?.sheetId === sheet.id
        ? generees.suivi
        : null
      : lireSuivi(sheet);
    if (lu) return lu;
  }
  return null;
}
