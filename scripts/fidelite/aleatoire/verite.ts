import type ExcelJS from "exceljs";

/**
 * Vérité terrain d'un classeur aléatoire, enregistrée au moment où chaque cellule est écrite
 * (jamais recalculée après coup) : les cellules de saisie de chaque feuille.
 */

export interface VeriteFeuille {
  readonly nom: string;
  /** Adresses A1 des cellules de saisie (une par fusion : sa cellule haut-gauche). */
  readonly saisies: string[];
}

export class Enregistreur {
  readonly feuilles: VeriteFeuille[] = [];

  feuille(ws: ExcelJS.Worksheet): VeriteFeuille {
    let f = this.feuilles.find((x) => x.nom === ws.name);
    if (!f) {
      f = { nom: ws.name, saisies: [] };
      this.feuilles.push(f);
    }
    return f;
  }

  /** Note une cellule de saisie (adresse de l'ancre). */
  saisie(ws: ExcelJS.Worksheet, adresse: string): void {
    const f = this.feuille(ws);
    if (!f.saisies.includes(adresse)) f.saisies.push(adresse);
  }
}

/** Générateur pseudo-aléatoire déterministe (mulberry32), celui du classeur d'exemple. */
export { Tirage as Hasard } from "../../exemple/aleatoire";
