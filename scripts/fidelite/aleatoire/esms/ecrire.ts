import ExcelJS from "exceljs";
import { Hasard } from "../verite";
import type { OngletEsmsAleatoire, TableauEsmsAleatoire } from "./parametres";

/**
 * Écrit un onglet de tableaux d'ESMS tiré par `parametres.ts`, dans les coordonnées (e, m) d'une vue
 * (e : axe des ESMS, m : axe des mesures), transposées à l'écriture si l'orientation est
 * « colonnes ». La vérité terrain (FINESS, mode, mesure → adresse) est notée au moment d'écrire.
 */

export interface ValeurEsmsVerite {
  readonly finess: string;
  readonly mode?: string;
  readonly mesure: string;
  readonly adresse: string;
}

export interface OngletEsmsEcrit {
  readonly buffer: Buffer;
  readonly nom: string;
  readonly valeurs: readonly ValeurEsmsVerite[];
  readonly finess: readonly string[];
}

const MESURES = [
  "Taux d'occupation de l'hébergement", "Bénéficiaires de l'aide sociale", "Personnes de 60 ans et plus",
  "Durée moyenne de séjour", "Personnes en liste d'attente", "Prix de journée", "Part des personnes originaires du département",
]; // prettier-ignore
const GROUPES = ["Activité", "Public accueilli", "Tarification"];
const MODES = ["Internat", "Semi-internat"];
const BLEU: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GRIS: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const ENTETE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };

/** FINESS valide (clé de Luhn) du département 85, numéro `n`. */
export function finessAleatoire(n: number): string {
  const base = `8500${String(n).padStart(4, "0")}`;
  let s = 0;
  [...base].reverse().forEach((ch, i) => {
    let d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    s += d;
  });
  return `${base}${(10 - (s % 10)) % 10}`;
}

class Grille {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly lignes: boolean,
  ) {}
  rc(e: number, m: number): [number, number] {
    return this.lignes ? [e, m] : [m, e];
  }
  cell(e: number, m: number): ExcelJS.Cell {
    const [r, c] = this.rc(e, m);
    return this.ws.getCell(r, c);
  }
  fusion(e0: number, m0: number, e1: number, m1: number): void {
    if (e0 === e1 && m0 === m1) return;
    const [r0, c0] = this.rc(e0, m0);
    const [r1, c1] = this.rc(e1, m1);
    this.ws.mergeCells(r0, c0, r1, c1);
  }
  texte(e: number, m: number, t: string, o: { gras?: boolean; fond?: ExcelJS.Fill } = {}): void {
    const c = this.cell(e, m);
    c.value = t;
    if (o.gras) c.font = { bold: true };
    if (o.fond) c.fill = o.fond;
  }
}

interface Etat {
  e: number;
  n: number;
  readonly valeurs: ValeurEsmsVerite[];
  readonly finess: string[];
}

function ecrireTableau(g: Grille, t: TableauEsmsAleatoire, m0: number, h: Hasard, s: Etat): void {
  const mF = m0;
  const mM = m0 + (t.long ? 3 : 2);
  const mFin = mM + t.mesures - 1;
  g.texte(s.e, mF, `Tableau des ESMS (${t.nbEsms})`, { gras: true });
  g.fusion(s.e, mF, s.e, mFin);
  s.e += 2;
  const eH = s.e + (t.deuxNiveaux ? 1 : 0);
  const identite = ["N° FINESS", "Établissement ou service", ...(t.long ? ["Mode d'accueil"] : [])];
  identite.forEach((x, k) => {
    g.texte(s.e, mF + k, x, { gras: true, fond: ENTETE });
    g.fusion(s.e, mF + k, eH, mF + k);
  });
  const libelles = MESURES.slice(0, t.mesures);
  libelles.forEach((x, k) => g.texte(eH, mM + k, x, { gras: true, fond: ENTETE }));
  if (t.deuxNiveaux) {
    for (let k = 0, gi = 0; k < t.mesures; k += 2, gi++) {
      const fin = Math.min(k + 1, t.mesures - 1);
      g.texte(s.e, mM + k, GROUPES[gi % GROUPES.length] as string, { gras: true, fond: ENTETE });
      g.fusion(s.e, mM + k, s.e, mM + fin);
    }
  }
  s.e = eH + 1;
  const premiere = s.e;
  const modes = t.long ? MODES : [undefined];
  for (let i = 0; i < t.nbEsms; i++) {
    if (t.sousTitres && i % 3 === 0) {
      g.texte(s.e, mF, `Département n° ${i / 3 + 1}`, { gras: true, fond: GRIS });
      g.fusion(s.e, mF, s.e, mFin);
      s.e++;
    }
    const finess = finessAleatoire(++s.n);
    s.finess.push(finess);
    g.cell(s.e, mF).value = finess;
    g.cell(s.e, mF + 1).value = `ESMS ${s.n} ${h.entier(1, 99)}`;
    g.fusion(s.e, mF, s.e + modes.length - 1, mF);
    g.fusion(s.e, mF + 1, s.e + modes.length - 1, mF + 1);
    for (const mode of modes) {
      if (mode) g.cell(s.e, mF + 2).value = mode;
      libelles.forEach((mesure, k) => {
        const c = g.cell(s.e, mM + k);
        c.value = h.entier(0, 300);
        c.fill = t.saisies ? BLEU : GRIS;
        if (t.saisies) c.protection = { locked: false };
        s.valeurs.push({ finess, ...(mode ? { mode } : {}), mesure, adresse: c.address });
      });
      s.e++;
    }
  }
  for (let i = 0; i < t.reservees; i++, s.e++) {
    for (let k = 0; k < t.mesures + 2; k++) {
      const c = g.cell(s.e, k < 2 ? mF + k : mM + k - 2);
      c.fill = BLEU;
      c.protection = { locked: false };
    }
  }
  if (t.total !== "aucun") {
    g.texte(s.e, mF + 1, "Total", { gras: true });
    libelles.forEach((_, k) => {
      const c = g.cell(s.e, mM + k);
      const debut = g.cell(premiere, mM + k).address;
      const fin = g.cell(s.e - 1, mM + k).address;
      c.value = t.total === "tape" ? 999 : { formula: `SUM(${debut}:${fin})`, result: 999 };
    });
    s.e++;
  }
  s.e += 2;
}

export async function ecrireOngletEsms(o: OngletEsmsAleatoire): Promise<OngletEsmsEcrit> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2-G Indicateurs départementaux");
  const g = new Grille(ws, o.orientation === "lignes");
  const h = new Hasard(o.graine);
  const m0 = 1 + o.decalage.m + (o.aide ? 1 : 0);
  const s: Etat = { e: 1 + o.decalage.e, n: 0, valeurs: [], finess: [] };
  for (const t of o.tableaux) ecrireTableau(g, t, m0, h, s);
  if (o.aide) {
    const mA = m0 - 1;
    for (let e = 1; e < s.e; e++) g.cell(e, mA).value = { formula: "1+1", result: 2 };
    if (g.lignes) ws.getColumn(mA).hidden = true;
    else ws.getRow(mA).hidden = true;
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, nom: ws.name, valeurs: s.valeurs, finess: s.finess };
}
