import type { Champ, TableauEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { formaterValeur } from "../indicateurs/format";
import { lireEntree } from "../indicateurs/lecture";

/**
 * Outil partagé des familles `flash` et `departementaux` : les parts et taux d'un tableau d'ESMS
 * (2-B, 2-G) hors de leurs bornes. Une proportion est reconnue à son libellé (« Part… », « Taux… »,
 * « Pourcentage… ») ou à son format « % » ; sa valeur est une fraction si la cellule est au format
 * « % » (ou vaut au plus 1 en valeur absolue), sinon des points de % (95,8 → 0,958).
 */

export interface TauxHorsBornes {
  readonly nom: string;
  readonly indicateur: string;
  readonly valeur: string;
  readonly champ: Champ;
}

const PROPORTION = /^(part|taux|pourcentage|proportion)\b/;

function fraction(champ: Champ): number | null {
  const v = lireEntree(champ).valeur;
  if (v === null) return null;
  const pourcent = champ.cellule.numberFormat.includes("%");
  return pourcent || Math.abs(v) <= 1 ? v : v / 100;
}

/** `bornes(libelle normalisé)` : [min, max] en fraction, ou `null` si ce n'est pas une proportion bornée. */
export function tauxHorsBornes(
  t: TableauEsms | undefined,
  bornes: (norm: string) => readonly [number, number] | null,
): TauxHorsBornes[] {
  const out: TauxHorsBornes[] = [];
  for (const e of t?.esms ?? []) {
    for (const [cle, champ] of Object.entries(e.valeurs)) {
      if (!champ) continue;
      const norm = normaliserTexte(champ.libelle || cle);
      const dernier = normaliserTexte(champ.libelle.split(" — ").pop() ?? cle);
      const proportion =
        PROPORTION.test(dernier) ||
        PROPORTION.test(norm) ||
        champ.cellule.numberFormat.includes("%");
      const b = proportion ? bornes(dernier) : null;
      const x = b ? fraction(champ) : null;
      if (!b || x === null || (x >= b[0] && x <= b[1])) continue;
      out.push({
        nom: e.nom || e.finess || "ESMS sans nom",
        indicateur: champ.libelle.split(" — ").pop() ?? cle,
        valeur: formaterValeur(x, "%"),
        champ,
      });
    }
  }
  return out;
}
