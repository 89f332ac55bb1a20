import { entreeCatalogue } from "../domain/classeur/catalogue/catalogue";
import type { OrigineReconnaissance, TypeOnglet } from "../domain/classeur/types-onglet";
import type { AnalyseClasseur } from "./analyser";

/**
 * Lignes du sommaire du volet : chaque onglet dans l'ordre du classeur, son type reconnu (annexe +
 * titre du catalogue), sa visibilité et sa complétude. Pur : aucune phrase, seulement des données.
 */

export interface LigneSommaire {
  readonly sheetId: string;
  readonly nom: string;
  readonly position: number;
  readonly visible: boolean;
  readonly type: TypeOnglet;
  /** « 1 », « 2-A »… ; `null` pour un onglet non reconnu ou sans numéro (accueil). */
  readonly annexe: string | null;
  /** Titre du catalogue ; `null` pour un onglet non reconnu. */
  readonly titre: string | null;
  readonly origine: OrigineReconnaissance;
  /** Type probable d'un onglet non reconnu (confiance trop faible). */
  readonly hypothese: string | null;
  /** Nom de l'onglet précédent de même type, s'il y en a un. */
  readonly doublonDe: string | null;
  /** Complétude ; `null` si l'onglet n'est pas compté (raison dans `exclu`). */
  readonly completude: {
    readonly total: number;
    readonly remplies: number;
    readonly taux: number | null;
    readonly aCompleter: number;
  } | null;
  readonly exclu: string | null;
}

export interface Sommaire {
  readonly lignes: readonly LigneSommaire[];
  /** Part des cellules de saisie renseignées, tous onglets comptés (convention ANAP). */
  readonly global: {
    readonly total: number;
    readonly remplies: number;
    readonly taux: number | null;
  };
}

function annexeDe(type: TypeOnglet): { annexe: string | null; titre: string | null } {
  const e = entreeCatalogue(type);
  if (!e || type === "inconnu") return { annexe: null, titre: null };
  return { annexe: e.annexe === "—" ? null : e.annexe, titre: e.titre };
}

export function sommaire(a: AnalyseClasseur): Sommaire {
  const parOnglet = new Map(a.completude.parOnglet.map((o) => [o.sheetId, o]));
  const exclus = new Map(a.completude.exclus.map((o) => [o.sheetId, o.raison]));
  const noms = new Map(a.onglets.map((o) => [o.sheetId, o.nom]));
  const lignes = [...a.onglets]
    .sort((x, y) => x.position - y.position)
    .map((o): LigneSommaire => {
      const c = parOnglet.get(o.sheetId);
      return {
        sheetId: o.sheetId,
        nom: o.nom,
        position: o.position,
        visible: o.visible,
        type: o.type,
        ...annexeDe(o.type),
        origine: o.origine,
        hypothese: o.hypothese ? (entreeCatalogue(o.hypothese)?.titre ?? null) : null,
        doublonDe: o.doublonDe ? (noms.get(o.doublonDe) ?? null) : null,
        completude: c
          ? { total: c.total, remplies: c.remplies, taux: c.taux, aCompleter: c.vides.length }
          : null,
        exclu: c ? null : (exclus.get(o.sheetId) ?? null),
      };
    });
  return { lignes, global: a.completude.global };
}
