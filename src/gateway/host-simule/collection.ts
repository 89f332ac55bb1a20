import { erreur } from "./erreurs";
import { ObjetClient } from "./objet-client";

/** Collection chargée par `load("items/…")` ; `items` illisible avant. */
export abstract class Collection<T, I extends ObjetClient<unknown>> extends ObjetClient<T> {
  private _items: I[] | undefined;
  protected abstract elements(t: T): I[];
  get items(): I[] {
    if (!this._items)
      throw erreur("PropertyNotLoaded", 'items n\'est pas chargé : load("items/…") puis sync.');
    return this._items;
  }
  override _chargerChemins(paths: readonly string[] | undefined): Record<string, unknown> {
    const t = this._cibleObligatoire();
    const sous = (paths ?? []).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    const items = this.elements(t);
    const frag = items.map((i) => i._chargerChemins(sous.length ? sous : undefined));
    this.context.valider(() => (this._items = items));
    return { items: frag };
  }
}
