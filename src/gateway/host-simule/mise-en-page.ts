import { COLONNES_MAX, lireAdresse } from "./adresses";
import type { ContexteBase } from "./contexte";
import { erreur } from "./erreurs";
import type { FeuilleModele, MiseEnPageModele } from "./modele";
import { type DefPropriete, enfilerAppel, ObjetClient } from "./objet-client";
import { Range } from "./plage";

/**
 * `Excel.PageLayout` (ExcelApi 1.9) : orientation, papier, zoom (échelle ou ajustement en pages),
 * marges en points, centrage, lignes de titres. Valeurs vérifiées comme Excel (`InvalidArgument`) ;
 * lecture seulement après `load` + `sync`, comme les autres objets de l'hôte.
 */

const PAPIERS = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"];
const MARGES = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;

/** Valeurs par défaut d'une feuille neuve (Excel, modèle « Letter » ; marges « Normales »). */
export const miseEnPageParDefaut = (): MiseEnPageModele => ({
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  centerHorizontally: false,
  printTitleRows: null,
});

const modele = (f: FeuilleModele) => (f.miseEnPage ??= miseEnPageParDefaut());

const entier = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;

function lireZoom(v: unknown): MiseEnPageModele["zoom"] {
  const z = (v ?? {}) as Record<string, unknown>;
  const cles = Object.keys(z);
  const pages = ["horizontalFitToPages", "verticalFitToPages"];
  const invalide = () =>
    erreur("InvalidArgument", `Zoom d'impression invalide : ${JSON.stringify(v)}.`);
  if (typeof v !== "object" || v === null || cles.length === 0) throw invalide();
  if (cles.some((k) => k !== "scale" && !pages.includes(k))) throw invalide();
  if ("scale" in z) {
    const s = z.scale;
    if (cles.length > 1 || typeof s !== "number" || s < 10 || s > 400) throw invalide();
    return { scale: s };
  }
  if (!cles.every((k) => entier(z[k]))) throw invalide();
  return Object.fromEntries(cles.map((k) => [k, z[k] as number]));
}

function marge(nom: (typeof MARGES)[number]): DefPropriete<FeuilleModele> {
  return {
    lire: (f) => modele(f)[nom],
    ecrire: (f, v) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw erreur("InvalidArgument", `Marge invalide (${nom}) : ${String(v)}.`);
      modele(f)[nom] = v;
    },
  };
}

const PROPRIETES: Readonly<Record<string, DefPropriete<FeuilleModele>>> = {
  orientation: {
    lire: (f) => modele(f).orientation,
    ecrire: (f, v) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw erreur("InvalidArgument", `Orientation invalide : ${String(v)}.`);
      modele(f).orientation = v;
    },
  },
  paperSize: {
    lire: (f) => modele(f).paperSize,
    ecrire: (f, v) => {
      if (typeof v !== "string" || !PAPIERS.includes(v))
        throw erreur("InvalidArgument", `Format de papier invalide : ${String(v)}.`);
      modele(f).paperSize = v;
    },
  },
  zoom: {
    lire: (f) => ({ ...modele(f).zoom }),
    ecrire: (f, v) => void (modele(f).zoom = lireZoom(v)),
  },
  centerHorizontally: {
    lire: (f) => modele(f).centerHorizontally,
    ecrire: (f, v) => void (modele(f).centerHorizontally = v === true),
  },
  ...Object.fromEntries(MARGES.map((m) => [m, marge(m)])),
};

export class PageLayout extends ObjetClient<FeuilleModele> {
  constructor(ctx: ContexteBase, feuille: () => FeuilleModele | null) {
    super(ctx, feuille, PROPRIETES);
  }

  /** « $1:$4 » (lignes entières) ; une plage en argument n'est pas simulée. */
  setPrintTitleRows(adresse: string): void {
    enfilerAppel(this.context, "setPrintTitleRows", [adresse], () => {
      const { zone } = lireAdresse(String(adresse));
      if (zone.left !== 0 || zone.right !== COLONNES_MAX - 1)
        throw erreur("InvalidArgument", `Lignes de titres invalides : « ${adresse} ».`);
      modele(this._cibleObligatoire()).printTitleRows = zone;
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    return new Range(
      this.context,
      () => {
        const f = this._cible();
        const z = f?.miseEnPage?.printTitleRows;
        return f && z ? { f, z } : null;
      },
      { nom: "getPrintTitleRowsOrNullObject", args: [], ouNul: true },
    );
  }
}
