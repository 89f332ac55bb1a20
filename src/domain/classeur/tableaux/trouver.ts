import type { Definition } from "../reperage/correspondance";
import type { Feuille } from "../reperage/feuille";
import type { CellRange } from "../snapshot";
import { trouverEnTetes } from "./entetes";
import { lireEntites, type TableauLu } from "./lignes";
import { Vue, type Orientation } from "./vue";

/**
 * Tous les tableaux d'une feuille pour un schéma (définitions d'en-têtes attendues), dans les deux
 * orientations : on garde les meilleurs (plus d'en-têtes reconnus, plus sûrs, plus de lignes) sans
 * chevauchement, dans l'ordre de lecture de la feuille. Aucune position, aucun ordre, aucune
 * orientation n'est supposé.
 */

export interface SchemaTableau {
  readonly definitions: readonly Definition[];
  /** Nombre minimal d'en-têtes reconnus pour qu'une ligne soit une ligne d'en-têtes. */
  readonly min: number;
  readonly requises?: readonly string[];
  /** Clés d'identité lues à travers les fusions verticales (format long). */
  readonly identites?: readonly string[];
  /** Orientations permises (les deux par défaut). */
  readonly orientations?: readonly Orientation[];
}

/** Zone de la feuille couverte par un tableau lu (en-têtes compris). */
export function zoneTableau(t: TableauLu): CellRange {
  const e0 = t.entete.e;
  const e1 = Math.max(t.entete.bas, t.fin - 1);
  return t.orientation === "lignes"
    ? { top: e0, bottom: e1, left: t.entete.m0, right: t.entete.m1 }
    : { top: t.entete.m0, bottom: t.entete.m1, left: e0, right: e1 };
}

const chevauche = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function score(t: TableauLu): number {
  const confiance = t.entete.entetes.reduce((s, h) => s + h.confiance, 0);
  return t.entete.entetes.length * 10 + confiance + Math.min(t.entites.length, 50) * 0.01;
}

export function trouverTableaux(f: Feuille, schema: SchemaTableau): TableauLu[] {
  const identites = new Set(schema.identites ?? []);
  const candidats: TableauLu[] = [];
  for (const orientation of schema.orientations ?? (["lignes", "colonnes"] as const)) {
    const v = new Vue(f, orientation);
    const lignes = trouverEnTetes(v, schema.definitions, {
      min: schema.min,
      ...(schema.requises ? { requises: schema.requises } : {}),
    });
    lignes.forEach((entete, i) => {
      const suivante = lignes[i + 1];
      const t = lireEntites(v, entete, {
        identites,
        ...(suivante ? { arret: (e: number) => e >= suivante.e } : {}),
      });
      if (t.entites.length > 0 || t.total) candidats.push(t);
    });
  }
  candidats.sort((a, b) => score(b) - score(a));
  const retenus: TableauLu[] = [];
  for (const t of candidats) {
    const z = zoneTableau(t);
    if (!retenus.some((r) => chevauche(zoneTableau(r), z))) retenus.push(t);
  }
  return retenus.sort((a, b) => {
    const za = zoneTableau(a);
    const zb = zoneTableau(b);
    return za.top - zb.top || za.left - zb.left;
  });
}
