import { adresseA1 } from "../adresse";
import type { Cellule } from "../cellule";
import type { Colonne2D, Complementaires2D, Indicateur2D } from "../modele";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";

/**
 * 2-D : un bloc par indicateur — intitulé, ligne « Numérateur », ligne « Dénominateur » (cellules
 * bleues), ligne « Taux » (formule) ; une colonne par périmètre, dont l'en-tête est le libellé le
 * plus proche au-dessus. Variante en tableau (colonnes « Numérateur », « Dénominateur ») acceptée.
 */

const NUM = /^(numerateur|num)\b/;
const DEN = /^(denominateur|denom)\b/;
const TAUX = /^(taux|ratio|resultat|pourcentage)\b/;
const PAS_INTITULE = /^(indicateurs?|intitule|perimetre|esms|etablissement|annexe)$/;

/** Texte explicatif d'un terme : après « : » dans le libellé, sinon le texte suivant dans la ligne. */
function explication(f: Feuille, l: Libelle, premiereValeur: number): string {
  const i = l.texte.indexOf(":");
  if (i >= 0 && l.texte.slice(i + 1).trim()) return l.texte.slice(i + 1).trim();
  const suivant = f.libellesLigne(l.row).find((x) => x.col > l.col && x.col < premiereValeur);
  return suivant?.texte.trim() ?? "";
}

function intitule(f: Feuille, num: Libelle, depuis: number): string {
  const aGauche = f
    .libelles()
    .find((x) => x.zone.right < num.col && x.zone.top <= num.row && x.zone.bottom >= num.row);
  if (aGauche) return aGauche.texte.trim();
  for (let row = num.row - 1; row >= depuis; row--) {
    const l = f
      .libellesLigne(row)
      .find((x) => x.zone.left <= num.zone.right && !PAS_INTITULE.test(x.norm));
    if (l) return l.texte.trim();
  }
  return "";
}

function perimetre(f: Feuille, num: Libelle, c: Cellule, seule: boolean): string {
  for (let row = num.row - 1; row >= f.premiereLigne; row--) {
    const l = f
      .libellesLigne(row)
      .find((x) => x.zone.left > num.zone.right && x.zone.left <= c.col && x.zone.right >= c.col);
    if (l) return l.texte.trim();
  }
  return seule ? "Organisme" : `Colonne ${adresseA1(0, c.col).replace(/\d+$/, "")}`;
}

function bloc(
  f: Feuille,
  num: Libelle,
  depuis: number,
  avertir: Avertir,
): { ind?: Indicateur2D; fin: number } {
  const den = [1, 2, 3]
    .map((k) => f.libellesLigne(num.row + k).find((x) => DEN.test(x.norm)))
    .find((x) => x);
  const titre = intitule(f, num, depuis);
  if (!den) {
    avertir(
      `2-D : l'indicateur « ${titre || "sans intitulé"} » a un numérateur (ligne ${num.row + 1}) mais pas de ligne « Dénominateur » juste dessous.`,
    );
    return { fin: num.row + 1 };
  }
  const cellules = f.bleuesLigne(num.row, num.zone.right + 1);
  const ligneTaux = [1, 2]
    .map((k) => den.row + k)
    .find(
      (r) =>
        f.libellesLigne(r).some((x) => TAUX.test(x.norm)) ||
        cellules.some((c) => f.ancre(r, c.col).formula),
    );
  const colonnes: Colonne2D[] = cellules.map((c) => {
    const cDen = f.ancre(den.row, c.col);
    const cTaux = ligneTaux !== undefined ? f.ancre(ligneTaux, c.col) : undefined;
    return {
      perimetre: perimetre(f, num, c, cellules.length === 1),
      numerateur: f.champ("numerateur", num.texte, c, 1),
      denominateur: f.champ("denominateur", den.texte, cDen, f.estBleue(cDen) ? 1 : 0.5),
      ...(cTaux && (cTaux.type !== "Empty" || cTaux.formula)
        ? { taux: f.champ("taux", "Taux", cTaux, 1) }
        : {}),
    };
  });
  if (colonnes.length === 0)
    avertir(`2-D : l'indicateur « ${titre} » n'a aucune cellule bleue de numérateur.`);
  const premiere = cellules[0]?.col ?? f.derniereColonne + 1;
  return {
    ind: {
      intitule: titre,
      row: num.row,
      libelleNumerateur: explication(f, num, premiere),
      libelleDenominateur: explication(f, den, premiere),
      colonnes,
    },
    fin: (ligneTaux ?? den.row) + 1,
  };
}

export function reperer2D(f: Feuille, avertir: Avertir): Complementaires2D {
  const indicateurs: Indicateur2D[] = [];
  let depuis = f.premiereLigne;
  const nums = f.libelles().filter((l) => NUM.test(l.norm));
  const enTete = nums.find((n) => f.libellesLigne(n.row).some((x) => x !== n && DEN.test(x.norm)));
  if (enTete) return { onglet: f.onglet, indicateurs: enTableau(f, enTete) };
  for (const num of nums) {
    const { ind, fin } = bloc(f, num, depuis, avertir);
    if (ind) indicateurs.push(ind);
    depuis = fin;
  }
  if (indicateurs.length === 0)
    avertir("2-D : aucun indicateur trouvé (lignes « Numérateur » et « Dénominateur »).");
  return { onglet: f.onglet, indicateurs };
}

/** Variante : une ligne par indicateur, colonnes « Numérateur », « Dénominateur », « Taux ». */
function enTableau(f: Feuille, num: Libelle): Indicateur2D[] {
  const entetes = f.libellesLigne(num.row);
  const den = entetes.find((x) => DEN.test(x.norm)) as Libelle;
  const taux = entetes.find((x) => TAUX.test(x.norm));
  const out: Indicateur2D[] = [];
  for (let row = Math.max(num.zone.bottom, den.zone.bottom) + 1; row <= f.derniereLigne; row++) {
    if (f.ligneVide(row)) break;
    const l = f.libellesLigne(row)[0];
    const n = f.ancre(row, num.col);
    const d = f.ancre(row, den.col);
    if (!l || !f.estBleue(n)) continue;
    const t = taux ? f.ancre(row, taux.col) : undefined;
    out.push({
      intitule: l.texte.trim(),
      row,
      libelleNumerateur: "",
      libelleDenominateur: "",
      colonnes: [
        {
          perimetre: "Organisme",
          numerateur: f.champ("numerateur", num.texte, n, 1),
          denominateur: f.champ("denominateur", den.texte, d, 1),
          ...(t && (t.type !== "Empty" || t.formula)
            ? { taux: f.champ("taux", taux?.texte ?? "Taux", t, 1) }
            : {}),
        },
      ],
    });
  }
  return out;
}
