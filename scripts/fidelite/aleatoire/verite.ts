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

/** Générateur pseudo-aléatoire déterministe (mulberry32). */
export class Hasard {
  private etat: number;
  constructor(graine: number) {
    this.etat = graine >>> 0;
  }
  suivant(): number {
    this.etat = (this.etat + 0x6d2b79f5) >>> 0;
    let t = this.etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  entier(min: number, max: number): number {
    return min + Math.floor(this.suivant() * (max - min + 1));
  }
  si(p: number): boolean {
    return this.suivant() < p;
  }
}
