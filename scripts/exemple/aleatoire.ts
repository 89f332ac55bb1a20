/**
 * Tirages pseudo-aléatoires déterministes (mulberry32) : le classeur d'exemple est identique à
 * chaque génération, mais ses valeurs ont l'air de vraies données.
 */
export class Tirage {
  private etat: number;

  constructor(graine: number) {
    this.etat = graine >>> 0;
  }

  /** Nombre dans [0, 1). */
  suivant(): number {
    this.etat = (this.etat + 0x6d2b79f5) >>> 0;
    let t = this.etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Entier dans [min, max]. */
  entier(min: number, max: number): number {
    return min + Math.floor(this.suivant() * (max - min + 1));
  }

  /** Élément d'une liste. */
  parmi<T>(liste: readonly T[]): T {
    return liste[Math.floor(this.suivant() * liste.length)] as T;
  }

  /** Vrai avec la probabilité `p`. */
  si(p: number): boolean {
    return this.suivant() < p;
  }
}

/** Graine stable dérivée d'un texte (FNV-1a). */
export function graine(texte: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Tirage propre à une clé : la même clé donne toujours les mêmes valeurs. */
export const tirage = (cle: string) => new Tirage(graine(cle));
