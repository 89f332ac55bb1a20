import type { Champ, DiagnosticRepere } from "../classeur/modele";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";

/** Listes de champs repérés par nature de valeur (nombres, entiers, positifs, dates). */

export interface ChampNumerique {
  readonly champ: Champ;
  /** Nombre de personnes, places, départs : entier attendu. */
  readonly entier: boolean;
  /** Grandeur positive par nature. */
  readonly positif: boolean;
}

function estMontant(colonne: string): boolean {
  const n = normaliserTexte(colonne);
  return /\b(cout|provision|ecart|montant)\b/.test(n);
}

/** Écart (provision − coût) : négatif quand la provision ne couvre pas le coût, c'est permis. */
const estEcart = (colonne: string) => /\becart\b/.test(normaliserTexte(colonne));

/** Listes calculées une fois par modèle repéré : six contrôles de saisie les parcourent. */
const numeriques = new WeakMap<DiagnosticRepere, readonly ChampNumerique[]>();
const dates = new WeakMap<DiagnosticRepere, readonly Champ[]>();

function memoParRepere<T>(m: WeakMap<DiagnosticRepere, T>, lire: (r: DiagnosticRepere) => T) {
  return (repere: DiagnosticRepere): T => {
    let v = m.get(repere);
    if (v === undefined) {
      v = lire(repere);
      m.set(repere, v);
    }
    return v;
  };
}

/** Cellules où le modèle attend un nombre (saisies et totaux repérés). */
export const champsNumeriques = memoParRepere(numeriques, lireNumeriques);

/** Cellules de date repérées (Annexe 1, questions « date » des axes). */
export const champsDates = memoParRepere(dates, lireDates);

function lireNumeriques(repere: DiagnosticRepere): ChampNumerique[] {
  const res: ChampNumerique[] = [];
  const ajouter = (champ: Champ | undefined, entier: boolean, positif: boolean) => {
    if (champ) res.push({ champ, entier, positif });
  };
  for (const l of repere.annexe1?.esms ?? []) {
    ajouter(l.champs.capacite, true, true);
    ajouter(l.champs.internat, true, true);
  }
  for (const axe of repere.axes) {
    for (const t of axe.thematiques) {
      for (const q of t.questions) {
        if (q.type === "nombre" || q.type === "pourcentage") {
          for (const r of q.reponses) ajouter(r, false, true);
        }
      }
    }
  }
  for (const ind of repere.complementaires2d?.indicateurs ?? []) {
    for (const c of ind.colonnes) {
      ajouter(c.numerateur, false, true);
      ajouter(c.denominateur, false, true);
    }
  }
  for (const t of Object.values(repere.financier2e?.tableaux ?? {})) {
    if (!t) continue;
    for (const l of t.lignes) {
      for (const [col, c] of Object.entries(l.valeurs)) {
        if (t.cle === "e4-retraites") ajouter(c, !estMontant(col), !estEcart(col));
        else if (t.cle === "e5-effectifs") ajouter(c, false, true);
        else ajouter(c, false, false);
      }
    }
  }
  for (const l of repere.creton2f?.lignes ?? []) {
    for (const v of l.valeurs) ajouter(v.champ, true, true);
  }
  return res;
}

function lireDates(repere: DiagnosticRepere): Champ[] {
  const org = repere.annexe1?.organisme ?? {};
  const res = [org["date-arrete-siege"], org["date-projet-associatif"]].filter(
    (c): c is Champ => c !== undefined,
  );
  for (const axe of repere.axes) {
    for (const t of axe.thematiques) {
      for (const q of t.questions) if (q.type === "date") res.push(...q.reponses);
    }
  }
  return res;
}

type Validation = SheetSnapshot["validations"][number];

/** Listes déroulantes de chaque feuille (par id), dans leur ordre : indexées une fois par instantané. */
const listes = new WeakMap<WorkbookSnapshot, ReadonlyMap<string, readonly Validation[]>>();

function listesDe(snapshot: WorkbookSnapshot): ReadonlyMap<string, readonly Validation[]> {
  let m = listes.get(snapshot);
  if (!m) {
    const parFeuille = new Map<string, readonly Validation[]>();
    for (const s of snapshot.sheets)
      if (!parFeuille.has(s.id))
        parFeuille.set(
          s.id,
          s.validations.filter((v) => v.type === "list"),
        );
    m = parFeuille;
    listes.set(snapshot, m);
  }
  return m;
}

/** Formats de nombre qui annoncent un texte (« @ ») : la cellule n'attend pas un nombre. */
const FORMAT_TEXTE = /^@$/;

/**
 * Vrai si la cellule d'un champ attend un nombre d'après ce qu'elle est, non d'après sa valeur :
 * une cellule de saisie (typage partagé), sans format texte, sans liste déroulante de textes. Un
 * libellé, un pré-rempli ou un calcul n'est jamais « un texte dans une cellule numérique ».
 */
export function attendNombre(snapshot: WorkbookSnapshot, champ: Champ): boolean {
  if (!champ.saisie || FORMAT_TEXTE.test(champ.cellule.numberFormat.trim())) return false;
  const { row, col } = champ.location;
  const liste = listesDe(snapshot)
    .get(champ.location.sheetId)
    ?.find(
      (v) =>
        row >= v.range.top && row <= v.range.bottom && col >= v.range.left && col <= v.range.right,
    );
  return !liste?.values?.some((x) => x.trim() !== "" && Number.isNaN(Number(x.replace(",", "."))));
}
