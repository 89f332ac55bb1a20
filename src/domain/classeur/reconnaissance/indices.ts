import { CATALOGUE_ONGLETS, type TypeCatalogue } from "../catalogue/catalogue";
import type { SheetSnapshot } from "../snapshot";
import { contientMots, normaliserTexte } from "../texte";

/** Indices de reconnaissance d'un onglet : son nom, puis son contenu (modèle, §6). */

export interface IndiceNom {
  readonly type: TypeCatalogue;
  readonly force: "fort" | "faible";
  /** Longueur du motif reconnu : le plus long (le plus précis) l'emporte. */
  readonly longueur: number;
  readonly motif: string;
}

export interface IndiceContenu {
  readonly type: TypeCatalogue;
  readonly score: number;
  readonly trouves: readonly string[];
}

/** Score de contenu minimal pour retenir un type sur son seul contenu. */
export const SEUIL_CONTENU = 3;
/** Annexes distinctes citées à partir desquelles une feuille est un sommaire (Accueil). */
const ANNEXES_SOMMAIRE = 4;

/** Meilleur motif de nom par type, du plus fort au plus faible. */
export function indicesNom(nom: string): IndiceNom[] {
  const n = normaliserTexte(nom, { garderNumerotation: true });
  const compact = n.replace(/ /g, "");
  const indices: IndiceNom[] = [];
  for (const e of CATALOGUE_ONGLETS) {
    let meilleur: IndiceNom | undefined;
    for (const m of e.noms) {
      // « Annexe2D » (sans espace) : le motif compacté doit alors couvrir tout le nom.
      const ok =
        contientMots(n, m.motif) || (m.motif.length > 3 && compact === m.motif.replace(/ /g, ""));
      if (!ok) continue;
      const i: IndiceNom = {
        type: e.type,
        force: m.force,
        longueur: m.motif.length,
        motif: m.motif,
      };
      if (!meilleur || rangIndice(i) > rangIndice(meilleur)) meilleur = i;
    }
    if (meilleur) indices.push(meilleur);
  }
  return indices.sort((a, b) => rangIndice(b) - rangIndice(a));
}

const rangIndice = (i: IndiceNom) => (i.force === "fort" ? 1000 : 0) + i.longueur;

/** Textes normalisés des cellules de la feuille (chaînes seulement). */
export function textesFeuille(sheet: SheetSnapshot): string[] {
  const textes: string[] = [];
  for (const ligne of sheet.values) {
    for (const v of ligne) {
      if (typeof v !== "string" || v.trim() === "") continue;
      const t = normaliserTexte(v);
      if (t) textes.push(t);
    }
  }
  return textes;
}

const CODE_ANNEXE = /\bannexe (1|2 [a-g]|2[a-g]|3|4|5)\b/g;

/**
 * « Le motif apparaît en mots entiers dans l'un des textes » : les textes distincts sont mis bout à
 * bout, chacun entre espaces, séparés par un saut de ligne (qu'un motif ne contient pas), et chaque
 * motif est cherché une fois dans le tout — au lieu d'un parcours des textes par motif. Un motif
 * dont un mot n'apparaît dans aucun texte est écarté sans parcours.
 */
function presence(textes: readonly string[]): (motif: string) => boolean {
  const SEPARATEUR = "\n";
  if (textes.some((t) => t.includes(SEPARATEUR))) {
    return (motif) => textes.some((t) => contientMots(t, motif));
  }
  const mots = new Set<string>();
  for (const t of textes) for (const m of t.split(" ")) mots.add(m);
  const tout = textes.map((t) => ` ${t} `).join(SEPARATEUR);
  return (motif) => {
    if (motif.includes(SEPARATEUR)) return textes.some((t) => contientMots(t, motif));
    if (motif === "" || !motif.split(" ").every((m) => m === "" || mots.has(m))) return false;
    return tout.includes(` ${motif} `);
  };
}

/** Scores de contenu par type, du plus élevé au plus faible (types à score nul omis). */
export function indicesContenu(tous: readonly string[]): IndiceContenu[] {
  const indices: IndiceContenu[] = [];
  // La présence d'un motif ne dépend pas des répétitions : chaque texte distinct compte une fois.
  const textes = [...new Set(tous)];
  const present = presence(textes);
  for (const e of CATALOGUE_ONGLETS) {
    const trouves = e.signatures.filter((s) => present(s.texte));
    let score = trouves.reduce((a, s) => a + s.poids, 0);
    const noms = trouves.map((s) => s.texte);
    if (e.type === "accueil") {
      const codes = new Set(
        textes
          .filter((t) => t.includes("annexe"))
          .flatMap((t) => [...t.matchAll(CODE_ANNEXE)].map((m) => m[1])),
      );
      if (codes.size >= ANNEXES_SOMMAIRE) {
        score += 3;
        noms.push(`${codes.size} annexes citées`);
      }
    }
    if (score > 0) indices.push({ type: e.type, score, trouves: noms });
  }
  return indices.sort((a, b) => b.score - a.score);
}

/** Type du contenu s'il est net : score suffisant et strictement devant le suivant. */
export function typeDuContenu(
  indices: readonly IndiceContenu[],
  seuil = SEUIL_CONTENU,
): IndiceContenu | undefined {
  const [premier, second] = indices;
  if (!premier || premier.score < seuil) return undefined;
  if (second && second.score >= premier.score) return undefined;
  return premier;
}
