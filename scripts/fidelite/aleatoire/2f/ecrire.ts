import ExcelJS from "exceljs";
import { avecCle } from "../../../exemple-autre/finess";
import { Hasard } from "../verite";
import { LIBELLES_ORIENTATIONS, type MiseEnPage2F, type Orientation2F } from "./parametres";

/**
 * Écrit une Annexe 2-F aléatoire (`parametres.ts`) et sa vérité terrain, notée au moment où chaque
 * cellule est écrite : cellules de Creton (établissement, mode, orientation), totaux, identités et
 * le total faussé s'il y en a un. Les coordonnées (e, m) sont celles de la vue : `e` l'axe des
 * établissements, `m` celui des mesures ; la transposition échange lignes et colonnes.
 */

export type Mode2F = "internat" | "semi-internat";

export interface Verite2F {
  readonly feuille: string;
  readonly valeurs: { adresse: string; finess: string; mode: Mode2F; orientation: Orientation2F }[];
  readonly identites: { adresse: string; finess: string }[];
  readonly totaux: string[];
  /** Adresse du total faussé (contrôle `creton/total-incoherent` attendu). */
  erreur?: string;
}

const BLEU: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const NOMS = ["IME Les Pins", "IEM Le Phare", "ITEP La Source", "IME Mistral", "EEAP Les Cèdres"];
const FINESS = ["44000002", "44000008", "49000012", "85000045", "72000078"].map(avecCle);

class Grille {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly m: MiseEnPage2F,
  ) {}
  private rc(e: number, k: number): [number, number] {
    return this.m.transpose ? [k, e] : [e, k];
  }
  adresse(e: number, k: number): string {
    const [r, c] = this.rc(e, k);
    return this.ws.getCell(r, c).address;
  }
  ecrire(e: number, k: number, v: ExcelJS.CellValue, o: { saisie?: boolean; gras?: boolean } = {}) {
    const [r, c] = this.rc(e, k);
    const cell = this.ws.getCell(r, c);
    if (v !== undefined) cell.value = v;
    if (o.saisie) {
      cell.fill = BLEU;
      cell.protection = { locked: false };
    }
    if (o.gras) cell.font = { bold: true };
    return cell.address;
  }
  fusion(e0: number, k0: number, e1: number, k1: number): void {
    if (e0 === e1 && k0 === k1) return;
    const [r0, c0] = this.rc(e0, k0);
    const [r1, c1] = this.rc(e1, k1);
    this.ws.mergeCells(r0, c0, r1, c1);
  }
}

interface Total {
  readonly e: number;
  readonly k: number;
  readonly parts: readonly string[];
  readonly valeur: number;
}

