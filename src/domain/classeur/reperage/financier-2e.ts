import { estVide } from "../cellule";
import type { Champ, Financier2E, Ligne2E, Tableau2E } from "../modele";
import { normaliserTexte } from "../texte";
import { definitionDe, type Definition } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";
import { LIGNES_E3, LIGNES_E6 } from "./synonymes-2e-2f";
import { LIGNES_E1, LIGNES_E2, TABLEAUX_2E } from "./synonymes";

/**
 * 2-E : six tableaux repérés par leur titre (une ligne de texte seule), puis leur ligne d'en-têtes
 * (exercices ou catégories), lus jusqu'à la première ligne vide ou le titre suivant. Les valeurs
 * sont indexées par en-tête normalisé (numérotation gardée : « 2022 », « n 1 », « total »).
 */

const LIGNES: Readonly<Record<string, readonly Definition[]>> = {
  "e1-resultats": LIGNES_E1,
  "e2-reserves": LIGNES_E2,
  "e3-financier": LIGNES_E3,
  "e6-frais-siege": LIGNES_E6,
};
/** En-têtes de colonnes descriptives (pas des valeurs). */
const HORS_VALEURS = /^(code|libelle|intitule|rubrique|comptes?( indicatifs)?|lignes?)$/;
const CODE = /^[BCPR]\d{1,2}$/;
const EXERCICE = /\b(19|20)\d{2}\b|^n( \d)?$|\bn \d\b/;

const norm = (t: string) => normaliserTexte(t, { garderNumerotation: true });
const slug = (t: string) => normaliserTexte(t).replace(/ /g, "-").slice(0, 60);

/** Un titre : une ligne qui ne porte qu'un seul libellé, sans bleu ni nombre. */
function estTitre(f: Feuille, l: Libelle): boolean {
  if (f.libellesLigne(l.row).length !== 1) return false;
  if (f.bleuesLigne(l.row).length > 0) return false;
  for (let col = f.premiereColonne; col <= f.derniereColonne; col++) {
    if (typeof f.ancre(l.row, col).value === "number") return false;
  }
  return true;
}

function titres(f: Feuille): { cle: string; libelle: Libelle }[] {
  const vus = new Set<string>();
  const out: { cle: string; libelle: Libelle }[] = [];
  for (const l of f.libelles()) {
    if (!estTitre(f, l)) continue;
    const d = definitionDe(l.norm, TABLEAUX_2E);
    if (!d || d.confiance < 0.7 || vus.has(d.definition.cle)) continue;
    vus.add(d.definition.cle);
    out.push({ cle: d.definition.cle, libelle: l });
  }
  return out;
}

function cleLigne(
  f: Feuille,
  row: number,
  l: Libelle,
  tableau: string,
): { cle: string; confiance: number } {
  const code = f.libellesLigne(row).find((x) => CODE.test(x.texte.trim()));
  if (code && tableau === "e3-financier")
    return { cle: code.texte.trim().toUpperCase(), confiance: 1 };
  if (/^total\b/.test(l.norm)) return { cle: "total", confiance: 1 };
  const defs = LIGNES[tableau];
  const d = defs ? definitionDe(l.norm, defs) : undefined;
  return d
    ? { cle: d.definition.cle, confiance: d.confiance }
    : { cle: slug(l.texte), confiance: 0.5 };
}

function lireTableau(
  f: Feuille,
  cle: string,
  titre: Libelle,
  fin: number,
  avertir: Avertir,
): Tableau2E {
  let row = titre.zone.bottom + 1;
  while (row < fin && f.libellesLigne(row).length < 2) row++;
  const entetes = f.libellesLigne(row);
  const premiere = entetes[0];
  const colonnes = entetes.slice(1).filter((l) => !HORS_VALEURS.test(l.norm));
  const lignes: Ligne2E[] = [];
  if (!premiere || colonnes.length === 0) {
    avertir(
      `2-E : le tableau « ${titre.texte.trim()} » n'a pas de ligne d'en-têtes reconnaissable.`,
    );
    return { cle, titre: titre.texte.trim(), row: titre.row, colonnes: [], lignes };
  }
  const bas = Math.max(...entetes.map((e) => e.zone.bottom));
  for (let r = bas + 1; r < fin; r++) {
    if (f.ligneVide(r, premiere.zone.left, f.derniereColonne)) break;
    const libs = f
      .libellesLigne(r)
      .filter((l) => l.zone.right < (colonnes[0]?.zone.left ?? Infinity));
    const l = libs.find((x) => !CODE.test(x.texte.trim())) ?? libs[0];
    if (!l) continue;
    const { cle: cl, confiance } = cleLigne(f, r, l, cle);
    const valeurs: Record<string, Champ> = {};
    for (const c of colonnes) {
      const cel = f.ancre(r, c.zone.left);
      valeurs[norm(c.texte)] = f.champ(cl, l.texte.trim(), cel, confiance);
    }
    // Ligne sans valeur, ni saisie, ni calcul (une formule qui renvoie "" reste un calcul).
    if (Object.values(valeurs).every((v) => estVide(v.cellule) && !v.saisie && !v.cellule.formula))
      continue;
    lignes.push({ cle: cl, libelle: l.texte.trim(), row: r, valeurs });
  }
  return {
    cle,
    titre: titre.texte.trim(),
    row: titre.row,
    colonnes: colonnes.map((c) => norm(c.texte)),
    libellesColonnes: colonnes.map((c) => c.texte.trim()),
    lignes,
  };
}

export function reperer2E(f: Feuille, avertir: Avertir): Financier2E {
  const ts = titres(f).sort((a, b) => a.libelle.row - b.libelle.row);
  const tableaux: Record<string, Tableau2E> = {};
  ts.forEach((t, i) => {
    const fin = ts[i + 1]?.libelle.row ?? f.derniereLigne + 1;
    tableaux[t.cle] = lireTableau(f, t.cle, t.libelle, fin, avertir);
  });
  for (const d of TABLEAUX_2E) {
    if (!tableaux[d.cle]) avertir(`2-E : tableau « ${d.canonique} » non trouvé (titre attendu).`);
  }
  const source = tableaux["e1-resultats"] ?? tableaux["e3-financier"];
  const exercices = (source?.colonnes ?? []).filter(
    (c) => EXERCICE.test(c) && !/\bcumul\b/.test(c),
  );
  return { onglet: f.onglet, exercices, tableaux };
}
