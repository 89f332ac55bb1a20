import type { ModeAccueil, OrientationCreton } from "../modele";
import type { EnTete, LigneEnTete } from "../tableaux/entetes";
import type { Vue } from "../tableaux/vue";
import { normaliserTexte } from "../texte";
import { definitionDe, type Definition } from "./correspondance";
import { MODES_2F, ORIENTATIONS_2F } from "./synonymes-2e-2f";
import { COLONNES_ESMS } from "./synonymes";

/**
 * 2-F : rôle de chaque en-tête d'une ligne d'en-têtes trouvée par le lecteur générique, quelle que
 * soit la forme du tableau — grille (mode en groupe au-dessus des orientations), format long (une
 * ligne par mode, colonne « Mode d'accueil »), modes en colonnes et orientations en lignes,
 * sous-totaux par mode, total d'établissement.
 */

export type Role2F =
  | { readonly genre: "identite"; readonly cle: "finess" | "nom" }
  | { readonly genre: "mode" }
  | { readonly genre: "orientation" }
  | {
      readonly genre: "valeur";
      readonly mode?: ModeAccueil;
      readonly orientation?: OrientationCreton;
    }
  | { readonly genre: "total"; readonly mode?: ModeAccueil; readonly etablissement: boolean };

export interface Colonne2F {
  readonly entete: EnTete;
  readonly role: Role2F;
}

const d = (cle: string, canonique: string, ...synonymes: string[]): Definition => ({
  cle,
  canonique,
  synonymes,
});

/** En-têtes d'une colonne qui donne le mode ou l'orientation de chaque ligne. */
const DIMENSIONS: readonly Definition[] = [
  d("mode", "mode d accueil", "modalite d accueil", "type d accueil", "mode", "accueil"),
  d("orientation", "orientation", "orientation cdaph", "orientation prononcee", "orientations"),
];

/** Définitions qui signalent une ligne d'en-têtes de 2-F (pour `trouverEnTetes`). */
export const ENTETES_2F: readonly Definition[] = [
  ...ORIENTATIONS_2F,
  ...MODES_2F,
  ...COLONNES_ESMS.filter((x) => x.cle === "finess" || x.cle === "nom"),
  ...DIMENSIONS,
];
export const CLES_2F = [...ORIENTATIONS_2F, ...MODES_2F].map((x) => x.cle);

const TOTAL = /^(sous )?total\b\s*(.*)$/;
const ETABLISSEMENT = /\b(etablissement|esms|structure|general|ligne)\b/;

/** Orientation d'un texte ; « FAM / EAM », « Foyer de vie ou EANM » : la première partie reconnue. */
export function orientationDe(texte: string): OrientationCreton | undefined {
  for (const partie of [texte, ...texte.split(/\/|\bou\b/i)]) {
    const x = definitionDe(normaliserTexte(partie), ORIENTATIONS_2F);
    if (x && x.confiance >= 0.7) return x.definition.cle as OrientationCreton;
  }
  return undefined;
}

/** Mode d'accueil d'un texte : « Internat », « Semi-internat », « Total internat »… */
export function modeDe(texte: string | undefined): ModeAccueil | undefined {
  if (!texte) return undefined;
  const norm = normaliserTexte(texte).replace(TOTAL, "$2").trim();
  const x = definitionDe(norm, MODES_2F);
  return x && x.confiance >= 0.7 ? (x.definition.cle as ModeAccueil) : undefined;
}

function role(libelle: string, groupe: string | undefined): Role2F | undefined {
  const norm = normaliserTexte(libelle);
  const g = groupe ? normaliserTexte(groupe) : "";
  const total = TOTAL.exec(norm);
  if (total) {
    const mode = modeDe(total[2]) ?? (g ? modeDe(g) : undefined);
    const etablissement = !mode && ETABLISSEMENT.test(total[2] ?? "");
    return { genre: "total", ...(mode ? { mode } : {}), etablissement };
  }
  const orientation = orientationDe(libelle) ?? (groupe ? orientationDe(groupe) : undefined);
  const mode = modeDe(norm) ?? (g ? modeDe(g) : undefined);
  if (orientation || mode)
    return { genre: "valeur", ...(mode ? { mode } : {}), ...(orientation ? { orientation } : {}) };
  const id = definitionDe(norm, COLONNES_ESMS);
  if (id && id.confiance >= 0.7 && (id.definition.cle === "finess" || id.definition.cle === "nom"))
    return { genre: "identite", cle: id.definition.cle };
  const dim = definitionDe(norm, DIMENSIONS);
  if (dim && dim.confiance >= 0.8) return { genre: dim.definition.cle as "mode" | "orientation" };
  return undefined;
}

/** Mode d'un groupe au-dessus, non fusionné : le libellé de mode le plus proche à gauche. */
function modeAuDessus(v: Vue, t: LigneEnTete, m0: number): ModeAccueil | undefined {
  for (const e of [t.e - 1, t.e - 2]) {
    const g = v
      .libellesEn(e)
      .filter((l) => modeDe(l.texte) && v.etendue(l.zone).m0 <= m0)
      .at(-1);
    if (g) return modeDe(g.texte);
  }
  return undefined;
}

/**
 * Colonnes de 2-F d'une ligne d'en-têtes (reconnus ou libres), chacune avec une clé unique pour
 * `lireEntites` ; `lignesPortentMode` : le mode vient de chaque ligne (format long).
 */
export function colonnes2F(v: Vue, t: LigneEnTete): Colonne2F[] {
  const positions = [
    ...t.entetes.map((h) => ({ ...h })),
    ...t.libres.map((l) => ({ ...l, cle: "", confiance: 0.8 })),
  ].sort((a, b) => a.m0 - b.m0);
  const out: Colonne2F[] = [];
  const modeEnLigne = positions.some((p) => role(p.libelle, p.groupe)?.genre === "mode");
  for (const p of positions) {
    let r = role(p.libelle, p.groupe);
    if (!r) continue;
    if (r.genre === "valeur" && r.orientation && !r.mode && !modeEnLigne) {
      const mode = modeAuDessus(v, t, p.m0);
      if (mode) r = { ...r, mode };
    }
    const confiance = p.cle ? p.confiance : 0.8;
    const entete: EnTete = {
      cle: r.genre === "identite" ? r.cle : `c${p.m0}`,
      libelle: p.libelle,
      ...(p.groupe ? { groupe: p.groupe } : {}),
      m0: p.m0,
      m1: p.m1,
      confiance,
    };
    if (out.some((c) => c.entete.cle === entete.cle)) continue;
    out.push({ entete, role: r });
  }
  return out;
}
