import type { CellRange } from "../snapshot";
import type { Creton2F, LigneCreton, ModeAccueil, OrientationCreton } from "../modele";
import { definitionDe } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";
import { MODES_2F, ORIENTATIONS_2F } from "./synonymes-2e-2f";
import { COLONNES_ESMS } from "./synonymes";
import { celluleSous, lireLignes } from "./tableau";

/**
 * 2-F : grille ESMS × mode d'accueil × orientation. Ligne d'en-têtes des orientations (ESAT, MAS,
 * FAM, foyer de vie…), groupes « Internat » / « Semi-internat » au-dessus (fusions), colonnes
 * FINESS et nom à gauche, colonne « Total » à droite ; lignes lues jusqu'à la ligne « Total ».
 */

interface ColonneCreton {
  readonly zone: CellRange;
  readonly mode: ModeAccueil;
  readonly orientation: OrientationCreton;
  readonly libelle: string;
  readonly confiance: number;
}

const orientationDe = (l: Libelle) => {
  const d = definitionDe(l.norm, ORIENTATIONS_2F);
  return d && d.confiance >= 0.7 ? d : undefined;
};

function modeDe(f: Feuille, l: Libelle, row: number): ModeAccueil | undefined {
  const propre = definitionDe(l.norm, MODES_2F);
  if (propre) return propre.definition.cle as ModeAccueil;
  for (const r of [row - 1, row - 2]) {
    const groupes = f.libellesLigne(r).filter((x) => definitionDe(x.norm, MODES_2F));
    const couvrant = groupes.find((x) => x.zone.left <= l.col && x.zone.right >= l.col);
    const aGauche = groupes.filter((x) => x.zone.left <= l.col).at(-1);
    const g = couvrant ?? aGauche;
    if (g) return definitionDe(g.norm, MODES_2F)?.definition.cle as ModeAccueil;
  }
  return undefined;
}

export function reperer2F(f: Feuille, avertir: Avertir): Creton2F {
  let row = f.premiereLigne;
  for (; row <= f.derniereLigne; row++) {
    if (f.libellesLigne(row).filter((l) => orientationDe(l)).length >= 2) break;
  }
  if (row > f.derniereLigne) {
    avertir("2-F : ligne d'en-têtes des orientations (ESAT, MAS, FAM, foyer de vie) non trouvée.");
    return { onglet: f.onglet, lignes: [] };
  }
  const colonnes: ColonneCreton[] = [];
  for (const l of f.libellesLigne(row)) {
    const o = orientationDe(l);
    if (!o) continue;
    const mode = modeDe(f, l, row);
    if (!mode) {
      avertir(
        `2-F : la colonne « ${l.texte.trim()} » n'est rattachée à aucun mode d'accueil (internat / semi-internat).`,
      );
      continue;
    }
    colonnes.push({
      zone: l.zone,
      mode,
      orientation: o.definition.cle as OrientationCreton,
      libelle: l.texte.trim(),
      confiance: o.confiance,
    });
  }
  const enTete = [row - 2, row - 1, row].flatMap((r) => f.libellesLigne(r));
  const premiere = Math.min(...colonnes.map((c) => c.zone.left));
  const identite = (cle: string) =>
    enTete.find(
      (l) => l.zone.right < premiere && definitionDe(l.norm, COLONNES_ESMS)?.definition.cle === cle,
    );
  const finess = identite("finess");
  const nom = identite("nom");
  const total = enTete
    .filter((l) => /^total( general)?$/.test(l.norm) && l.zone.left > premiere)
    .at(-1);
  const gauche = Math.min(premiere, finess?.zone.left ?? Infinity, nom?.zone.left ?? Infinity);
  const droite = Math.max(...colonnes.map((c) => c.zone.right), total?.zone.right ?? -1);
  const bas = Math.max(...f.libellesLigne(row).map((l) => l.zone.bottom));
  const lire = (r: number): LigneCreton => ({
    row: r,
    ...(finess
      ? { finess: f.champ("finess", finess.texte, celluleSous(f, r, finess.zone), 1) }
      : {}),
    ...(nom ? { nom: f.champ("nom", nom.texte, celluleSous(f, r, nom.zone), 1) } : {}),
    valeurs: colonnes.map((c) => ({
      mode: c.mode,
      orientation: c.orientation,
      champ: f.champ(
        `${c.mode}.${c.orientation}`,
        c.libelle,
        celluleSous(f, r, c.zone),
        c.confiance,
      ),
    })),
    ...(total ? { total: f.champ("total", total.texte, f.ancre(r, total.zone.left), 1) } : {}),
  });
  const lues = lireLignes(f, { bas, gauche, droite });
  if (lues.lignes.length === 0) avertir("2-F : aucune ligne d'établissement sous les en-têtes.");
  return {
    onglet: f.onglet,
    lignes: lues.lignes.map(lire),
    ...(lues.total !== undefined ? { total: lire(lues.total) } : {}),
  };
}
