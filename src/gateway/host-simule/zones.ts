import type { CellRange } from "../../domain/classeur/snapshot";
import { adresseComplete, intersecte, nbCellules } from "./adresses";
import { type CiblePlage, lireCellule } from "./cellules";
import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import type { FeuilleModele } from "./modele";
import { ecrireGras, ecrireRemplissage } from "./format";
import { ObjetClient } from "./objet-client";
import { Range, selectionner } from "./plage";

export interface CibleZones {
  readonly f: FeuilleModele;
  readonly zones: readonly CellRange[];
}

const inter = (a: CellRange, b: CellRange): CellRange => ({
  top: Math.max(a.top, b.top),
  left: Math.max(a.left, b.left),
  bottom: Math.min(a.bottom, b.bottom),
  right: Math.min(a.right, b.right),
});

/** Cellules qui vérifient `f` → rectangles (segments de ligne fusionnés verticalement). */
function rectanglesOu(t: CiblePlage, f: (r: number, c: number) => boolean): CellRange[] {
  const res: CellRange[] = [];
  for (let r = t.z.top; r <= t.z.bottom; r++) {
    let debut = -1;
    for (let c = t.z.left; c <= t.z.right + 1; c++) {
      const ok = c <= t.z.right && f(r, c);
      if (ok && debut < 0) debut = c;
      if (!ok && debut >= 0) {
        const seg = { top: r, bottom: r, left: debut, right: c - 1 };
        const dessus = res.find(
          (z) => z.bottom === r - 1 && z.left === seg.left && z.right === seg.right,
        );
        if (dessus) res[res.indexOf(dessus)] = { ...dessus, bottom: r };
        else res.push(seg);
        debut = -1;
      }
    }
  }
  return res;
}

/** `getSpecialCells` : « DataValidations », « Formulas », « Constants », « Blanks ». */
export function zonesSpeciales(t: CiblePlage, type: string, _valeurs?: string): CellRange[] {
  if (type === "DataValidations") {
    return t.f.validations.filter((v) => intersecte(v.range, t.z)).map((v) => inter(v.range, t.z));
  }
  if (nbCellules(t.z) > 5_000_000) {
    throw erreur("RangeExceedsLimit", "getSpecialCells sur une plage démesurée.");
  }
  switch (type) {
    case "Formulas":
      return rectanglesOu(t, (r, c) => lireCellule(t.f, r, c).formula !== null);
    case "Constants":
      return rectanglesOu(t, (r, c) => {
        const x = lireCellule(t.f, r, c);
        return x.formula === null && x.type !== "Empty";
      });
    case "Blanks":
      return rectanglesOu(t, (r, c) => {
        const x = lireCellule(t.f, r, c);
        return x.formula === null && x.type === "Empty";
      });
    default:
      throw erreur("InvalidArgument", `Type de cellules spéciales non pris en charge : ${type}.`);
  }
}

/** Collection des zones d'une `RangeAreas` (`areas.items`). */
class RangeCollection extends ObjetClient<CibleZones> {
  private _items: unknown[] | undefined;
  constructor(ctx: ContexteBase, cible: () => CibleZones | null) {
    super(ctx, cible, {});
  }
  get items(): unknown[] {
    if (!this._items) throw erreur("PropertyNotLoaded", "areas.items n'est pas chargé.");
    return this._items;
  }
  override _chargerChemins(paths: readonly string[] | undefined): Record<string, unknown> {
    const t = this._cible();
    const sous = (paths ?? []).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    const elements = t ? t.zones.map((z) => new Range(this.context, () => ({ f: t.f, z }))) : [];
    const fragments = elements.map((e) => e._chargerChemins(sous.length ? sous : ["address"]));
    this.context.valider(() => (this._items = elements));
    return { items: fragments };
  }
}

/** `Excel.RangeAreas` (zones disjointes d'une feuille). */
export class RangeAreas extends ObjetClient<CibleZones> {
  readonly areas: RangeCollection;
  readonly format: { fill: { color: string }; font: { bold: boolean } };
  constructor(
    ctx: ContexteBase,
    resoudre: () => CibleZones | null,
    cree: { nom: string; args: unknown[]; ouNul: boolean },
  ) {
    super(
      ctx,
      resoudre,
      {
        address: { lire: (t) => t.zones.map((z) => adresseComplete(t.f.name, z)).join(",") },
        areaCount: { lire: (t) => t.zones.length },
        cellCount: { lire: (t) => t.zones.reduce((n, z) => n + nbCellules(z), 0) },
      },
      { cree },
    );
    this.areas = new RangeCollection(ctx, () => this._cible());
    this.format = this.formatParZone();
  }

  protected override _enfant(nom: string): ObjetClient<unknown> | undefined {
    return nom === "areas" ? (this.areas as ObjetClient<unknown>) : undefined;
  }

  /** `format.fill.color` / `format.font.bold` écrits sur chaque zone (lecture non modélisée). */
  private formatParZone() {
    const ctx = this.context;
    const surChaque = (nom: string, v: unknown, f: (t: CiblePlage, v: unknown) => void) =>
      ctx.enfiler({
        requete: { set: nom, v },
        executer: () => {
          const t = this._cibleObligatoire();
          for (const z of t.zones) f({ f: t.f, z }, v);
        },
      });
    const illisible = (nom: string) => () => {
      throw erreur("PropertyNotLoaded", `RangeAreas.${nom} n'est pas lisible dans l'hôte simulé.`);
    };
    const fill = Object.defineProperty({}, "color", {
      set: (v: string) => surChaque("format/fill/color", v, ecrireRemplissage),
      get: illisible("format.fill.color"),
    }) as { color: string };
    const font = Object.defineProperty({}, "bold", {
      set: (v: boolean) => surChaque("format/font/bold", v, ecrireGras),
      get: illisible("format.font.bold"),
    }) as { bold: boolean };
    return { fill, font };
  }

  select(): void {
    this.context.enfiler({
      requete: { call: "select" },
      executer: () => {
        const t = this._cibleObligatoire();
        selectionner(this.context, t.f.id, [...t.zones]);
      },
    });
  }
}
