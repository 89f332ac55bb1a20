import { cellule, estVideEn, fusionDe, limites, valeurEn, type Cellule } from "../cellule";
import type { Champ } from "../modele";
import type { CellRange, SheetSnapshot } from "../snapshot";
import type { OngletReconnu } from "../types-onglet";
import { normaliserTexte } from "../texte";
import { typerFeuille, type TypageFeuille } from "../typage/typer";

/**
 * Lecture d'une feuille pour le repérage : cellules vues par leur ancre de fusion, typées par le
 * typage partagé (saisie, libellé, pré-rempli, calcul, masquée…), et construction des champs repérés.
 */

export interface Libelle {
  readonly row: number;
  readonly col: number;
  /** Zone occupée (la fusion, ou la cellule seule). */
  readonly zone: CellRange;
  readonly texte: string;
  readonly norm: string;
}

export type Classe = "saisie" | "incertain" | "non";

/** Contexte de repérage d'une feuille. */
export class Feuille {
  readonly derniereLigne: number;
  readonly derniereColonne: number;
  private libellesCache?: Libelle[];
  private parLigne?: Map<number, Libelle[]>;
  private readonly parDebut = new Map<string, ReadonlyMap<number, readonly Libelle[]>>();

  constructor(
    readonly sheet: SheetSnapshot,
    readonly onglet: OngletReconnu,
    readonly typage: TypageFeuille = typerFeuille(sheet),
  ) {
    const l = limites(sheet);
    this.derniereLigne = l.lastRow;
    this.derniereColonne = l.lastCol;
  }

  get premiereLigne(): number {
    return this.sheet.origin.row;
  }
  get premiereColonne(): number {
    return this.sheet.origin.col;
  }

