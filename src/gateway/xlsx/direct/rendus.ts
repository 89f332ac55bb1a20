import { resoudreRemplissage } from "../../commun/couleurs";
import type { ModeleStyle } from "./styles";

/*
 * Rendu d'un style dans l'instantané (format de nombre, remplissage résolu, gras, visibilité),
 * calculé une fois par modèle de style (instantane-direct.ts).
 */

export interface Rendu {
  readonly numFmt: string;
  readonly fill: string | null;
  readonly bold: boolean;
  /** Compte dans la plage utilisée (mise en forme visible), comme `compte` d'instantane-xlsx. */
  readonly visible: boolean;
}

type Composantes = { -readonly [K in keyof ModeleStyle]: ModeleStyle[K] };

/** Styles résolus une fois par modèle (et par couple ligne × colonne pour les cellules créées). */
export class Rendus {
  private readonly parModele = new Map<ModeleStyle | null, Rendu>();
  private readonly parCouple = new Map<ModeleStyle | null, Map<ModeleStyle | null, Rendu>>();

  constructor(private readonly theme: readonly string[]) {}

  de(s: ModeleStyle | null): Rendu {
    let r = this.parModele.get(s);
    if (!r) {
      const f = s?.fill;
      r = {
        numFmt: s?.numFmt || "General",
        fill: resoudreRemplissage(f, this.theme),
        bold: s?.font?.gras === true,
        visible:
          !!s &&
          (!!(f && (f.type === "gradient" || (f.pattern && f.pattern !== "none"))) ||
            s.border?.visible === true ||
            !!(s.numFmt && s.numFmt !== "General") ||
            s.font?.gras === true ||
            s.protection?.locked === false),
      };
      this.parModele.set(s, r);
    }
    return r;
  }

  /** Cell._mergeStyle(row.style, column.style, {}) : chaque composante de la ligne, sinon de la colonne. */
  cree(ligne: ModeleStyle | null, col: ModeleStyle | null): Rendu {
    let m = this.parCouple.get(ligne);
    if (!m) this.parCouple.set(ligne, (m = new Map()));
    let r = m.get(col);
    if (!r) {
      const s: Composantes = {};
      const numFmt = ligne?.numFmt || col?.numFmt;
      if (numFmt) s.numFmt = numFmt;
      const font = ligne?.font || col?.font;
      if (font) s.font = font;
      const border = ligne?.border || col?.border;
      if (border) s.border = border;
      const fill = ligne?.fill || col?.fill;
      if (fill) s.fill = fill;
      const protection = ligne?.protection || col?.protection;
      if (protection) s.protection = protection;
      r = this.de(s);
      m.set(col, r);
    }
    return r;
  }
}
