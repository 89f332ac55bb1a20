import type { CellRange, CellValue } from "../../domain/classeur/snapshot";
import { adresseLocale, contient } from "./adresses";
import { cellule, ecrireEntree, lireCellule } from "./cellules";
import { estVrai, evaluer } from "./evaluer-mfc";
import type { BilanCalcul } from "./calcul/recalculer";
import type { Hote } from "./hote";
import { type FeuilleModele, plageUtilisee } from "./modele";

/** Ce qu'une grille d'aperçu affiche de la feuille active (index absolus à partir de 0). */
export interface VueFeuille {
  readonly id: string;
  readonly name: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Formats de nombre (« 0,0 % », « dd/mm/yyyy »…), pour un affichage lisible. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Remplissage affiché « RRGGBB » : mise en forme conditionnelle appliquée, sinon le sien. */
  readonly fills: readonly (readonly (string | null)[])[];
  readonly bold: readonly (readonly boolean[])[];
  readonly merges: readonly CellRange[];
  readonly selection: readonly CellRange[];
}

/** Remplissage affiché d'une cellule : la première règle vraie (ordre de priorité), sinon le sien. */
function remplissageAffiche(f: FeuilleModele, row: number, col: number): string | null {
  for (const m of f.mfc) {
    if (m.type !== "Custom" || !m.formula || !m.fill || !contient(m.range, row, col)) continue;
    const v = evaluer(
      m.formula,
      { row: m.range.top, col: m.range.left },
      { row, col },
      (r, c) => lireCellule(f, r, c).value,
    );
    if (v !== undefined && estVrai(v)) return m.fill;
  }
  return lireCellule(f, row, col).fill?.color.slice(1) ?? null;
}

/** État lisible de l'hôte, pour l'aperçu dans le navigateur (et les tests). */
export class EtatHote {
  constructor(private readonly hote: Hote) {}

  /** Feuilles dans l'ordre (nom, id, visibilité, active ?). */
  feuilles(): { id: string; name: string; visibility: string; active: boolean }[] {
    const m = this.hote.modele;
    return m.feuilles.map((f) => ({
      id: f.id,
      name: f.name,
      visibility: f.visibility,
      active: f.id === m.activeId,
    }));
  }

  /** Vue de la feuille active (ou de la feuille `id`). */
  vue(id = this.hote.modele.activeId): VueFeuille | undefined {
    this.hote.calculerSiBesoin();
    const m = this.hote.modele;
    const f = m.feuilles.find((x) => x.id === id);
    if (!f) return undefined;
    const z = plageUtilisee(f) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const lignes = Array.from({ length: z.bottom - z.top + 1 }, (_, i) => z.top + i);
    const cols = Array.from({ length: z.right - z.left + 1 }, (_, j) => z.left + j);
    const g = <V>(fn: (r: number, c: number) => V) => lignes.map((r) => cols.map((c) => fn(r, c)));
    return {
      id: f.id,
      name: f.name,
      origin: { row: z.top, col: z.left },
      rowCount: lignes.length,
      columnCount: cols.length,
      values: g((r, c) => lireCellule(f, r, c).value),
      formulas: g((r, c) => lireCellule(f, r, c).formula),
      numberFormats: g((r, c) => lireCellule(f, r, c).numberFormat),
      fills: g((r, c) => remplissageAffiche(f, r, c)),
      bold: g((r, c) => lireCellule(f, r, c).bold),
      merges: f.merges,
      selection: m.selection.sheetId === f.id ? m.selection.ranges : [],
    };
  }

  /** Simule une saisie de l'utilisateur (événement `onChanged`, source « Local »). */
  saisir(sheetId: string, row: number, col: number, valeur: string | number | boolean): void {
    const f = this.hote.modele.feuilles.find((x) => x.id === sheetId);
    if (!f) throw new Error(`Feuille inconnue : ${sheetId}`);
    ecrireEntree(cellule(f, row, col), valeur);
    this.hote.marquer(f, { top: row, left: col, bottom: row, right: col });
    this.hote.calculer();
    this.hote.notifier();
    this.hote.diffuser({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: f.id,
      address: adresseLocale({ top: row, left: col, bottom: row, right: col }),
    });
  }

  /** Recalcul complet immédiat (tests : un classeur intact doit reproduire ses valeurs en cache). */
  recalculer(): BilanCalcul {
    return this.hote.calculer(true);
  }

  /** Active une feuille comme le ferait un clic sur son onglet. */
  activer(sheetId: string): void {
    this.hote.modele.activeId = sheetId;
    this.hote.modele.selection = { sheetId, ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
    this.hote.notifier();
  }

  /** Sélectionne une cellule comme le ferait un clic (ou une flèche) dans la grille d'Excel. */
  selectionner(sheetId: string, row: number, col: number): void {
    const m = this.hote.modele;
    if (!m.feuilles.some((f) => f.id === sheetId)) throw new Error(`Feuille inconnue : ${sheetId}`);
    m.activeId = sheetId;
    m.selection = { sheetId, ranges: [{ top: row, left: col, bottom: row, right: col }] };
    this.hote.notifier();
  }

  /** Mode édition de cellule (les lots sans `delayForCellEdit` échouent). */
  set modeEdition(v: boolean) {
    this.hote.modeEdition = v;
  }

  abonner(f: () => void): () => void {
    return this.hote.abonner(f);
  }

  reinitialiserStats(): void {
    this.hote.reinitialiserStats();
  }
}