  /** Zone de la cellule : sa fusion ou elle-même. */
  zone(row: number, col: number): CellRange {
    return fusionDe(this.sheet, row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** Cellule ancre (haut-gauche de la fusion) de la cellule (row, col). */
  ancre(row: number, col: number): Cellule {
    const z = fusionDe(this.sheet, row, col);
    return z ? cellule(this.sheet, z.top, z.left) : cellule(this.sheet, row, col);
  }

  classe(c: Cellule): Classe {
    const t = this.typage.type(c.row, c.col);
    return t === "saisie" ? "saisie" : t === "incertaine" ? "incertain" : "non";
  }

  /** Vrai si la cellule est de saisie (bleue) ou d'une couleur incertaine. */
  estBleue(c: Cellule): boolean {
    return this.classe(c) !== "non";
  }

  /** Vrai si la cellule est un libellé (texte hors saisie, en-tête de section compris). */
  estLibelle(c: Cellule): boolean {
    const t = this.typage.type(c.row, c.col);
    return (
      (t === "libelle" || t === "titre") && typeof c.value === "string" && c.value.trim() !== ""
    );
  }

  /**
   * Texte de la cellule (row, col) si elle est un libellé (`estLibelle`), sans construire la
   * cellule ; `undefined` sinon.
   */
  texteLibelle(row: number, col: number): string | undefined {
    const t = this.typage.type(row, col);
    if (t !== "libelle" && t !== "titre") return undefined;
    const v = valeurEn(this.sheet, row, col);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  }

  /** Ligne sans valeur ni cellule bleue entre les colonnes données (incluses). */
  ligneVide(row: number, de = this.premiereColonne, a = this.derniereColonne): boolean {
    for (let col = de; col <= a; col++) {
      // L'ancre lue sans construire de cellule.
      const z = fusionDe(this.sheet, row, col);
      const r = z ? z.top : row;
      const c = z ? z.left : col;
      const t = this.typage.type(r, c);
      if (t === "saisie" || t === "incertaine" || !estVideEn(this.sheet, r, c)) return false;
    }
    return true;
  }

  /** Tous les libellés de la feuille, une fois par fusion, en ordre de lecture. */
  libelles(): readonly Libelle[] {
    if (this.libellesCache) return this.libellesCache;
    const out: Libelle[] = [];
    for (let row = this.premiereLigne; row <= this.derniereLigne; row++) {
      for (let col = this.premiereColonne; col <= this.derniereColonne; col++) {
        // Le type d'abord : la plupart des cellules ne sont pas des libellés.
        const texte = this.texteLibelle(row, col);
        if (texte === undefined) continue;
        const f = fusionDe(this.sheet, row, col);
        if (f && (f.top !== row || f.left !== col)) continue;
        const zone = f ?? { top: row, left: col, bottom: row, right: col };
        out.push({ row, col, zone, texte, norm: normaliserTexte(texte) });
      }
    }
    this.libellesCache = out;
    return out;
  }

  /**
   * Libellés rangés par la ligne (orientation « lignes ») ou la colonne (« colonnes ») où leur
   * zone commence, chacun dans l'ordre de l'autre axe : construits une fois par feuille et partagés
   * par toutes les vues (les repérages en ouvrent plusieurs).
   */
  libellesParDebut(orientation: "lignes" | "colonnes"): ReadonlyMap<number, readonly Libelle[]> {
    const deja = this.parDebut.get(orientation);
    if (deja) return deja;
    const lignes = orientation === "lignes";
    const m = new Map<number, Libelle[]>();
    for (const l of this.libelles()) {
      const k = lignes ? l.zone.top : l.zone.left;
      const liste = m.get(k);
      if (liste) liste.push(l);
      else m.set(k, [l]);
    }
    // En ordre de lecture, chaque liste est presque toujours déjà rangée : le tri n'est fait
    // que s'il change quelque chose (tri stable, même résultat).
    const position = (l: Libelle) => (lignes ? l.zone.left : l.zone.top);
    for (const liste of m.values()) {
      const range = liste.every(
        (l, i) => i === 0 || position(liste[i - 1] as Libelle) <= position(l),
      );
      if (!range) liste.sort((a, b) => position(a) - position(b));
    }
    this.parDebut.set(orientation, m);
    return m;
  }

  /** Libellés d'une ligne, de gauche à droite. */
  libellesLigne(row: number): readonly Libelle[] {
    if (!this.parLigne) {
      this.parLigne = new Map();
      for (const l of this.libelles()) {
        const liste = this.parLigne.get(l.row);
        if (liste) liste.push(l);
        else this.parLigne.set(l.row, [l]);
      }
    }
    return this.parLigne.get(row) ?? [];
  }

  /** Ancres bleues d'une ligne entre deux colonnes (incluses), de gauche à droite. */
  bleuesLigne(row: number, de = this.premiereColonne, a = this.derniereColonne): Cellule[] {
    const out: Cellule[] = [];
    for (let col = de; col <= a; col++) {
      const z = fusionDe(this.sheet, row, col);
      if (z && (z.top !== row || z.left !== col)) continue;
      // Le type d'abord : seule une ancre bleue est construite.
      const t = this.typage.type(row, col);
      if (t === "saisie" || t === "incertaine") out.push(cellule(this.sheet, row, col));
    }
    return out;
  }

  /**
   * Valeur d'un libellé : la cellule bleue la plus proche à droite dans la même ligne (fusions
   * comprises), sans franchir un autre libellé ; à défaut, la cellule bleue juste dessous.
   */
  valeurDe(l: Libelle): Cellule | undefined {
    const row = l.row;
    for (let col = l.zone.right + 1; col <= this.derniereColonne; col++) {
      const z = fusionDe(this.sheet, row, col);
      if (z && z.left !== col) continue;
      const c = cellule(this.sheet, z ? z.top : row, col);
      if (this.estBleue(c)) return c;
      if (this.estLibelle(c)) break;
    }
    for (const r of [l.zone.bottom + 1, l.zone.bottom + 2]) {
      const c = this.ancre(r, l.zone.left);
      if (this.estBleue(c)) return c;
      if (this.estLibelle(c)) break;
    }
    return undefined;
  }

  /** Champ repéré pour une cellule (confiance réduite si la couleur n'est qu'« incertaine »). */
  champ(cle: string, libelle: string, c: Cellule, confiance: number): Champ {
    const classe = this.classe(c);
    return {
      cle,
      libelle,
      location: { sheetId: this.sheet.id, sheetName: this.sheet.name, row: c.row, col: c.col },
      cellule: c,
      saisie: classe === "saisie",
      confiance: classe === "incertain" ? Math.round(confiance * 80) / 100 : confiance,
    };
  }

  /** Champ d'une cellule de tableau (row, col), vue par son ancre de fusion. */
  champEn(cle: string, libelle: string, row: number, col: number, confiance: number): Champ {
    return this.champ(cle, libelle, this.ancre(row, col), confiance);
  }
}
