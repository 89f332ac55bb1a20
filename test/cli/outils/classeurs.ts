import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lireZone } from "../../../src/domain/classeur/adresse";
import type { CellValue, SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import {
  annexe1,
  axe11,
  complementaires,
  creton,
  financier,
  tableauEsms,
} from "../../domain/classeur/exemples";
import { ecrireXlsx } from "../../domain/classeur/integration/xlsx-minimal";

/**
 * Classeurs des tests de la ligne de commande, écrits avec ExcelJS dans un dossier temporaire :
 * les petites feuilles du modèle (test/domain/classeur/exemples.ts), au besoin modifiées.
 */

/** Copie d'une feuille avec des valeurs remplacées (A1 → valeur ; "" vide la cellule). */
export function avec(
  s: SheetSnapshot,
  valeurs: Readonly<Record<string, CellValue>>,
): SheetSnapshot {
  const values = s.values.map((l) => [...l]);
  const valueTypes = s.valueTypes.map((l) => [...l]);
  for (const [a1, v] of Object.entries(valeurs)) {
    const { top, left } = lireZone(a1);
    const ligne = values[top - s.origin.row];
    const types = valueTypes[top - s.origin.row];
    if (!ligne || !types || left - s.origin.col >= ligne.length)
      throw new Error(`${a1} hors feuille`);
    ligne[left - s.origin.col] = v;
    types[left - s.origin.col] =
      v === ""
        ? "Empty"
        : typeof v === "number"
          ? "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : "String";
  }
  return { ...s, values, valueTypes };
}

/** Point d'amélioration de la thématique « Scolarisation » (rattaché à la fiche 1.2). */
export const POINT_SCOLARISATION = "Conventions avec l'Éducation nationale à renouveler partout.";

/** Les six feuilles du modèle : aucun constat « erreur ». */
export const feuillesValides = (): SheetSnapshot[] => [
  annexe1(),
  avec(axe11(), { B14: POINT_SCOLARISATION }),
  tableauEsms("2-B"),
  complementaires(),
  financier(),
  creton(),
];

/** Clé FINESS fausse en A10 et internat supérieur à la capacité en E10 (Annexe 1). */
export const feuillesAvecErreurs = (): SheetSnapshot[] => [
  avec(annexe1(), { A10: "440000025", E10: 50 }),
  ...feuillesValides().slice(1),
];

export class Dossier {
  readonly chemin = mkdtempSync(join(tmpdir(), "cpom-cli-"));
  fichier(nom: string): string {
    return join(this.chemin, nom);
  }
  async classeur(nom: string, feuilles: readonly SheetSnapshot[]): Promise<string> {
    await ecrireXlsx(feuilles, this.fichier(nom));
    return this.fichier(nom);
  }
  ecrire(nom: string, contenu: string | Uint8Array): string {
    writeFileSync(this.fichier(nom), contenu);
    return this.fichier(nom);
  }
  supprimer(): void {
    rmSync(this.chemin, { recursive: true, force: true });
  }
}

/** Fichiers qui ne sont pas des classeurs lisibles, comme on en reçoit. */
export const NON_CLASSEURS: Readonly<Record<string, Uint8Array | string>> = {
  "texte.xlsx": "FINESS;Nom\n440000024;IME Les Pins\n",
  "vide.xlsx": "",
  // En-tête zip valide, contenu tronqué : un classeur endommagé.
  "corrompu.xlsx": Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
  // En-tête OLE (Excel 97-2003) sans chiffrement.
  "ancien.xls": Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
  ]),
};

export const empreinte = (chemin: string): string =>
  createHash("sha256").update(readFileSync(chemin)).digest("hex");
