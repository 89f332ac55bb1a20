import { adresseA1 } from "../../adresse";
import { formuleEn, fusionDe, genreEn, valeurEn, type Cellule } from "../../cellule";
import type { Champ } from "../../modele";
import { normaliserTexte } from "../../texte";
import type { Vue } from "../../tableaux/vue";
import type { Paire2D, Position2D } from "./paires";
import { apresDeuxPoints, type Identite2D } from "./roles";

/**
 * 2-D : lignes d'entités d'une paire d'en-têtes (un ESMS, un périmètre ou un indicateur par ligne
 * de la vue) : cellules du numérateur, du dénominateur et du taux, identité de la ligne (par ses
 * en-têtes, sinon le texte le plus proche avant le numérateur). S'arrête à une ligne vide, à une
 * ligne « Total » ou à la ligne d'en-têtes suivante ; saute les lignes réservées (saisies vides sans
 * identité) et lit comme explications une première ligne de textes sous les termes.
 */

export interface Ligne2D {
  readonly e: number;
  readonly numerateur: Champ;
  readonly denominateur: Champ;
  readonly taux?: Champ;
  /** Identité par en-tête (FINESS, nom, périmètre, indicateur). */
  readonly identites: Readonly<Partial<Record<Identite2D, string>>>;
  /** Identité sans en-tête : textes les plus proches avant le numérateur. */
  readonly texte: string;
}

export interface LignesLues2D {
  readonly lignes: readonly Ligne2D[];
  readonly explications: { numerateur: string; denominateur: string };
  /** Colonne (ou ligne) de taux trouvée par sa formule, faute d'en-tête. */
  readonly tauxParFormule: boolean;
  readonly fin: number;
}

const texteDeValeur = (v: Cellule["value"] | undefined): string =>
  v === null || v === undefined || typeof v === "boolean" ? "" : String(v).trim();
const texteDe = (c: Cellule): string => texteDeValeur(c.value);
const vide = (c: Cellule) => c.type === "Empty" || texteDe(c) === "";
const estSaisie = (v: Vue, e: number, m: number) => {
  const t = v.type(e, m);
  return t === "saisie" || t === "incertaine";
};
/** La cellule appartient à cette ligne (une fusion venue d'une ligne précédente, non). */
const propre = (v: Vue, e: number, m: number) => v.debutE(e, m) === e;

/** Cellule sous un en-tête : la première saisie de son étendue, sinon l'ancre de sa première case. */
function sous(v: Vue, e: number, p: { m0: number; m1: number }): Cellule {
  for (let m = p.m0; m <= p.m1; m++)
    if (estSaisie(v, e, m) && v.debutM(e, m) === m) return v.ancre(e, m);
  return v.ancre(e, p.m0);
}

/** Taux sans en-tête : la case après le dénominateur, si sa formule cite les deux termes. */
function tauxParFormule(v: Vue, p: Paire2D, e: number): { m0: number; m1: number } | undefined {
  const m = p.denominateur.m1 + 1;
  if (m > v.mMax) return undefined;
  const c = v.ancre(e, m);
  const [n, d] = [sous(v, e, p.numerateur), sous(v, e, p.denominateur)];
  const cite = (x: Cellule) =>
    new RegExp(`\\$?${adresseA1(x.row, x.col).replace(/(\d+)$/, "\\$?$1")}(?!\\d)`).test(
      c.formula ?? "",
    );
  return c.formula && cite(n) && cite(d) ? { m0: m, m1: m } : undefined;
}

