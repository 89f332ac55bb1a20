import { estVide, type Cellule } from "../classeur/cellule";
import type { CellRange, Location, SheetSnapshot } from "../classeur/snapshot";
import type { OptionsCouleur } from "../classeur/typage/couleur";
import { typerFeuille, type TypageFeuille } from "../classeur/typage/typer";

/**
 * Cellules de saisie d'une feuille, données par le typage des cellules (une seule règle pour la
 * complétude, le surlignage, la navigation et le repérage) : une fois par zone fusionnée (sa
 * cellule haut-gauche), en ordre de lecture, sans en-têtes ni pastilles de légende.
 */

export { estEnTeteDeSection } from "../classeur/typage/fusions";

export interface CelluleDeSaisie {
  readonly location: Location;
  /** Zone fusionnée dont la cellule est le coin haut-gauche, s'il y en a une. */
  readonly zone?: CellRange;
  readonly classe: "saisie" | "incertain";
  readonly cellule: Cellule;
  /** Pas de valeur, blancs seuls, ou formule qui renvoie "". */
  readonly vide: boolean;
  readonly formule: boolean;
}

export interface OptionsSaisie extends OptionsCouleur {
  /** Inclure aussi les couleurs « incertain » (classe `incertain`). Par défaut : non. */
  readonly incertains?: boolean;
  /** Cellules à ignorer (ex. les pastilles de légende de l'Accueil). */
  readonly ignorer?: readonly Pick<Location, "sheetId" | "row" | "col">[];
  /** Typage déjà calculé de la feuille (sinon calculé ici avec les couleurs données). */
  readonly typage?: TypageFeuille;
}

function typageDe(sheet: SheetSnapshot, options: OptionsSaisie): TypageFeuille {
  if (options.typage) return options.typage;
  const pastilles = new Set(
    (options.ignorer ?? []).filter((l) => l.sheetId === sheet.id).map((l) => `${l.row}:${l.col}`),
  );
  return typerFeuille(sheet, { ...options, pastilles });
}

export function cellulesDeSaisie(
  sheet: SheetSnapshot,
  options: OptionsSaisie = {},
): CelluleDeSaisie[] {
  const typage = typageDe(sheet, options);
  const resultat: CelluleDeSaisie[] = [];
  for (const a of typage.ancresSaisie) {
    const incertaine = typage.type(a.row, a.col) === "incertaine";
    if (incertaine && !options.incertains) continue;
    const zone = typage.fusion(a.row, a.col);
    // L'ancre rendue par le typage est déjà la cellule lue (`cellule(sheet, row, col)`).
    const c = a;
    const location = { sheetId: sheet.id, sheetName: sheet.name, row: a.row, col: a.col };
    const classe = incertaine ? "incertain" : "saisie";
    const vide = estVide(c);
    const formule = c.formula !== null;
    resultat.push(
      zone
        ? { location, zone, classe, cellule: c, vide, formule }
        : { location, classe, cellule: c, vide, formule },
    );
  }
  return resultat;
}