export async function ecrire2F(m: MiseEnPage2F): Promise<{ buffer: Buffer; verite: Verite2F }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("2-F Creton");
  ws.getCell(1, 1).value = "Annexe 2-F — Activité des plus de 20 ans en amendement Creton";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const g = new Grille(ws, m);
  const h = new Hasard(m.graine);
  const verite: Verite2F = { feuille: ws.name, valeurs: [], identites: [], totaux: [] };
  const modes: Mode2F[] = m.internatDAbord
    ? ["internat", "semi-internat"]
    : ["semi-internat", "internat"];
  const libelleMode = (x: Mode2F) => (x === "internat" ? "Internat" : "Semi-internat");
  const os = m.orientations;
  const libelle = (o: (typeof os)[number]) => LIBELLES_ORIENTATIONS[o.cle][o.libelle] ?? o.cle;
  const e0 = m.decalage.e + 4;
  const k0 = m.decalage.m + 2;
  const long = m.format === "long";
  const totaux: Total[] = [];
  const cellules: { mode: Mode2F; o: Orientation2F; adresse: string; v: number | null }[] = [];
  const total = (e: number, k: number, parts: readonly string[], valeur: number) =>
    totaux.push({ e, k, parts, valeur });
  const somme = (xs: readonly { v: number | null }[]) => xs.reduce((s, x) => s + (x.v ?? 0), 0);
  // En-têtes.
  const bas = long ? e0 : e0 + 1;
  g.ecrire(e0, k0, "N° FINESS", { gras: true });
  g.fusion(e0, k0, bas, k0);
  g.ecrire(e0, k0 + 1, "Établissement", { gras: true });
  g.fusion(e0, k0 + 1, bas, k0 + 1);
  let k = k0 + 2;
  const colonnes: { k: number; mode?: Mode2F; o: Orientation2F }[] = [];
  if (long) {
    g.ecrire(e0, k++, "Mode d'accueil", { gras: true });
    for (const o of os) {
      g.ecrire(e0, k, libelle(o), { gras: true });
      colonnes.push({ k: k++, o: o.cle });
    }
  } else {
    for (const mode of modes) {
      g.ecrire(e0, k, libelleMode(mode), { gras: true });
      g.fusion(e0, k, e0, k + os.length - 1);
      for (const o of os) {
        g.ecrire(e0 + 1, k, libelle(o), { gras: true });
        colonnes.push({ k: k++, mode, o: o.cle });
      }
    }
  }
  const kTotal = m.totalLigne ? k++ : null;
  const kEtab = long && m.totalEtablissement ? k++ : null;
  if (kTotal !== null) {
    g.ecrire(e0, kTotal, "Total", { gras: true });
    g.fusion(e0, kTotal, bas, kTotal);
  }
  if (kEtab !== null) {
    g.ecrire(e0, kEtab, "Total établissement", { gras: true });
    g.fusion(e0, kEtab, bas, kEtab);
  }
  // Lignes d'établissements.
  let e = bas + 1;
  for (let i = 0; i < m.nbEsms; i++) {
    const finess = FINESS[i] ?? "440000024";
    const lignes = long ? modes.map((mode) => ({ mode })) : [{ mode: undefined }];
    const debut = e;
    const propres: typeof cellules = [];
    lignes.forEach((l, j) => {
      const premiere = j === 0;
      if (premiere || !m.fusionIdentite) {
        const a = g.ecrire(e, k0, finess, { saisie: m.identiteSaisie });
        const b = g.ecrire(e, k0 + 1, NOMS[i] ?? "IME", { saisie: m.identiteSaisie });
        // Identité répétée sur la ligne suivante : seule la première désigne l'établissement.
        if (premiere) verite.identites.push({ adresse: a, finess }, { adresse: b, finess });
      }
      if (l.mode) g.ecrire(e, k0 + 2, libelleMode(l.mode));
      const ligne: typeof cellules = [];
      for (const c of colonnes) {
        const mode = (c.mode ?? l.mode) as Mode2F;
        const v = h.si(0.15) ? null : h.entier(0, 5);
        const adresse = g.ecrire(e, c.k, v ?? undefined, { saisie: true });
        verite.valeurs.push({ adresse, finess, mode, orientation: c.o });
        ligne.push({ mode, o: c.o, adresse, v });
      }
      if (kTotal !== null)
        total(
          e,
          kTotal,
          ligne.map((x) => x.adresse),
          somme(ligne),
        );
      propres.push(...ligne);
      e++;
    });
    if (long && m.fusionIdentite) {
      g.fusion(debut, k0, e - 1, k0);
      g.fusion(debut, k0 + 1, e - 1, k0 + 1);
    }
    if (kEtab !== null) {
      total(
        debut,
        kEtab,
        propres.map((x) => x.adresse),
        somme(propres),
      );
      g.fusion(debut, kEtab, e - 1, kEtab);
    }
    cellules.push(...propres);
  }
  // Lignes de total.
  const lignesTotal: (Mode2F | undefined)[] =
    m.lignesTotal === "aucune"
      ? []
      : m.lignesTotal === "modes-et-general" && long
        ? [...modes, undefined]
        : [undefined];
  for (const mode of lignesTotal) {
    g.ecrire(e, k0, mode ? `Total ${libelleMode(mode).toLowerCase()}` : "Total général", {
      gras: true,
    });
    g.fusion(e, k0, e, k0 + (long ? 2 : 1));
    const dans = cellules.filter((x) => !mode || x.mode === mode);
    for (const c of colonnes) {
      const xs = dans.filter((x) => x.o === c.o && (!c.mode || x.mode === c.mode));
      total(
        e,
        c.k,
        xs.map((x) => x.adresse),
        somme(xs),
      );
    }
    if (kTotal !== null)
      total(
        e,
        kTotal,
        dans.map((x) => x.adresse),
        somme(dans),
      );
    e++;
  }
  const faux = m.totalFaux !== null && totaux.length > 0 ? m.totalFaux % totaux.length : -1;
  totaux.forEach((t, i) => {
    const adresse =
      i === faux || m.totauxTapes
        ? g.ecrire(t.e, t.k, i === faux ? t.valeur + 1 : t.valeur)
        : g.ecrire(t.e, t.k, {
            formula: t.parts.length > 0 ? t.parts.join("+") : "0",
            result: t.valeur,
          } as ExcelJS.CellFormulaValue);
    verite.totaux.push(adresse);
    if (i === faux) verite.erreur = adresse;
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, verite };
}
