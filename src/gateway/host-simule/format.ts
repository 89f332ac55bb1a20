import type { ContexteBase } from "./contexte";
import { type CiblePlage, pourChaque, uniforme, verifierEcriture } from "./cellules";
import { erreur } from "./erreurs";
import type { Cellule } from "./modele";
import { type DefPropriete, enfilerAppel, ObjetClient } from "./objet-client";

const NOMS_COULEURS: Record<string, string> = {
  white: "#FFFFFF", black: "#000000", red: "#FF0000", green: "#008000", blue: "#0000FF",
  yellow: "#FFFF00", orange: "#FFA500", gray: "#808080", grey: "#808080",
}; // prettier-ignore

/** « #ddebf7 », « DDEBF7 », « yellow » → « #DDEBF7 » ; sinon `InvalidArgument`. */
export function normaliserCouleur(v: unknown): string {
  const s = String(v ?? "").trim();
  const nom = NOMS_COULEURS[s.toLowerCase()];
  if (nom) return nom;
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(s);
  if (!m?.[1]) throw erreur("InvalidArgument", `Couleur invalide : « ${s} ».`);
  return `#${m[1].toUpperCase()}`;
}

/** Écriture de format : refusée sur feuille protégée, appliquée à chaque cellule. */
const ecrireFormat = (f: (c: Cellule, v: unknown) => void) => (cible: CiblePlage, v: unknown) => {
  verifierEcriture(cible, true);
  pourChaque(cible, (c) => f(c, v));
};

const autre = (nom: string): DefPropriete<CiblePlage> => ({
  lire: (t) => uniforme(t, (c) => (c.autres?.[nom] as unknown) ?? null),
  ecrire: ecrireFormat((c, v) => (c.autres = { ...c.autres, [nom]: v })),
});

/** Écritures directes (utilisées aussi par `RangeAreas`, zone par zone). */
export const ecrireRemplissage = ecrireFormat(
  (c, v) => (c.fill = { color: normaliserCouleur(v), tintAndShade: 0, pattern: "Solid" }),
);
export const ecrireGras = ecrireFormat((c, v) => (c.bold = v === true));

class RangeFill extends ObjetClient<CiblePlage> {
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    super(ctx, cible, {
      color: {
        lire: (t) => uniforme(t, (c) => c.fill?.color ?? "#FFFFFF"),
        ecrire: ecrireRemplissage,
      },
      tintAndShade: { lire: (t) => uniforme(t, (c) => c.fill?.tintAndShade ?? null) },
      pattern: { lire: (t) => uniforme(t, (c) => c.fill?.pattern ?? "None") },
    });
  }
  clear(): void {
    enfilerAppel(this.context, "fill.clear", [], () => {
      ecrireFormat((c) => (c.fill = null))(this._cibleObligatoire(), null);
    });
  }
}

class RangeFont extends ObjetClient<CiblePlage> {
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    super(ctx, cible, {
      bold: {
        lire: (t) => uniforme(t, (c) => c.bold),
        ecrire: ecrireGras,
      },
      italic: autre("italic"),
      color: autre("fontColor"),
      size: autre("fontSize"),
      name: autre("fontName"),
    });
  }
}

class FormatProtection extends ObjetClient<CiblePlage> {
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    super(ctx, cible, {
      locked: {
        lire: (t) => uniforme(t, (c) => c.locked),
        ecrire: ecrireFormat((c, v) => (c.locked = v !== false)),
      },
    });
  }
}

class Bordure extends ObjetClient<CiblePlage> {
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null, cote: string) {
    super(ctx, cible, {
      style: autre(`border${cote}`),
      weight: autre(`borderWeight${cote}`),
      color: autre(`borderColor${cote}`),
    });
  }
}

class Bordures {
  constructor(
    private readonly ctx: ContexteBase,
    private readonly cible: () => CiblePlage | null,
  ) {}
  getItem(cote: string): Bordure {
    return new Bordure(this.ctx, this.cible, cote);
  }
}

/** `range.format` : remplissage, police, protection, largeurs, alignements. */
export class RangeFormat extends ObjetClient<CiblePlage> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly protection: FormatProtection;
  readonly borders: Bordures;
  constructor(ctx: ContexteBase, cible: () => CiblePlage | null) {
    super(ctx, cible, {
      columnWidth: {
        lire: ({ f, z }) => {
          const l = new Set<number>();
          for (let c = z.left; c <= z.right && l.size < 2; c++) l.add(f.colonnes.get(c) ?? 48);
          return l.size === 1 ? [...l][0] : null;
        },
        ecrire: (t, v) => {
          verifierEcriture(t, true);
          for (let c = t.z.left; c <= t.z.right; c++) t.f.colonnes.set(c, Number(v));
        },
      },
      rowHeight: {
        lire: ({ f, z }) => {
          const h = new Set<number>();
          for (let r = z.top; r <= z.bottom && h.size < 2; r++) h.add(f.lignes.get(r) ?? 15);
          return h.size === 1 ? [...h][0] : null;
        },
        ecrire: (t, v) => {
          verifierEcriture(t, true);
          for (let r = t.z.top; r <= t.z.bottom; r++) t.f.lignes.set(r, Number(v));
        },
      },
      wrapText: autre("wrapText"),
      horizontalAlignment: autre("horizontalAlignment"),
      verticalAlignment: autre("verticalAlignment"),
    });
    this.fill = new RangeFill(ctx, cible);
    this.font = new RangeFont(ctx, cible);
    this.protection = new FormatProtection(ctx, cible);
    this.borders = new Bordures(ctx, cible);
  }
  protected override _enfant(nom: string): ObjetClient<unknown> | undefined {
    const e: Record<string, ObjetClient<CiblePlage>> = {
      fill: this.fill,
      font: this.font,
      protection: this.protection,
    };
    return e[nom] as ObjetClient<unknown> | undefined;
  }
}
