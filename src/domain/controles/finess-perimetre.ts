import type { DiagnosticRepere } from "../classeur/modele";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import type { OngletReconnu } from "../classeur/types-onglet";
import { departement, DEPARTEMENTS } from "../valeurs/departements";
import { memoriser } from "../valeurs/memoire";

/**
 * Départements déclarés dans le classeur (Accueil, Annexe 1 hors lignes d'ESMS) : périmètre du
 * CPOM, ou son extension à plusieurs départements. Lus après un mot « département(s) »,
 * « départemental(aux) » : « Conseils départementaux de Loire-Atlantique et de la Vendée »,
 * « Départements 44 et 49 », ou un libellé « Département(s) concerné(s) » suivi, dans la cellule à
 * sa droite, d'une liste qui n'est faite que de départements.
 */

const DECLENCHEUR = /^departement(?:s|al|ale|ales|aux)?$/;
const LIAISONS = new Set(
  "de du d des la le l les et ou en s n no concerne concernee concernes concernees cpom".split(" "),
);
/** Noms normalisés en mots, les plus longs d'abord (« loire atlantique » avant « loire »). */
const NOMS = DEPARTEMENTS.map((d) => ({
  code: d.code,
  mots: normaliserTexte(d.nom).split(" "),
})).sort((a, b) => b.mots.length - a.mots.length);

interface Liste {
  readonly codes: readonly string[];
  /** Indice du premier mot non lu. */
  readonly fin: number;
}

/** Liste de départements (noms, codes, mots de liaison) à partir du mot `i`. */
function lireListe(mots: readonly string[], i: number): Liste {
  const codes: string[] = [];
  let k = i;
  while (k < mots.length) {
    const nom = NOMS.find((n) => n.mots.every((m, j) => mots[k + j] === m));
    if (nom) {
      codes.push(nom.code);
      k += nom.mots.length;
      continue;
    }
    const mot = mots[k] ?? "";
    const code = /^(?:\d{2}|2[ab]|9\d\d)$/.test(mot) ? departement(mot) : undefined;
    if (code) codes.push(code.code);
    else if (!LIAISONS.has(mot)) break;
    k++;
  }
  return { codes, fin: k };
}

interface Phrase {
  readonly codes: readonly string[];
  readonly libelle: boolean;
}

const AUCUN: Phrase = { codes: [], libelle: false };

/**
 * Départements d'une phrase ; `libelle` vrai si elle finit par « département(s) » sans liste.
 * Mémorisé par phrase (les mêmes textes reviennent d'une feuille et d'une analyse à l'autre) ; une
 * phrase sans « departement » n'a pas de déclencheur.
 */
const lirePhrase = memoriser((phrase: string): Phrase => {
  const norme = normaliserTexte(phrase, { garderNumerotation: true });
  return norme.includes("departement") ? lireMots(norme.split(" ")) : AUCUN;
});

function lireMots(mots: readonly string[]): Phrase {
  const codes: string[] = [];
  let libelle = false;
  mots.forEach((m, i) => {
    if (!DECLENCHEUR.test(m)) return;
    const l = lireListe(mots, i + 1);
    codes.push(...l.codes);
    libelle = l.codes.length === 0 && l.fin === mots.length;
  });
  return { codes, libelle };
}

function texteCellule(f: SheetSnapshot, r: number, c: number): string {
  const v = f.values[r]?.[c];
  return typeof v === "string" ? v.trim() : "";
}

function lireFeuille(f: SheetSnapshot, lignesExclues: ReadonlySet<number>, codes: Set<string>) {
  f.values.forEach((ligne, r) => {
    if (lignesExclues.has(f.origin.row + r)) return;
    ligne.forEach((_, c) => {
      const t = texteCellule(f, r, c);
      if (!t) return;
      for (const phrase of t.split(/[.;!?\n]/)) {
        const lu = lirePhrase(phrase);
        lu.codes.forEach((x) => codes.add(x));
        if (!lu.libelle) continue;
        const droite = ligne.findIndex((_v, j) => j > c && texteCellule(f, r, j) !== "");
        if (droite < 0) continue;
        const mots = normaliserTexte(texteCellule(f, r, droite)).split(" ");
        const l = lireListe(mots, 0);
        if (l.fin === mots.length) l.codes.forEach((x) => codes.add(x));
      }
    });
  });
}

/** Codes des départements déclarés (vide si aucun), dans l'ordre de lecture. */
export function departementsDeclares(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
  repere: DiagnosticRepere,
): string[] {
  const codes = new Set<string>();
  const a1 = repere.annexe1;
  for (const o of onglets) {
    if (o.type !== "accueil" && o.type !== "annexe-1") continue;
    const f = snapshot.sheets.find((s) => s.id === o.sheetId);
    if (!f) continue;
    const exclues = new Set(a1 && a1.onglet.sheetId === o.sheetId ? a1.esms.map((l) => l.row) : []);
    lireFeuille(f, exclues, codes);
  }
  return [...codes];
}
