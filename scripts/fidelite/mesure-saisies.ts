import { adresseA1 } from "../../src/domain/classeur/adresse";
import { reconnaitreOnglets } from "../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../src/domain/classeur/reperage/localiser";
import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { typerClasseur } from "../../src/domain/classeur/typage/classeur";
import { estGris } from "../../src/domain/classeur/typage/couleur";
import { cellulesDeSaisie } from "../../src/domain/saisie/cellules";
import { completude } from "../../src/domain/saisie/completude";

/**
 * Fidélité des cellules de saisie d'un classeur : pour chaque feuille, les saisies trouvées par le
 * typage (celui de la complétude, du surlignage et du repérage) comparées à la vérité terrain ;
 * et le compte de la complétude de chaque onglet reconnu comparé au nombre de saisies attendues.
 */

export interface VeriteSaisies {
  readonly nom: string;
  readonly saisies: readonly string[];
}

export interface MesureFeuille {
  readonly nom: string;
  readonly attendues: number;
  readonly trouvees: number;
  readonly justes: number;
  /** Saisies attendues non trouvées (quelques-unes). */
  readonly manquees: readonly string[];
  /** Cellules prises pour des saisies à tort (quelques-unes). */
  readonly enTrop: readonly string[];
  /** Compte de la complétude de l'onglet, s'il est compté (onglet reconnu et visible). */
  readonly compteCompletude: number | null;
  /** Saisies trouvées sur un fond gris alors que la pastille de saisie n'est pas grise (doit être 0). */
  readonly grisesEnSaisie: number;
}

export interface MesureClasseur {
  readonly feuilles: readonly MesureFeuille[];
  /** Légende retenue (texte et couleur de la pastille de saisie), ou `null`. */
  readonly legende: string | null;
}

const EXEMPLES = 5;

export function mesurerSaisies(
  snapshot: WorkbookSnapshot,
  verite: readonly VeriteSaisies[],
): MesureClasseur {
  const typage = typerClasseur(snapshot);
  const onglets = reconnaitreOnglets(snapshot);
  const comp = completude(snapshot, onglets, localiser(snapshot, onglets));
  // Une feuille absente de la vérité n'a aucune saisie attendue : ce qu'on y trouve est en trop.
  const toutes = [
    ...verite,
    ...snapshot.sheets
      .filter((s) => !verite.some((v) => v.nom === s.name))
      .map((s) => ({ nom: s.name, saisies: [] })),
  ];
  const feuilles = toutes.map((v): MesureFeuille => {
    const sheet = snapshot.sheets.find((s) => s.name === v.nom);
    const cellules = sheet ? cellulesDeSaisie(sheet, { typage: typage.feuille(sheet) }) : [];
    const trouvees = cellules.map((c) => adresseA1(c.location.row, c.location.col));
    const etalonGris = typage.etalonnage.etalon !== null && estGris(typage.etalonnage.etalon);
    const grises = etalonGris
      ? []
      : cellules.filter((c) => c.cellule.fill && estGris(c.cellule.fill));
    const attendues = new Set(v.saisies);
    const vues = new Set(trouvees);
    const compte = sheet ? comp.parOnglet.find((o) => o.sheetId === sheet.id) : undefined;
    return {
      nom: v.nom,
      attendues: attendues.size,
      trouvees: vues.size,
      justes: [...vues].filter((a) => attendues.has(a)).length,
      manquees: [...attendues].filter((a) => !vues.has(a)).slice(0, EXEMPLES),
      enTrop: [...vues].filter((a) => !attendues.has(a)).slice(0, EXEMPLES),
      compteCompletude: compte ? compte.total : null,
      grisesEnSaisie: grises.length,
    };
  });
  const s = typage.etalonnage.legende.find((p) => p.classe === "saisie");
  return { feuilles, legende: s ? `« ${s.texte} » (${s.location.sheetName}, ${s.couleur})` : null };
}

export interface Totaux {
  readonly attendues: number;
  readonly trouvees: number;
  readonly justes: number;
  readonly feuilles: number;
  readonly feuillesExactes: number;
  /** Onglets comptés par la complétude et dont le compte est exact. */
  readonly comptes: number;
  readonly comptesExacts: number;
  readonly grisesEnSaisie: number;
}

export function totaliser(mesures: readonly MesureFeuille[]): Totaux {
  const comptes = mesures.filter((m) => m.compteCompletude !== null);
  return {
    attendues: mesures.reduce((s, m) => s + m.attendues, 0),
    trouvees: mesures.reduce((s, m) => s + m.trouvees, 0),
    justes: mesures.reduce((s, m) => s + m.justes, 0),
    feuilles: mesures.length,
    feuillesExactes: mesures.filter((m) => m.justes === m.attendues && m.trouvees === m.attendues)
      .length,
    comptes: comptes.length,
    comptesExacts: comptes.filter((m) => m.compteCompletude === m.attendues).length,
    grisesEnSaisie: mesures.reduce((s, m) => s + m.grisesEnSaisie, 0),
  };
}

/** Rappel et précision (1 quand il n'y a rien à trouver et rien de trouvé). */
export function rappel(t: Pick<Totaux, "attendues" | "justes">): number {
  return t.attendues === 0 ? 1 : t.justes / t.attendues;
}
export function precision(t: Pick<Totaux, "trouvees" | "justes">): number {
  return t.trouvees === 0 ? 1 : t.justes / t.trouvees;
}
