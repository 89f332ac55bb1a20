import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { ErreurFichier } from "../gateway/erreurs-fichier";
import { LIMITES, nombreFr } from "../gateway/xlsx/limites";
import { refuserSignature } from "../gateway/xlsx/signature";

/**
 * Ouvre un classeur .xlsx / .xlsm choisi ou déposé dans l'aperçu, entièrement dans le
 * navigateur (rien n'est envoyé) : mêmes refus et mêmes messages que la CLI (taille, signature,
 * ExcelJS, plage bornée ; `ErreurFichier`). ExcelJS n'est chargé qu'ici, par import dynamique : le
 * paquet initial de l'aperçu ne grossit pas. Le pré-examen zip par flux de la CLI (ADR 0007) a
 * besoin de zlib (Node) : il n'est pas fait ici ; les bornes de l'instantané le sont.
 */
export interface LectureNavigateur {
  readonly snapshot: WorkbookSnapshot;
  readonly avertissements: readonly string[];
  /** Noms définis (plages) du classeur, pour l'hôte simulé (`workbook.names`). */
  readonly noms: Readonly<Record<string, string>>;
}

export async function lireFichierNavigateur(
  octets: Uint8Array,
  nom: string,
): Promise<LectureNavigateur> {
  if (/\.xls$/i.test(nom)) throw new ErreurFichier("format-xls", nom);
  if (octets.byteLength > LIMITES.octetsFichier) {
    const mo = `${nombreFr(Math.round(octets.byteLength / 1048576))} Mo`;
    throw new ErreurFichier("trop-volumineux", nom, mo);
  }
  refuserSignature(octets, nom);
  const [{ default: ExcelJS }, { instantaneClasseur }, { nomsDefinis }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ "exceljs"),
    import(/* webpackChunkName: "exceljs" */ "../gateway/xlsx/instantane-xlsx"),
    import(/* webpackChunkName: "exceljs" */ "../gateway/xlsx/noms-definis"),
  ]);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(octets as never);
  } catch (e) {
    throw new ErreurFichier("endommage", nom, undefined, String(e));
  }
  if (wb.worksheets.length === 0) throw new ErreurFichier("sans-feuille", nom);
  const avertissements: string[] = [];
  const snapshot = instantaneClasseur(
    wb,
    {},
    { limites: LIMITES, nomFichier: nom, avertir: (t) => avertissements.push(t) },
  );
  return { snapshot, avertissements, noms: nomsDefinis(wb) };
}
