import type { Axe, Champ, CleEncart, Thematique } from "../modele";
import { lireQuestions } from "./axes-questions";
import { definitionDe } from "./correspondance";
import type { Feuille, Libelle } from "./feuille";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { ENCARTS } from "./synonymes";

/**
 * Axes 2-A : blocs « Thématique n : … », questions (un libellé suivi de cellules bleues), et les
 * quatre encarts, par thématique ou une seule fois pour l'onglet (modèle, §5.3).
 */

const THEMATIQUE = /^th[eé]matique\s*(?:n\s*°?\s*)?(\d+)?\s*[:.\-–—)]?\s*(.*)$/i;
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
    avertir(rendreRepere({ code: "axe/sans-thematique", params: { onglet: f.sheet.name } }));
  const parOnglet =
    titres.length > 1 && encarts.filter((e) => e.cle === "points-amelioration").length <= 1;
  const thematiques: Thematique[] = blocs.map((t, i) => {
    const fin = blocs[i + 1]?.row ?? f.derniereLigne + 1;
    const lues = lireQuestions(f, t.row + (titres.length > 0 ? 1 : 0), fin, lignesEncarts);
    const propres: Partial<Record<CleEncart, Champ>> = {};
    if (!parOnglet)
      for (const e of encarts) if (e.row > t.row && e.row < fin) propres[e.cle] ??= e.champ;
    return {
      ...t,
      questions: lues.questions,
      encarts: propres,
      ...(lues.mobilisables.length > 0 ? { mobilisables: lues.mobilisables } : {}),
    };
  });
  const encartsOnglet: Partial<Record<CleEncart, Champ>> = {};
  if (parOnglet) for (const e of encarts) encartsOnglet[e.cle] ??= e.champ;
  if (encarts.length === 0)
    avertir(rendreRepere({ code: "axe/sans-encart", params: { onglet: f.sheet.name } }));
  return { onglet: f.onglet, thematiques, encartsOnglet };
}
