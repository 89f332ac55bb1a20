import { estVide } from "../cellule";
import type { Champ, TableauEsms } from "../modele";
import { normaliserTexte } from "../texte";
import { definitionDe } from "./correspondance";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { COLONNES_ESMS } from "./synonymes";

/**
 * 2-B et 2-C : un ESMS par ligne et un indicateur par colonne, ou l'inverse. L'axe des ESMS est
 * celui qui porte les numéros FINESS ; les en-têtes d'indicateurs sont le texte le plus proche
 * de l'autre côté (modèle, §5.9 et §5.10).
 */

const FINESS = /^\d[\dAB]\d{7}$/;
const IDENTITE = new Set(["finess", "nom", "categorie", "commune"]);

export function estFiness(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1e7 && v < 1e9;
  return typeof v === "string" && FINESS.test(v.replace(/[\s.\-\u00a0]/g, "").toUpperCase());
}

/** Vue d'une feuille dans une orientation : `e` = axe des ESMS, `i` = axe des indicateurs. */
interface Vue {
  readonly at: (e: number, i: number) => { row: number; col: number };
  readonly eMax: number;
  readonly iMin: number;
  readonly iMax: number;
}

function vues(f: Feuille): { vue: Vue; axe: number; compte: number }[] {
  const parLigne = new Map<number, number>();
  const parColonne = new Map<number, number>();
  for (let r = f.premiereLigne; r <= f.derniereLigne; r++) {
    for (let c = f.premiereColonne; c <= f.derniereColonne; c++) {
      if (!estFiness(f.ancre(r, c).value)) continue;
      parLigne.set(r, (parLigne.get(r) ?? 0) + 1);
      parColonne.set(c, (parColonne.get(c) ?? 0) + 1);
    }
  }
  const max = (m: Map<number, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const out: { vue: Vue; axe: number; compte: number }[] = [];
  const col = max(parColonne);
  if (col)
    out.push({
      axe: col[0],
      compte: col[1],
      vue: {
        at: (e, i) => ({ row: e, col: i }),
        eMax: f.derniereLigne,
        iMin: f.premiereColonne,
        iMax: f.derniereColonne,
      },
    });
  const row = max(parLigne);
  if (row)
    out.push({
      axe: row[0],
      compte: row[1],
      vue: {
        at: (e, i) => ({ row: i, col: e }),
        eMax: f.derniereColonne,
        iMin: f.premiereLigne,
        iMax: f.derniereLigne,
      },
    });
  return out.sort((a, b) => b.compte - a.compte);
}

export function repererTableauEsms(f: Feuille, avertir: Avertir): TableauEsms {
  const [meilleure] = vues(f);
  if (!meilleure) {
    avertir(
      `${f.sheet.name} : aucun numéro FINESS trouvé ; le tableau des ESMS n'a pas été repéré.`,
    );
    return { onglet: f.onglet, esms: [] };
  }
  const { vue, axe } = meilleure;
  const cel = (e: number, i: number) => {
    const p = vue.at(e, i);
    return f.ancre(p.row, p.col);
  };
  // Premier et dernier ESMS : suite des cellules FINESS (ou non vides) le long de l'axe.
  let debut = 0;
  while (debut < vue.eMax && !estFiness(cel(debut, axe).value)) debut++;
  const entetes = new Map<number, string>();
  for (let i = vue.iMin; i <= vue.iMax; i++) {
    for (let e = debut - 1; e >= Math.max(0, debut - 3); e--) {
      const c = cel(e, i);
      if (f.estLibelle(c)) {
        entetes.set(i, String(c.value));
        break;
      }
    }
  }
  const role = (i: number) =>
    i === axe
      ? "finess"
      : definitionDe(normaliserTexte(entetes.get(i) ?? ""), COLONNES_ESMS)?.definition.cle;
  const iNom = [...entetes.keys()].find((i) => role(i) === "nom");
  const esms: { finess: string; nom: string; valeurs: Record<string, Champ> }[] = [];
  for (let e = debut; e <= vue.eMax; e++) {
    const id = cel(e, axe);
    const nomCel = iNom !== undefined ? cel(e, iNom) : undefined;
    if (estVide(id) && (!nomCel || estVide(nomCel))) break;
    if (/^total\b/.test(normaliserTexte(String(nomCel?.value ?? id.value)))) break;
    const valeurs: Record<string, Champ> = {};
    for (const [i, texte] of entetes) {
      const r = role(i);
      if (r && IDENTITE.has(r)) continue;
      const c = cel(e, i);
      valeurs[normaliserTexte(texte)] = f.champ(normaliserTexte(texte), texte, c, 1);
    }
    esms.push({
      finess: String(id.value).trim(),
      nom: String(nomCel?.value ?? "").trim(),
      valeurs,
    });
  }
  // Un en-tête sans aucune valeur ni cellule bleue en face n'est pas un indicateur (un titre).
  const utiles = new Set(
    Object.keys(esms[0]?.valeurs ?? {}).filter((k) =>
      esms.some((e) => {
        const c = e.valeurs[k];
        return c !== undefined && (c.saisie || !estVide(c.cellule));
      }),
    ),
  );
  for (const e of esms)
    for (const k of Object.keys(e.valeurs)) if (!utiles.has(k)) delete e.valeurs[k];
  if (esms.length > 0 && utiles.size === 0)
    avertir(`${f.sheet.name} : aucun en-tête d'indicateur trouvé à côté des ESMS.`);
  return { onglet: f.onglet, esms };
}
