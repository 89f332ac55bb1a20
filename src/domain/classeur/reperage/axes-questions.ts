import type { Cellule } from "../cellule";
import type { Champ, Question, TypeQuestion } from "../modele";
import { normaliserTexte } from "../texte";
import type { Feuille, Libelle } from "./feuille";

/**
 * Questions d'une thématique d'axe (modèle §5.3, variantes §7) : un libellé suivi de cellules de
 * saisie (liste dans une fusion, nombre, date, texte), une question à cases dont les items
 * (« ☐ item », ou libellés en retrait) ont chacun leur cellule liée sur les lignes suivantes, et
 * les lignes « Indicateur mobilisable » (formule ou pré-rempli vers 2-B / 2-C / 2-D).
 */

const BOOLEENS = new Set(["vrai", "faux", "true", "false", "oui non", "x"]);
/** Item de case à cocher écrit en texte : « ☐ item », « □ item », « [ ] item ». */
const ITEM = /^\s*(?:[☐□■☑☒✓✔❏❑]|\[\s?[xX]?\s?\])\s*/;
const MOBILISABLE = /^indicateurs? mobilisables?\b/;
/** Code de question d'une colonne de codes visible (« Q1.2 », « E2.1.3 », « T4 ») : pas un libellé. */
const CODE = /^[a-z]{0,3}\s?\d+(?:[.-]\d+)*$/i;

const estDate = (fmt: string) =>
  /(^|[^a-z])(d{1,4}|j{1,4})[/.-](m{1,4})/i.test(fmt) || /m{1,2}[/.-]y{2,4}/i.test(fmt);

function typeDe(
  f: Feuille,
  question: string,
  reponses: readonly Cellule[],
  items: boolean,
): TypeQuestion {
  const [c] = reponses;
  if (!c) return "texte";
  const v = f.sheet.validations.find(
    (x) =>
      c.row >= x.range.top &&
      c.row <= x.range.bottom &&
      c.col >= x.range.left &&
      c.col <= x.range.right,
  );
  const valeurs = (v?.values ?? []).map((x) => normaliserTexte(x));
  if (v?.type === "list" && valeurs.length > 0 && valeurs.every((x) => BOOLEENS.has(x)))
    return "case";
  if (reponses.some((r) => typeof r.value === "boolean" || r.type === "Boolean")) return "case";
  if (items && reponses.length > 1) return "case";
  if (v?.type === "list") return "liste";
  if (c.numberFormat.includes("%")) return "pourcentage";
  if (estDate(c.numberFormat)) return "date";
  if (typeof c.value === "number") return "nombre";
  const q = normaliserTexte(question);
  if (/\b(date)\b/.test(q)) return "date";
  if (/\b(nombre|combien|nb|delai|jours)\b/.test(q)) return "nombre";
  return "texte";
}

export const texteItem = (texte: string) => texte.replace(ITEM, "").trim();

function question(f: Feuille, l: Libelle): Question | undefined {
  const bleues = f.bleuesLigne(l.row, l.zone.right + 1);
  if (bleues.length === 0) return undefined;
  const autres = f.libellesLigne(l.row).filter((x) => x.col > l.col);
  // Libellé d'item d'une case : le texte juste à droite de la cellule, sinon juste à gauche (le
  // premier de la ligne, dans les deux cas).
  const parGauche = new Map<number, Libelle>();
  const parDroite = new Map<number, Libelle>();
  for (const x of autres) {
    if (!parGauche.has(x.zone.left)) parGauche.set(x.zone.left, x);
    if (!parDroite.has(x.zone.right)) parDroite.set(x.zone.right, x);
  }
  const itemDe = (c: Cellule) => parGauche.get(c.col + 1) ?? parDroite.get(c.col - 1);
  const items = bleues.some((c) => itemDe(c) !== undefined);
  const type = ITEM.test(l.texte) ? "case" : typeDe(f, l.texte, bleues, items);
  const reponses: Champ[] = bleues.map((c, i) =>
    f.champ(
      bleues.length > 1 ? `reponse-${i + 1}` : "reponse",
      texteItem(itemDe(c)?.texte ?? l.texte),
      c,
      1,
    ),
  );
  return { libelle: l.texte, row: l.row, type, reponses };
}

/** Cellules d'une ligne « Indicateur mobilisable » : valeurs hors saisie à droite du libellé. */
function mobilisables(f: Feuille, l: Libelle): Champ[] {
  const out: Champ[] = [];
  for (let col = l.zone.right + 1; col <= f.derniereColonne; col++) {
    const z = f.zone(l.row, col);
    if (z.left !== col || z.top !== l.row) continue;
    const t = f.typage.type(l.row, col);
    const c = f.ancre(l.row, col);
    if (t === "calcul" || t === "pre-rempli" || (c.formula && t !== "masquee"))
      out.push(f.champ("indicateur-mobilisable", l.texte, c, 1));
  }
  return out;
}

export interface QuestionsLues {
  readonly questions: Question[];
  readonly mobilisables: Champ[];
}

/** Questions des lignes [de, fin[ (hors lignes d'encarts), cases regroupées sous leur question. */
export function lireQuestions(
  f: Feuille,
  de: number,
  fin: number,
  exclues: ReadonlySet<number>,
): QuestionsLues {
  const questions: Question[] = [];
  const indicateurs: Champ[] = [];
  let parent: { l: Libelle; reponses: Champ[] } | undefined;
  const clore = () => {
    if (parent && parent.reponses.length > 0)
      questions.push({
        libelle: parent.l.texte,
        row: parent.l.row,
        type: "case",
        reponses: parent.reponses.map((r, i) => ({ ...r, cle: `reponse-${i + 1}` })),
      });
    parent = undefined;
  };
  for (let row = de; row < fin; row++) {
    if (exclues.has(row)) continue;
    const [l] = f.libellesLigne(row).filter((x) => !CODE.test(x.texte.trim()));
    if (!l) continue;
    if (MOBILISABLE.test(l.norm)) {
      clore();
      indicateurs.push(...mobilisables(f, l));
      continue;
    }
    const q = question(f, l);
    const item = q && parent && (ITEM.test(l.texte) || (l.col > parent.l.col && q.type === "case"));
    if (item && parent && q && q.reponses.length === 1) {
      parent.reponses.push(...q.reponses);
      continue;
    }
    clore();
    if (q) questions.push(q);
    else parent = { l, reponses: [] };
  }
  clore();
  return { questions, mobilisables: indicateurs };
}
