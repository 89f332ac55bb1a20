import type { DiagnosticRepere } from "../classeur/modele";
import type { Location, SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../classeur/types-onglet";
import { casesCouvertes } from "./cases";
import type { Etalonnage } from "../classeur/typage/etalonnage";
import { typerClasseur } from "../classeur/typage/classeur";
import { cellulesDeSaisie, type CelluleDeSaisie } from "./cellules";
import { RangsCellules } from "./cles";
import type { MarcheDesZones } from "./marche";
import { esmsDuRepere, zonesDuRepere, type Regroupement } from "./zones";

/**
 * Complétude de la saisie (issue 4) : cellules bleues renseignées, par onglet, au total, par zone
 * repérée et par ESMS. Règles (docs/couleurs.md, « Complétude ») : une cellule compte une fois
 * (fusion = sa cellule haut-gauche) ; une formule compte comme remplie ; une case à cocher vide
 * d'un groupe dont une case est cochée n'est pas « à renseigner ».
 */

export interface Compte {
  readonly total: number;
  readonly remplies: number;
  /** remplies / total ; `null` quand il n'y a aucune cellule de saisie. */
  readonly taux: number | null;
}

export interface CompletudeOnglet extends Compte {
  readonly sheetId: string;
  readonly nom: string;
  /** Toutes les cellules de saisie de l'onglet (remplies ou non), en ordre de lecture. */
  readonly saisies: readonly Location[];
  /** Cellules à renseigner, en ordre de lecture. */
  readonly vides: readonly Location[];
}

export interface CompletudeZone extends Compte {
  readonly cle: string;
  readonly libelle: string;
  readonly sheetId?: string;
  readonly vides: readonly Location[];
}

export interface Completude {
  readonly global: Compte;
  /** Onglets comptés, dans l'ordre du classeur. */
  readonly parOnglet: readonly CompletudeOnglet[];
  /** Onglets non comptés et pourquoi (texte français). */
  readonly exclus: readonly {
    readonly sheetId: string;
    readonly nom: string;
    readonly raison: string;
  }[];
  /** Zones repérées (vide sans `repere`). */
  readonly parZone: readonly CompletudeZone[];
  /** ESMS (vide sans `repere`) ; `cle` = FINESS normalisé, sinon nom normalisé. */
  readonly parEsms: readonly CompletudeZone[];
  readonly etalonnage: Etalonnage;
}

/** Types d'onglets hors complétude du Diagnostic (onglets de travail, fiches générées). */
const TYPES_EXCLUS: Readonly<Partial<Record<TypeOnglet, string>>> = {
  inconnu: "onglet non reconnu (onglet de travail ou technique)",
  "fiche-objectif": "fiche-objectif (hors Diagnostic)",
  "suivi-objectifs": "tableau de suivi (hors Diagnostic)",
};

export function compte(total: number, remplies: number): Compte {
  return { total, remplies, taux: total === 0 ? null : remplies / total };
}

export const cleCellule = (l: Pick<Location, "sheetId" | "row" | "col">): string =>
  `${l.sheetId}:${l.row}:${l.col}`;

function raisonExclusion(o: OngletReconnu, sheet: SheetSnapshot | undefined): string | null {
  if (!sheet) return "onglet absent de l'instantané";
  const type = TYPES_EXCLUS[o.type];
  if (type) return type;
  if (!o.visible || sheet.visibility !== "Visible") return "onglet masqué";
  return null;
}

export function completude(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
  repere?: DiagnosticRepere,
  /** La marche des zones de `repere`, si l'appelant l'a déjà (sinon faite ici). */
  zones?: MarcheDesZones,
): Completude {
  const typage = typerClasseur(snapshot);
  const et = typage.etalonnage;
  const exclus: { sheetId: string; nom: string; raison: string }[] = [];
  const comptees: { onglet: OngletReconnu; cellules: CelluleDeSaisie[] }[] = [];
  for (const o of [...onglets].sort((a, b) => a.position - b.position)) {
    const sheet = snapshot.sheets.find((s) => s.id === o.sheetId);
    const raison = raisonExclusion(o, sheet);
    if (raison || !sheet) exclus.push({ sheetId: o.sheetId, nom: o.nom, raison: raison ?? "" });
    else
      comptees.push({
        onglet: o,
        cellules: cellulesDeSaisie(sheet, { typage: typage.feuille(sheet) }),
      });
  }
  const toutes = comptees.flatMap((c) => c.cellules);
  // Rang de la dernière cellule de chaque position, trouvé une fois par cellule (les
  // regroupements le relisent) ; `pleine` son état.
  const rangs = new RangsCellules(toutes);
  const rangDe = toutes.map((c) => rangs.rang(c.location));
  const couvertes = casesCouvertes(toutes, rangs, repere);
  const pleine = toutes.map((c, i) => !c.vide || couvertes.has(rangDe[i] as number));

  let debut = 0;
  const parOnglet = comptees.map(({ onglet, cellules }) => {
    const vides: Location[] = [];
    for (let i = 0; i < cellules.length; i++) {
      if (!pleine[debut + i]) vides.push((cellules[i] as CelluleDeSaisie).location);
    }
    debut += cellules.length;
    return {
      sheetId: onglet.sheetId,
      nom: onglet.nom,
      ...compte(cellules.length, cellules.length - vides.length),
      saisies: cellules.map((c) => c.location),
      vides,
    };
  });
  const total = parOnglet.reduce((s, o) => s + o.total, 0);
  const remplies = parOnglet.reduce((s, o) => s + o.remplies, 0);

  // Cellules déjà comptées dans le regroupement en cours : marquées du numéro du regroupement.
  const vues = new Int32Array(toutes.length);
  let numero = 0;
  const regrouper = (r: Regroupement): CompletudeZone => {
    numero++;
    const vides: Location[] = [];
    let n = 0;
    for (const p of r.cellules) {
      const i = rangs.rang(p);
      if (i < 0 || vues[i] === numero) continue;
      vues[i] = numero;
      n++;
      if (!pleine[i]) vides.push((toutes[i] as CelluleDeSaisie).location);
    }
    return {
      cle: r.cle,
      libelle: r.libelle,
      ...(r.sheetId ? { sheetId: r.sheetId } : {}),
      ...compte(n, n - vides.length),
      vides,
    };
  };
  const ordre = new Map(comptees.map((c, i) => [c.onglet.sheetId, i]));
  type Position = Regroupement["cellules"][number];
  const rang = (p: Position) => ordre.get(p.sheetId) ?? 0;
  const avant = (a: Position, b: Position) =>
    (a.sheetId === b.sheetId ? 0 : rang(a) - rang(b)) || a.row - b.row || a.col - b.col;
  // Les cellules d'une zone viennent presque toujours en ordre : le tri (stable) n'est fait que
  // s'il change quelque chose.
  const trier = (r: Regroupement): Regroupement => {
    const c = r.cellules;
    let range = true;
    for (let i = 1; i < c.length && range; i++) {
      range = !(avant(c[i - 1] ?? (c[i] as Position), c[i] as Position) > 0);
    }
    if (range) return r;
    return {
      ...r,
      cellules: c
        .map((p) => ({ p, rang: rang(p) }))
        .sort((a, b) => a.rang - b.rang || a.p.row - b.p.row || a.p.col - b.p.col)
        .map((x) => x.p),
    };
  };
  return {
    global: compte(total, remplies),
    parOnglet,
    exclus,
    parZone: repere ? zonesDuRepere(snapshot, repere, zones).map(trier).map(regrouper) : [],
    parEsms: repere ? esmsDuRepere(snapshot, repere).map(trier).map(regrouper) : [],
    etalonnage: et,
  };
}
