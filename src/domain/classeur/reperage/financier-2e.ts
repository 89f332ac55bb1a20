import type { Financier2E, Tableau2E } from "../modele";
import { definitionDe } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";
import { lireMatrice } from "./financier-2e-matrice";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { LIGNES_2E, LIGNES_REQUISES_2E } from "./synonymes-2e";
import { TABLEAUX_2E } from "./synonymes";

/**
 * 2-E : six tableaux dans n'importe quel ordre, chacun repéré par son titre (une ligne de texte
 * seule) puis lu comme une matrice entre ce titre et le suivant (financier-2e-matrice.ts) : clés
 * de lignes tirées des libellés (synonymes, mot à mot), clés de colonnes tirées des en-têtes,
 * exercices en colonnes ou en lignes. Ce qui manque (un tableau, des lignes attendues) est dit
 * par `avertir`, tableau par tableau.
 */

const EXERCICE = /\b(19|20)\d{2}\b|^n( \d)?$|\bn \d\b/;

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
  return out.sort((a, b) => a.libelle.row - b.libelle.row);
}

/** « E3 » pour `e3-financier`. */
const code = (cle: string) => cle.slice(0, 2).toUpperCase();
/** Le tableau `cle` pour les avertissements : « E3 » et son nom canonique. */
const tableau2E = (cle: string) => ({
  tableau: code(cle),
  canonique: TABLEAUX_2E.find((x) => x.cle === cle)?.canonique ?? cle,
});

function lireTableau(
  f: Feuille,
  cle: string,
  titre: Libelle,
  fin: number,
  avertir: Avertir,
): Tableau2E {
  const texte = titre.texte.trim();
  const m = lireMatrice(f, LIGNES_2E[cle] ?? [], titre.zone.bottom + 1, fin - 1);
  if (!m || m.colonnes.length === 0 || m.lignes.length === 0) {
    avertir(
      rendreRepere({
        code: "financier-2e/sans-ligne",
        params: { ...tableau2E(cle), titre: texte },
      }),
    );
    return { cle, titre: texte, row: titre.row, colonnes: [], lignes: [] };
  }
  const presentes = new Set(m.lignes.map((l) => l.cle));
  const manquantes = (LIGNES_REQUISES_2E[cle] ?? []).filter((c) => !presentes.has(c));
  if (manquantes.length > 0) {
    avertir(
      rendreRepere({
        code: "financier-2e/lignes-manquantes",
        params: { ...tableau2E(cle), lignes: manquantes.join(", ") },
      }),
    );
  }
  return {
    cle,
    titre: texte,
    row: titre.row,
    colonnes: m.colonnes,
    libellesColonnes: m.libellesColonnes,
    lignes: m.lignes,
    orientation: m.orientation,
  };
}

export function reperer2E(f: Feuille, avertir: Avertir): Financier2E {
  const ts = titres(f);
  const tableaux: Record<string, Tableau2E> = {};
  ts.forEach((t, i) => {
    const fin = ts[i + 1]?.libelle.row ?? f.derniereLigne + 1;
    tableaux[t.cle] = lireTableau(f, t.cle, t.libelle, fin, avertir);
  });
  for (const d of TABLEAUX_2E) {
    if (!tableaux[d.cle])
      avertir(rendreRepere({ code: "financier-2e/tableau-absent", params: tableau2E(d.cle) }));
  }
  const source = [tableaux["e1-resultats"], tableaux["e3-financier"], tableaux["e6-frais-siege"]]
    .map((t) => t?.colonnes ?? [])
    .find((c) => c.some((x) => EXERCICE.test(x)));
  const exercices = (source ?? []).filter(
    (c) => EXERCICE.test(c) && !/\b(cumul|previsionnel|prevision)\b/.test(c),
  );
  return { onglet: f.onglet, exercices, tableaux };
}
