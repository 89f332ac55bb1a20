import { LIMITES, type LimitesLecture } from "./limites";
import { chargerOctets, lireOctets, type SourceClasseur } from "./ouvrir";
import { instantaneClasseur } from "./instantane-xlsx";
import { ErreurFichier } from "../erreurs-fichier";
import { lireClasseurDirect } from "./direct/lire-direct";
import { refuserSignature } from "./signature";
import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";

export { instantaneClasseur, instantaneFeuille, type BornesLecture } from "./instantane-xlsx";

/** Instantané et corrections de lecture (phrases françaises) d'un classeur. */
export interface LectureBornee {
  readonly snapshot: WorkbookSnapshot;
  readonly avertissements: readonly string[];
}

/** Le chemin ExcelJS : pré-examen par flux, chargement ExcelJS, `instantaneClasseur`. */
async function lireParExcelJs(
  octets: Buffer,
  nomFichier: string,
  limites: LimitesLecture,
): Promise<LectureBornee> {
  const { workbook, avertissements } = await chargerOctets(octets, nomFichier, limites);
  const tous = [...avertissements];
  const snapshot = instantaneClasseur(
    workbook,
    {},
    { limites, nomFichier, avertir: (t) => tous.push(t) },
  );
  return { snapshot, avertissements: tous };
}

/**
 * Lit un classeur .xlsx / .xlsm (chemin ou octets) en instantané complet, en bornant ce qui est
 * lu (pré-examen, plage rognée). Erreurs : `ErreurFichier` au code stable (`fichier-vide`,
 * `chiffre`, `format-xls`, `endommage`, `trop-volumineux`…) et au message français.
 *
 * Lecteur direct d'abord (ADR 0018) ; ce qu'il ne lit pas à coup sûr repasse par ExcelJS
 * (`lireClasseurXlsxExcelJs`), qui rend le même instantané, en plus lent.
 */
export async function lireClasseurXlsxBorne(
  source: SourceClasseur,
  limites: LimitesLecture = LIMITES,
): Promise<LectureBornee> {
  const nomFichier = typeof source === "string" ? source : "le classeur";
  const octets = await lireOctets(source, nomFichier, limites);
  refuserSignature(octets, nomFichier);
  try {
    return lireClasseurDirect(octets, nomFichier, limites);
  } catch (e) {
    // `Repli` (ou défaut du lecteur direct) : ExcelJS tranche.
    if (e instanceof ErreurFichier) throw e;
  }
  return lireParExcelJs(octets, nomFichier, limites);
}

/** `lireClasseurXlsxBorne` par le seul chemin ExcelJS (référence des tests d'équivalence). */
export async function lireClasseurXlsxExcelJs(
  source: SourceClasseur,
  limites: LimitesLecture = LIMITES,
): Promise<LectureBornee> {
  const nomFichier = typeof source === "string" ? source : "le classeur";
  const octets = await lireOctets(source, nomFichier, limites);
  refuserSignature(octets, nomFichier);
  return lireParExcelJs(octets, nomFichier, limites);
}

/** `lireClasseurXlsxBorne`, sans les avertissements. */
export async function lireClasseurXlsx(source: SourceClasseur): Promise<WorkbookSnapshot> {
  return (await lireClasseurXlsxBorne(source)).snapshot;
}
