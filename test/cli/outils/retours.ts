import ExcelJS from "exceljs";
import { genererClasseur } from "../../../scripts/exemple/classeur";

/**
 * Classeurs « retournés » pour les tests et le banc de `relire` : le classeur d'exemple tel que
 * l'ARS l'envoie (`genererClasseur`), puis des copies modifiées avec ExcelJS comme un gestionnaire
 * le ferait (valeurs pré-renseignées changées, lignes ou colonnes insérées, fichier abîmé).
 */

export type Mutation =
  | {
      readonly kind: "valeur";
      readonly onglet: string;
      readonly cellule: string;
      readonly valeur: ExcelJS.CellValue;
    }
  | {
      readonly kind: "lignes";
      readonly onglet: string;
      readonly avant: number;
      readonly nombre: number;
    }
  | {
      readonly kind: "colonnes";
      readonly onglet: string;
      readonly avant: number;
      readonly nombre: number;
    }
  | { readonly kind: "organisme"; readonly raisonSociale: string; readonly finess: string };

let envoi: Promise<Buffer> | null = null;

/** Le classeur envoyé (généré une fois par processus). */
export function classeurEnvoye(): Promise<Buffer> {
  envoi ??= genererClasseur("exemple").then((g) => g.buffer);
  return envoi;
}

const feuille = (wb: ExcelJS.Workbook, nom: string) => {
  const ws = wb.getWorksheet(nom);
  if (!ws) throw new Error(`feuille « ${nom} » absente`);
  return ws;
};

/** Copie modifiée ; les valeurs sont posées d'abord (adresses du classeur envoyé), puis les insertions. */
export async function retour(source: Buffer, mutations: readonly Mutation[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(source as never);
  const ordre = [...mutations].sort(
    (a, b) => Number(a.kind !== "valeur") - Number(b.kind !== "valeur"),
  );
  for (const m of ordre) {
    if (m.kind === "valeur") feuille(wb, m.onglet).getCell(m.cellule).value = m.valeur;
    else if (m.kind === "lignes") {
      const vides = Array.from({ length: m.nombre }, () => [] as ExcelJS.CellValue[]);
      feuille(wb, m.onglet).spliceRows(m.avant, 0, ...vides);
    } else if (m.kind === "colonnes") {
      const vides = Array.from({ length: m.nombre }, () => [] as ExcelJS.CellValue[]);
      feuille(wb, m.onglet).spliceColumns(m.avant, 0, ...vides);
    } else {
      const a1 = feuille(wb, "Annexe 1");
      a1.eachRow((row) =>
        row.eachCell((c) => {
          if (c.value === "Association Horizons Ligériens") c.value = m.raisonSociale;
          if (c.value === "440018703") c.value = m.finess;
        }),
      );
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Lignes insérées au-dessus et au milieu des tableaux 2-B, 2-C et 2-G, colonne insérée en 2-C. */
export const DECALAGES: readonly Mutation[] = [
  { kind: "lignes", onglet: "2-B FLASH", avant: 4, nombre: 2 },
  { kind: "lignes", onglet: "2-B FLASH", avant: 10, nombre: 1 },
  { kind: "lignes", onglet: "2-C ANAP", avant: 8, nombre: 3 },
  { kind: "colonnes", onglet: "2-C ANAP", avant: 3, nombre: 1 },
  { kind: "lignes", onglet: "2-G Départementaux", avant: 2, nombre: 1 },
];

/** Octets abîmés : zip tronqué. */
export const tronque = (b: Buffer) => b.subarray(0, Math.floor(b.length / 2));
