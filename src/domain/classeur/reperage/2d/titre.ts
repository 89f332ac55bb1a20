import type { Location } from "../../snapshot";
import type { Vue } from "../../tableaux/vue";
import type { Libelle } from "../feuille";
import type { Paire2D } from "./paires";
import { apresDeuxPoints, role2D } from "./roles";

/**
 * 2-D : intitulé d'un bloc et explications de ses termes, cherchés comme une personne les lit :
 * l'en-tête de groupe au-dessus de la paire, un libellé aligné sur les termes dans les lignes qui
 * précèdent (« Indicateur 3 — … », « Numérateur : … » en italique), sinon le libellé libre le plus
 * proche avant le numérateur sur la ligne d'en-têtes (tableau transposé).
 */

export interface Titre2D {
  readonly texte: string;
  readonly location?: Location;
  readonly explications: { numerateur: string; denominateur: string };
  /** Libellés lus comme explications des termes (« Numérateur : … » hors de la paire). */
  readonly utilises: readonly Libelle[];
}

/** Lignes remontées au plus au-dessus de la ligne d'en-têtes. */
const REMONTEE = 8;

const ici = (v: Vue, l: Libelle): Location => ({
  sheetId: v.f.sheet.id,
  sheetName: v.f.sheet.name,
  row: l.row,
  col: l.col,
});

export function titreDePaire(v: Vue, p: Paire2D): Titre2D {
  const explications = {
    numerateur: apresDeuxPoints(p.numerateur.libelle.texte),
    denominateur: apresDeuxPoints(p.denominateur.libelle.texte),
  };
  const utilises: Libelle[] = [];
  const fin = p.taux ?? p.denominateur;
  const aligne = (l: Libelle, m0: number, m1: number) => {
    const z = v.etendue(l.zone);
    return z.m0 <= m1 && z.m1 >= m0;
  };
  let dessus: Libelle | undefined;
  for (let e = p.e - 1; e >= Math.max(v.eMin, p.e - REMONTEE) && !dessus; e--) {
    const valeur = Array.from(
      { length: fin.m1 - p.numerateur.m0 + 1 },
      (_, k) => p.numerateur.m0 + k,
    ).some((m) => {
      const t = v.type(e, m);
      return t === "saisie" || t === "incertaine" || t === "pre-rempli" || t === "calcul";
    });
    if (valeur) break;
    for (const l of v.libellesEn(e)) {
      if (!aligne(l, p.numerateur.m0, fin.m1)) continue;
      const r = role2D(l.norm);
      if (r === "numerateur" || r === "denominateur") {
        if (!explications[r]) explications[r] = apresDeuxPoints(l.texte) || l.texte;
        utilises.push(l);
        continue;
      }
      dessus = l;
      break;
    }
  }
  const choisi = p.groupe ?? dessus ?? p.libres[0]?.libelle;
  return {
    texte: choisi?.texte.trim() ?? "",
    ...(choisi ? { location: ici(v, choisi) } : {}),
    explications,
    utilises,
  };
}
