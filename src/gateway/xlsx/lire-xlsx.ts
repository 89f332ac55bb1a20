import { LIMITES, type LimitesLecture } from "./limites";
import { ouvrirClasseurBorne, type SourceClasseur } from "./ouvrir";
import { instantaneClasseur } from "./instantane-xlsx";
import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";

export { instantaneClasseur, instantaneFeuille, type BornesLecture } from "./instantane-xlsx";

/** Instantané et corrections de lecture (phrases françaises) d'un classeur. */
export interface LectureBornee {
  readonly snapshot: WorkbookSnapshot;
  readonly avertissements: readonly string[];
}

/**
 * Lit un classeur .xlsx / .xlsm (chemin ou octets) en instantané complet, en bornant ce qui est
 * lu (pré-examen, plage rognée). Erreurs : `ErreurFichier` au code stable (`fichier-vide`,
 * `chiffre`, `format-xls`, `endommage`, `trop-volumineux`…) et au message français.
 */
export async function lireClasseurXlsxBorne(
  source: SourceClasseur,
  limites: LimitesLecture = LIMITES,
): Promise<LectureBornee> {
  const { workbook, avertissements } = await ouvrirClasseurBorne(source, limites);
  const tous = [...avertissements];
  const nomFichier = typeof source === "string" ? source : "le classeur";
  const snapshot = instantaneClasseur(
    workbook,
    {},
    { limites, nomFichier, avertir: (t) => tous.push(t) },
  );
  return { snapshot, avertissements: tous };
}

/** `lireClasseurXlsxBorne`, sans les avertissements. */
export async function lireClasseurXlsx(source: SourceClasseur): Promise<WorkbookSnapshot> {
  return (await lireClasseurXlsxBorne(source)).snapshot;
}