/** Identité sans en-tête : en remontant l'axe des mesures, le premier texte (et un FINESS voisin). */
function texteAvant(v: Vue, e: number, p: Paire2D): string {
  const pris = (m: number) => p.identites.some((h) => m >= h.m0 && m <= h.m1);
  const sheet = v.f.sheet;
  const lignes = v.orientation === "lignes";
  const textes: string[] = [];
  for (let m = p.numerateur.m0 - 1; m >= v.mMin && textes.length < 2; m--) {
    const row = lignes ? e : m;
    const col = lignes ? m : e;
    // Une zone qui commence en (e, m) : (row, col) est son ancre, lue sans construire la cellule.
    const z = fusionDe(sheet, row, col);
    if (z && (z.top !== row || z.left !== col)) continue;
    if (pris(m)) continue;
    const value = valeurEn(sheet, row, col);
    const texte = texteDeValeur(value);
    if (formuleEn(sheet, row, col) || genreEn(sheet, row, col) === "Empty" || texte === "") {
      if (textes.length > 0) break;
      continue;
    }
    if (typeof value === "string" || /^\d{8,9}$/.test(texte)) textes.unshift(texte);
    else if (textes.length > 0) break;
  }
  return textes.join(" ");
}

function champ(v: Vue, cle: string, libelle: string, c: Cellule): Champ {
  return v.f.champ(cle, libelle, c, 1);
}

const TOTAL = /^total\b/;
const ECART_TETE = 2;
const SOUS_TOTAL = /^sous total\b/;

export function lireLignes2D(v: Vue, p: Paire2D, arret: (e: number) => boolean): LignesLues2D {
  const lignes: Ligne2D[] = [];
  const explications = { numerateur: "", denominateur: "" };
  let taux: { m0: number; m1: number } | undefined = p.taux;
  let parFormule = false;
  const termes: { m0: number; m1: number }[] = [
    p.numerateur,
    p.denominateur,
    ...(p.taux ? [p.taux] : []),
  ];
  let e = p.bas + 1;
  for (; e <= v.eMax && !arret(e); e++) {
    const n = sous(v, e, p.numerateur);
    const d = sous(v, e, p.denominateur);
    const nPropre = propre(v, e, v.mDe(n));
    const dPropre = propre(v, e, v.mDe(d));
    const ids: Partial<Record<Identite2D, string>> = {};
    for (const h of p.identites) {
      const t = texteDeValeur(v.valeurAncre(e, h.m0));
      if (t && !ids[h.role]) ids[h.role] = t;
    }
    const texte = p.identites.length > 0 ? "" : texteAvant(v, e, p);
    const identite = [...Object.values(ids), texte].join(" ").trim();
    const normes = normaliserTexte(identite);
    const saisies = termes.some((t) => estSaisie(v, e, t.m0));
    const valeurs = (nPropre && !vide(n)) || (dPropre && !vide(d));
    if (!valeurs && !saisies && !identite) {
      // Une ou deux lignes vides entre les en-têtes et les valeurs (colonne d'écart) sont permises.
      if (lignes.length === 0 && e <= p.bas + ECART_TETE) continue;
      break;
    }
    if (TOTAL.test(normes)) break;
    if (SOUS_TOTAL.test(normes)) continue;
    if (v.f.estLibelle(n) && v.f.estLibelle(d) && nPropre && dPropre) {
      if (lignes.length === 0 && !explications.numerateur) {
        explications.numerateur = apresDeuxPoints(texteDe(n)) || texteDe(n);
        explications.denominateur = apresDeuxPoints(texteDe(d)) || texteDe(d);
        continue;
      }
      break;
    }
    if (!valeurs && !identite) continue; // ligne réservée
    if (!valeurs && !saisies) break;
    if (!taux && lignes.length === 0) {
      taux = tauxParFormule(v, p, e);
      parFormule = !!taux;
    }
    const t = taux ? v.ancre(e, taux.m0) : undefined;
    lignes.push({
      e,
      numerateur: champ(v, "numerateur", p.numerateur.libelle.texte, n),
      denominateur: champ(v, "denominateur", p.denominateur.libelle.texte, d),
      ...(t && (t.formula || !vide(t)) && propre(v, e, taux?.m0 ?? 0)
        ? { taux: champ(v, "taux", (p.taux as Position2D | undefined)?.libelle.texte ?? "Taux", t) }
        : {}),
      identites: ids,
      texte,
    });
  }
  return { lignes, explications, tauxParFormule: parFormule, fin: e };
}
