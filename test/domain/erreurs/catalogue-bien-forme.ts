import { interpoler, type Catalogue } from "../../../src/domain/erreurs";

/**
 * La vérification commune des catalogues de messages (ADR 0015), pour chaque zone : chaque code
 * est bien formé (`zone/cas`), chaque gabarit est un texte non vide dont tout « {{ » est un
 * paramètre bien formé, et aucun n'en reste après rendu.
 */
export function verifierCatalogues(catalogues: readonly [string, Catalogue][]): void {
  describe.each<[string, Catalogue]>([...catalogues])("catalogue %s", (_zone, catalogue) => {
    it.each(Object.keys(catalogue))("« %s » : code stable, texte français bien formé", (code) => {
      expect(code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      const texte = catalogue[code] ?? "";
      expect(texte.trim()).not.toBe("");
      const params = Object.fromEntries(
        [...texte.matchAll(/\{\{([a-zA-Z0-9]+)/g)].map((m) => [m[1] ?? "", 2]),
      );
      expect(interpoler(texte, params)).not.toMatch(/\{\{|\}\}/);
    });
  });
}
