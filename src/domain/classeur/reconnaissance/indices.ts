import { CATALOGUE_ONGLETS, type TypeCatalogue } from "../catalogue/catalogue";
import type { SheetSnapshot } from "../snapshot";
import { contientMots, normaliserTexte } from "../texte";
import { rendreReconnaissance } from "./messages";
import { presences } from "./presence";

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

/** Scores de contenu par type, du plus élevé au plus faible (types à score nul omis). */
export function indicesContenu(textes: readonly string[]): IndiceContenu[] {
  const indices: IndiceContenu[] = [];
  const p = presences(textes);
  for (const e of CATALOGUE_ONGLETS) {
    const trouves = e.signatures.filter((s) => p.signatures.has(s.texte));
    let score = trouves.reduce((a, s) => a + s.poids, 0);
    const noms = trouves.map((s) => s.texte);
    if (e.type === "accueil" && p.codes.size >= ANNEXES_SOMMAIRE) {
      score += 3;
      noms.push(
        rendreReconnaissance({ code: "indice/annexes-citees", params: { annexes: p.codes.size } }),
      );
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
