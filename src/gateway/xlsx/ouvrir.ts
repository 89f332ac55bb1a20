import { readFile, stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { ErreurFichier } from "../erreurs-fichier";
import { codeLecture } from "./erreurs-systeme";
import { LIMITES, nombreFr, type LimitesLecture } from "./limites";
import { preExaminer } from "./pre-examen";
import { refuserSignature } from "./signature";

/** Source d'un classeur : chemin, ou octets du fichier. */
export type SourceClasseur = string | Uint8Array | ArrayBuffer;

/** Classeur ExcelJS chargé, et ce que le pré-examen a corrigé (phrases françaises). */
export interface ClasseurOuvert {
  readonly workbook: ExcelJS.Workbook;
  readonly avertissements: readonly string[];
}

const enBuffer = (o: Uint8Array) => Buffer.from(o.buffer, o.byteOffset, o.byteLength);

/** Les octets d'un classeur (chemin lu sous la limite de taille, ou octets donnés). */
export async function lireOctets(
  source: SourceClasseur,
  nom: string,
  l: LimitesLecture,
): Promise<Buffer> {
  if (typeof source !== "string") {
    return enBuffer(source instanceof Uint8Array ? source : new Uint8Array(source));
  }
  if (/\.xls$/i.test(source)) throw new ErreurFichier("format-xls", nom);
  try {
    const s = await stat(source);
    if (s.isDirectory()) throw new ErreurFichier("est-un-dossier", nom);
    if (s.size > l.octetsFichier) {
      throw new ErreurFichier(
        "trop-volumineux",
        nom,
        `${nombreFr(Math.round(s.size / 1048576))} Mo`,
      );
    }
    return await readFile(source);
  } catch (e) {
    if (e instanceof ErreurFichier) throw e;
    const code = codeLecture(e) ?? "acces-refuse";
    throw new ErreurFichier(code, nom, undefined, String(e));
  }
}

/**
 * Ouvre un classeur .xlsx / .xlsm : signature, pré-examen borné (`preExaminer`), puis ExcelJS.
 * Toute impossibilité devient une `ErreurFichier` au code stable et au message français.
 */
export async function ouvrirClasseurBorne(
  source: SourceClasseur,
  limites: LimitesLecture = LIMITES,
): Promise<ClasseurOuvert> {
  const nom = typeof source === "string" ? source : "le classeur";
  const octets = await lireOctets(source, nom, limites);
  refuserSignature(octets, nom);
  return chargerOctets(octets, nom, limites);
}

/** Pré-examen puis chargement ExcelJS d'octets dont la signature est déjà vérifiée. */
export async function chargerOctets(
  octets: Buffer,
  nom: string,
  limites: LimitesLecture = LIMITES,
): Promise<ClasseurOuvert> {
  const examen = await preExaminer(octets, nom, limites);
  // ExcelJS chargé au premier besoin : la ligne de commande lit par le lecteur direct (ADR 0018) et
  // n'en a besoin qu'en repli ; le charger d'office coûtait ≈ 0,3 à 0,4 s par fil et au processus.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(examen.octets as never);
  } catch (e) {
    throw new ErreurFichier("endommage", nom, undefined, String(e));
  }
  if (wb.worksheets.length === 0) throw new ErreurFichier("sans-feuille", nom);
  return { workbook: wb, avertissements: examen.avertissements };
}

/** `ouvrirClasseurBorne`, sans les avertissements (passerelle fichier). */
export async function ouvrirClasseur(source: SourceClasseur): Promise<ExcelJS.Workbook> {
  return (await ouvrirClasseurBorne(source)).workbook;
}
