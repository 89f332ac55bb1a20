import { erreurDomaine } from "../../erreurs/fr";
import type { WritePlan } from "../../plan/types";
import type { WorkbookSnapshot } from "../snapshot";
import { TYPES_ONGLET, type TypeOnglet } from "../types-onglet";

/**
 * Corrections de type d'onglet faites par l'utilisateur, enregistrées **dans le classeur**
 * (paramètres du complément) : elles priment sur toute reconnaissance.
 */

/** Clé du paramètre ; valeur : `Record<sheetId, TypeOnglet>`. */
export const CLE_CORRECTIONS = "cpom.correctionsOnglets";

const estType = (v: unknown): v is TypeOnglet =>
  typeof v === "string" && (TYPES_ONGLET as readonly string[]).includes(v);

/** Corrections valides lues dans les paramètres (valeurs inconnues ignorées). */
export function lireCorrections(snapshot: WorkbookSnapshot): Readonly<Record<string, TypeOnglet>> {
  const brut = snapshot.settings[CLE_CORRECTIONS];
  const lues: Record<string, TypeOnglet> = {};
  if (brut === null || typeof brut !== "object" || Array.isArray(brut)) return lues;
  for (const [sheetId, type] of Object.entries(brut as Record<string, unknown>)) {
    if (estType(type)) lues[sheetId] = type;
  }
  return lues;
}

/** Corrections conservées : celles des onglets encore présents. */
function existantes(snapshot: WorkbookSnapshot): Record<string, TypeOnglet> {
  const ids = new Set(snapshot.sheets.map((s) => s.id));
  return Object.fromEntries(
    Object.entries(lireCorrections(snapshot)).filter(([id]) => ids.has(id)),
  );
}

function nomDe(sheetId: string, snapshot: WorkbookSnapshot): string {
  const s = snapshot.sheets.find((x) => x.id === sheetId);
  if (!s) {
    throw erreurDomaine({ code: "classeur/onglet-disparu", params: {} });
  }
  return s.name;
}

/** Plan qui enregistre « cet onglet est de tel type » dans le classeur. */
export function planCorrection(
  sheetId: string,
  type: TypeOnglet,
  snapshot: WorkbookSnapshot,
): WritePlan {
  const nom = nomDe(sheetId, snapshot);
  if (!estType(type))
    throw erreurDomaine({ code: "classeur/type-inconnu", params: { type: String(type) } });
  return {
    titre: `Enregistrer le type de l'onglet « ${nom} »`,
    operations: [
      {
        kind: "setSetting",
        key: CLE_CORRECTIONS,
        value: { ...existantes(snapshot), [sheetId]: type },
      },
    ],
  };
}

/** Plan qui retire la correction d'un onglet (retour à la reconnaissance automatique). */
export function planAnnulerCorrection(sheetId: string, snapshot: WorkbookSnapshot): WritePlan {
  const nom = nomDe(sheetId, snapshot);
  const reste = existantes(snapshot);
  delete reste[sheetId];
  return {
    titre: `Revenir à la reconnaissance automatique de l'onglet « ${nom} »`,
    operations: [{ kind: "setSetting", key: CLE_CORRECTIONS, value: reste }],
  };
}
