import type { Cellule } from "../cellule";
import type { Axe, Champ, CleEncart, Question, Thematique, TypeQuestion } from "../modele";
import { contientMots, normaliserTexte } from "../texte";
import { definitionDe } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";
import { ENCARTS } from "./synonymes";

/**
 * Axes 2-A : blocs « Thématique n : … », questions (un libellé suivi de cellules bleues), et les
 * quatre encarts, par thématique ou une seule fois pour l'onglet (modèle, §5.3).
 */

const THEMATIQUE = /^th[eé]matique\s*(?:n\s*°?\s*)?(\d+)?\s*[:.\-–—)]?\s*(.*)$/i;
const BOOLEENS = new Set(["vrai", "faux", "true", "false", "oui non", "x"]);
const SEUIL_ENCART = 0.8;

function thematiqueDe(
  l: Libelle,
  f: Feuille,
): Omit<Thematique, "questions" | "encarts"> | undefined {
  if (!/^(thematique|theme)\b/.test(l.norm)) return undefined;
  const m = THEMATIQUE.exec(l.texte.trim());
  const numero = m?.[1] ? Number(m[1]) : null;
  let intitule = (m?.[2] ?? "").trim();
  if (!intitule) intitule = f.libellesLigne(l.row).find((x) => x.col > l.col)?.texte ?? l.texte;
  return { numero, intitule, row: l.row };
}

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

function question(f: Feuille, l: Libelle): Question | undefined {
  const bleues = f.bleuesLigne(l.row, l.zone.right + 1);
  if (bleues.length === 0) return undefined;
  const autres = f.libellesLigne(l.row).filter((x) => x.col > l.col);
  // Libellé d'item d'une case : le texte juste à droite de la cellule, sinon juste à gauche.
  const itemDe = (c: Cellule) =>
    autres.find((x) => x.zone.left === c.col + 1) ?? autres.find((x) => x.zone.right === c.col - 1);
  const items = bleues.some((c) => itemDe(c) !== undefined);
  const type = typeDe(f, l.texte, bleues, items);
  const reponses: Champ[] = bleues.map((c, i) =>
    f.champ(bleues.length > 1 ? `reponse-${i + 1}` : "reponse", itemDe(c)?.texte ?? l.texte, c, 1),
  );
  return { libelle: l.texte, row: l.row, type, reponses };
}

export function repererAxe(f: Feuille, avertir: Avertir): Axe {
  const libelles = f.libelles();
  const titres = libelles
    .map((l) => thematiqueDe(l, f))
    .filter((t): t is NonNullable<typeof t> => t !== undefined);
  const encarts: { cle: CleEncart; champ: Champ; row: number }[] = [];
  const lignesEncarts = new Set<number>();
  for (const l of libelles) {
    const d = definitionDe(l.norm, ENCARTS);
    if (!d || d.confiance < SEUIL_ENCART) continue;
    const cel = f.valeurDe(l);
    if (!cel) continue;
    encarts.push({
      cle: d.definition.cle as CleEncart,
      champ: f.champ(d.definition.cle, l.texte, cel, d.confiance),
      row: l.row,
    });
    lignesEncarts.add(l.row);
  }
  const blocs =
    titres.length > 0 ? titres : [{ numero: null, intitule: f.sheet.name, row: f.premiereLigne }];
  if (titres.length === 0)
    avertir(
      `${f.sheet.name} : aucune ligne « Thématique » trouvée ; les questions sont lues sur tout l'onglet.`,
    );
  const parOnglet =
    titres.length > 1 && encarts.filter((e) => e.cle === "points-amelioration").length <= 1;
  const thematiques: Thematique[] = blocs.map((t, i) => {
    const fin = blocs[i + 1]?.row ?? f.derniereLigne + 1;
    const questions: Question[] = [];
    for (let row = t.row + (titres.length > 0 ? 1 : 0); row < fin; row++) {
      if (lignesEncarts.has(row)) continue;
      const [l] = f.libellesLigne(row);
      if (!l || contientMots(l.norm, "indicateurs mobilisables")) continue;
      const q = question(f, l);
      if (q) questions.push(q);
    }
    const propres: Partial<Record<CleEncart, Champ>> = {};
    if (!parOnglet)
      for (const e of encarts) if (e.row > t.row && e.row < fin) propres[e.cle] ??= e.champ;
    return { ...t, questions, encarts: propres };
  });
  const encartsOnglet: Partial<Record<CleEncart, Champ>> = {};
  if (parOnglet) for (const e of encarts) encartsOnglet[e.cle] ??= e.champ;
  if (encarts.length === 0)
    avertir(`${f.sheet.name} : aucun encart « Points d'amélioration », « Points forts »… trouvé.`);
  return { onglet: f.onglet, thematiques, encartsOnglet };
}
