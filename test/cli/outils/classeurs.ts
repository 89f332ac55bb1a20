import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lireZone } from "../../../src/domain/classeur/adresse";
import type { CellValue, SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { appliquerPlan } from "../../../src/domain/plan/simulation";
import {
  annexe1,
  axe11,
  complementaires,
  creton,
  financier,
  tableauEsms,
} from "../../domain/classeur/exemples";
import { ecrireXlsx } from "../../domain/classeur/integration/xlsx-minimal";
import { feuille } from "../../domain/saisie/fabrique";

/**
 * Classeurs des tests de la ligne de commande, écrits avec ExcelJS dans un dossier temporaire :
 * les petites feuilles du modèle (test/domain/classeur/exemples.ts), au besoin modifiées.
 */

/** Copie d'une feuille avec des valeurs remplacées (A1 → valeur), par le simulateur de plans. */
export function avec(
  s: SheetSnapshot,
  valeurs: Readonly<Record<string, CellValue>>,
): SheetSnapshot {
  const operations = Object.entries(valeurs).map(([a1, v]) => {
    const { top, left } = lireZone(a1);
    return {
      kind: "setValues" as const,
      sheet: { sheetId: s.id },
      row: top,
      col: left,
      values: [[v]],
    };
  });
  const apres = appliquerPlan({ sheets: [s], settings: {} }, { titre: "test", operations });
  const feuille = apres.sheets[0];
  if (!feuille) throw new Error(`feuille ${s.name} perdue`);
  return feuille;
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

/** Un onglet de travail ajouté par l'organisme : non reconnu (constat « info »). */
const notes = (): SheetSnapshot =>
  feuille("Notes de travail", { B2: "Questions à poser à l'ARS" }, { id: "notes" });

/**
 * Clé FINESS fausse en A10 et internat supérieur à la capacité en E10 (Annexe 1), et un onglet de
 * notes non reconnu : des constats des trois gravités.
 */
export const feuillesAvecErreurs = (): SheetSnapshot[] => [
  avec(annexe1(), { A10: "440000025", E10: 50 }),
  ...feuillesValides().slice(1),
  notes(),
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
