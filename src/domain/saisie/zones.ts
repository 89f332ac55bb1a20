import { fusionDe } from "../classeur/cellule";
import type { Champ, DiagnosticRepere } from "../classeur/modele";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { normaliserFiness } from "../valeurs/finess";
import { marcheDesZones, type MarcheDesZones } from "./marche";

/**
 * Regroupements de cellules pour la complétude, tirés du modèle repéré (jamais d'adresse) :
 * zones (la marche des zones, `marche.ts`) et ESMS (ligne de l'Annexe 1, colonnes 2-D, ligne 2-F).
 * Seules les cellules bleues d'un regroupement sont comptées (la complétude fait l'intersection).
 */

export interface Position {
  readonly sheetId: string;
  readonly row: number;
  readonly col: number;
}

export interface Regroupement {
  readonly cle: string;
  readonly libelle: string;
  readonly sheetId?: string;
  readonly cellules: readonly Position[];
}

/** Position de la cellule haut-gauche de la fusion qui contient le champ. */
function ancres(snapshot: WorkbookSnapshot, champs: readonly (Champ | undefined)[]): Position[] {
  const feuilles = feuillesParId(snapshot);
  return champs
    .filter((c): c is Champ => c !== undefined)
    .map(({ location: l }) => {
      const sheet = feuilles.get(l.sheetId);
      const f = sheet ? fusionDe(sheet, l.row, l.col) : undefined;
      return { sheetId: l.sheetId, row: f ? f.top : l.row, col: f ? f.left : l.col };
    });
}

/** Feuilles par identifiant (la première de chaque identifiant, comme une recherche). */
const parId = new WeakMap<WorkbookSnapshot, ReadonlyMap<string, SheetSnapshot>>();

function feuillesParId(snapshot: WorkbookSnapshot): ReadonlyMap<string, SheetSnapshot> {
  let m = parId.get(snapshot);
  if (!m) {
    const feuilles = new Map<string, SheetSnapshot>();
    for (const s of snapshot.sheets) if (!feuilles.has(s.id)) feuilles.set(s.id, s);
    parId.set(snapshot, (m = feuilles));
  }
  return m;
}

const valeursDe = <T>(r: Readonly<Partial<Record<string, T>>>): T[] =>
  Object.values(r).filter((v): v is T => v !== undefined);

/** Zones de la complétude : la marche des zones, chaque champ à l'ancre de sa fusion. */
export function zonesDuRepere(
  snapshot: WorkbookSnapshot,
  r: DiagnosticRepere,
  marche: MarcheDesZones = marcheDesZones(r),
): Regroupement[] {
  return marche.zones.map((z) => ({
    cle: z.cle,
    libelle: z.libelle,
    sheetId: z.onglet.sheetId,
    cellules: ancres(
      snapshot,
      z.champs.map((c) => c.champ),
    ),
  }));
}

const texteDe = (c: Champ | undefined): string =>
  c && (typeof c.cellule.value === "string" || typeof c.cellule.value === "number")
    ? String(c.cellule.value).trim()
    : "";

/** ESMS : la ligne de l'Annexe 1 (clé FINESS, sinon nom), puis ses colonnes 2-D et sa ligne 2-F. */
export function esmsDuRepere(snapshot: WorkbookSnapshot, r: DiagnosticRepere): Regroupement[] {
  const parCle = new Map<string, { libelle: string; champs: (Champ | undefined)[] }>();
  const alias = new Map<string, string>();
  // Un même périmètre revient pour chaque indicateur 2-D : sa clé est cherchée une fois.
  const deja = new Map<string, Map<string, string | undefined>>();
  const cleDe = (finess: string, nom: string): string | undefined => {
    let parNom = deja.get(finess);
    if (!parNom) deja.set(finess, (parNom = new Map()));
    if (parNom.has(nom)) return parNom.get(nom);
    const c = chercherCle(finess, nom);
    parNom.set(nom, c);
    return c;
  };
  const chercherCle = (finess: string, nom: string): string | undefined => {
    const f = normaliserFiness(finess);
    const dansTexte = /(?:^|[^0-9A-Z])([0-9][0-9AB][0-9]{7})(?![0-9A-Z])/.exec(
      finess.toUpperCase(),
    );
    const numero = /^[0-9][0-9AB][0-9]{7}$/.test(f) ? f : dansTexte?.[1];
    if (numero && alias.has(numero)) return alias.get(numero);
    const n = normaliserTexte(nom);
    return n ? alias.get(n) : undefined;
  };
  for (const ligne of r.annexe1?.esms ?? []) {
    const finess = normaliserFiness(texteDe(ligne.champs["finess"]));
    const nom = texteDe(ligne.champs["nom"]);
    const cle = /^[0-9][0-9AB][0-9]{7}$/.test(finess)
      ? finess
      : normaliserTexte(nom) || `ligne-${ligne.row + 1}`;
    alias.set(cle, cle);
    if (nom) alias.set(normaliserTexte(nom), cle);
    parCle.set(cle, {
      libelle: nom ? (finess ? `${nom} (${finess})` : nom) : cle,
      champs: valeursDe(ligne.champs),
    });
  }
  const ajouter = (cle: string | undefined, champs: (Champ | undefined)[]) => {
    const e = cle ? parCle.get(cle) : undefined;
    if (e) e.champs.push(...champs);
  };
  for (const ind of r.complementaires2d?.indicateurs ?? []) {
    for (const c of ind.colonnes)
      ajouter(cleDe(c.perimetre, c.perimetre), [c.numerateur, c.denominateur]);
  }
  for (const l of r.creton2f?.lignes ?? []) {
    ajouter(cleDe(texteDe(l.finess), texteDe(l.nom)), [
      l.finess,
      l.nom,
      ...l.valeurs.map((v) => v.champ),
    ]);
  }
  return [...parCle].map(([cle, e]) => ({
    cle,
    libelle: e.libelle,
    cellules: ancres(snapshot, e.champs),
  }));
}
