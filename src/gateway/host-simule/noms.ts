import { Collection } from "./collection";
import type { ContexteBase } from "./contexte";
import { ObjetClient } from "./objet-client";

/**
 * `workbook.names` (ExcelApi 1.1 ; `formula` 1.7) en lecture : les noms définis passés en option
 * `noms` de l'hôte (nom → définition « 'Feuille'!$B$2:$B$5 »). Noms de portée classeur seulement ;
 * ni `add` ni `delete` (le complément n'en crée pas).
 */
interface NomModele {
  readonly nom: string;
  readonly definition: string;
}

const REFERENCE =
  /^(?:(?:'(?:[^']|'')+'|[^!'=]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

class NamedItem extends ObjetClient<NomModele> {
  constructor(
    ctx: ContexteBase,
    resoudre: () => NomModele | null,
    cree?: { nom: string; args: unknown[]; ouNul: boolean },
  ) {
    const sans = (d: string) => d.replace(/^=/, "");
    super(
      ctx,
      resoudre,
      {
        name: { lire: (x) => x.nom },
        type: { lire: (x) => (REFERENCE.test(sans(x.definition)) ? "Range" : "String") },
        formula: { lire: (x) => `=${sans(x.definition)}` },
        value: { lire: (x) => sans(x.definition) },
        visible: { lire: () => true },
        scope: { lire: () => "Workbook" },
      },
      cree ? { cree } : {},
    );
  }
}

export class NamedItemCollection extends Collection<readonly NomModele[], NamedItem> {
  constructor(ctx: ContexteBase) {
    super(ctx, () => noms(ctx), {});
  }
  protected elements(t: readonly NomModele[]): NamedItem[] {
    return t.map((n) => new NamedItem(this.context, () => n));
  }
  getItemOrNullObject(nom: string): NamedItem {
    const trouver = () => noms(this.context).find((n) => n.nom.toLowerCase() === nom.toLowerCase());
    return new NamedItem(this.context, () => trouver() ?? null, {
      nom: "names.getItemOrNullObject",
      args: [nom],
      ouNul: true,
    });
  }
}

function noms(ctx: ContexteBase): NomModele[] {
  return Object.entries(ctx.hote.options.noms ?? {}).map(([nom, definition]) => ({
    nom,
    definition,
  }));
}
