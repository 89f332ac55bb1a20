import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { GatewayError } from "../port";

/** Source d'un classeur : chemin, ou octets du fichier. */
export type SourceClasseur = string | Uint8Array | ArrayBuffer;

const illisible = (message: string, detail?: string) =>
  new GatewayError("Unreadable", message, detail);

function contient(octets: Uint8Array, motif: string): boolean {
  const cible = Buffer.from(motif, "utf16le");
  return Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength).includes(cible);
}

async function lireOctets(source: SourceClasseur, nom: string): Promise<Uint8Array> {
  if (typeof source !== "string") {
    return source instanceof Uint8Array ? source : new Uint8Array(source);
  }
  if (/\.xls$/i.test(source)) {
    throw illisible(
      `« ${nom} » est au format Excel 97-2003 (.xls), que l'outil ne lit pas : ouvrez-le dans Excel et enregistrez-le au format .xlsx.`,
    );
  }
  try {
    return await readFile(source);
  } catch (e) {
    throw illisible(
      `Impossible d'ouvrir « ${nom} » : vérifiez le chemin et les droits d'accès.`,
      String(e),
    );
  }
}

/**
 * Ouvre un classeur .xlsx / .xlsm avec ExcelJS ; toute impossibilité devient une `GatewayError`
 * « Unreadable » au message français (vide, chiffré, .xls, autre format, fichier endommagé).
 */
export async function ouvrirClasseur(source: SourceClasseur): Promise<ExcelJS.Workbook> {
  const nom = typeof source === "string" ? source : "le classeur";
  const octets = await lireOctets(source, nom);
  if (octets.byteLength === 0) {
    throw illisible(
      `« ${nom} » est vide (0 octet) : ce n'est pas un classeur. Demandez une nouvelle copie du fichier.`,
    );
  }
  const tete = Array.from(octets.subarray(0, 4));
  if (tete.join() === [0xd0, 0xcf, 0x11, 0xe0].join()) {
    if (contient(octets, "EncryptionInfo")) {
      throw illisible(
        `« ${nom} » est protégé par un mot de passe à l'ouverture : ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur), enregistrez une copie et réessayez.`,
      );
    }
    throw illisible(
      `« ${nom} » est au format Excel 97-2003 (.xls), que l'outil ne lit pas : ouvrez-le dans Excel et enregistrez-le au format .xlsx.`,
    );
  }
  if (tete[0] !== 0x50 || tete[1] !== 0x4b) {
    throw illisible(
      `« ${nom} » n'est pas un classeur Excel (.xlsx ou .xlsm) : vérifiez qu'il s'agit du bon fichier.`,
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength) as never);
  } catch (e) {
    throw illisible(
      `« ${nom} » est illisible (fichier endommagé ou incomplet) : ouvrez-le dans Excel pour le réparer, ou demandez une nouvelle copie.`,
      String(e),
    );
  }
  if (wb.worksheets.length === 0) {
    throw illisible(
      `« ${nom} » ne contient aucune feuille de calcul lisible : vérifiez qu'il s'agit bien d'un classeur Excel.`,
    );
  }
  return wb;
}
