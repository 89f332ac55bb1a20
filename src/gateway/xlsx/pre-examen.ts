import { inflateRawSync } from "node:zlib";
import { adresseA1, adresseZone } from "../../domain/classeur/adresse";
import { ErreurFichier } from "../erreurs-fichier";
import { BalayeurXml, surface, zoneDe, type BilanXml, type Zone } from "./balayage-xml";
import { LIMITES, nombreFr, type LimitesLecture } from "./limites";
import {
  donneesBrutes,
  ecrireZip,
  lireRepertoire,
  parcourirEntree,
  PlafondAtteint,
  ZipIllisible,
  type EntreeAEcrire,
  type EntreeZip,
} from "./zip";

/**
 * Pré-examen d'un .xlsx avant qu'ExcelJS n'en développe quoi que ce soit (ADR 0007) : répertoire
 * zip, puis chaque entrée décompressée par flux sous plafond et balayée sans arbre XML. Refuse
 * (`ErreurFichier`) ce qui est hors de proportion avec un Diagnostic ; corrige ce qui est seulement
 * démesuré (dimension déclarée au-delà des cellules, fusion géante) en réécrivant la feuille.
 */

export interface PreExamen {
  /** Le classeur à confier à ExcelJS : les octets lus, ou une copie corrigée. */
  readonly octets: Buffer;
  /** Ce qui a été corrigé, en français (une phrase par correction). */
  readonly avertissements: readonly string[];
}

export const RE_FEUILLE = /^xl\/worksheets\/[^/]+\.xml$/;
export const estXml = (nom: string) => /\.(xml|rels|vml)$/i.test(nom);

export function verifierArchive(
  nom: string,
  entrees: readonly EntreeZip[],
  l: LimitesLecture,
): void {
  const noms = new Set(entrees.map((e) => e.nom));
  if (entrees.some((e) => e.chiffree)) {
    throw new ErreurFichier("chiffre", nom, "archive zip chiffrée");
  }
  if (noms.has("mimetype") && noms.has("content.xml")) throw new ErreurFichier("format-ods", nom);
  if (!noms.has("xl/workbook.xml")) {
    const quoi = noms.has("word/document.xml")
      ? "c'est un document Word"
      : noms.has("ppt/presentation.xml")
        ? "c'est une présentation PowerPoint"
        : "archive zip sans classeur";
    throw new ErreurFichier("pas-un-classeur", nom, quoi);
  }
  const feuilles = entrees.filter((e) => RE_FEUILLE.test(e.nom)).length;
  if (feuilles > l.feuilles) {
    throw new ErreurFichier(
      "trop-volumineux",
      nom,
      `${nombreFr(feuilles)} feuilles, limite ${nombreFr(l.feuilles)}`,
    );
  }
  const declare = entrees.reduce((n, e) => n + e.tailleDecompressee, 0);
  if (declare > l.decompresseTotal) {
    throw new ErreurFichier(
      "trop-volumineux",
      nom,
      `${mo(declare)} une fois décompressé, limite ${mo(l.decompresseTotal)}`,
    );
  }
  for (const e of entrees) {
    const taux = e.tailleDecompressee / Math.max(1, e.tailleCompressee);
    if (e.tailleDecompressee > l.seuilTaux && taux > l.tauxMax) {
      throw new ErreurFichier(
        "trop-volumineux",
        nom,
        `« ${e.nom} » compressé ${Math.round(taux)} fois : bombe de décompression`,
      );
    }
  }
}

export const mo = (o: number) => `${nombreFr(Math.round(o / (1024 * 1024)))} Mo`;

/** Balaye toutes les entrées (plafonnées) ; rend le bilan XML de chaque feuille. */
async function balayer(
  nom: string,
  o: Buffer,
  entrees: readonly EntreeZip[],
  l: LimitesLecture,
): Promise<Map<string, BilanXml>> {
  const feuilles = new Map<string, BilanXml>();
  let total = 0;
  const somme: Sommes = { cellules: 0, lignes: 0, textes: 0, styles: 0, fusions: 0 };
  for (const e of entrees) {
    const plafond = Math.min(l.decompresseEntree, l.decompresseTotal - total);
    const balayeur = estXml(e.nom) ? new BalayeurXml() : null;
    try {
      total += await parcourirEntree(o, e, plafond, (m) => balayeur?.ajouter(m));
    } catch (err) {
      if (err instanceof PlafondAtteint) {
        throw new ErreurFichier(
          "trop-volumineux",
          nom,
          `« ${e.nom} » dépasse ${mo(plafond)} une fois décompressé`,
        );
      }
      if (err instanceof ZipIllisible) throw new ErreurFichier("endommage", nom, err.raison);
      throw err;
    }
    if (!balayeur) continue;
    const b = balayeur.terminer();
    ajouterAuBilan(somme, b, e.nom, nom);
    if (RE_FEUILLE.test(e.nom)) feuilles.set(e.nom, b);
  }
  verifierSommes(somme, nom, l);
  return feuilles;
}

/** Totaux des balises comptées dans toutes les parties XML. */
export interface Sommes {
  cellules: number;
  lignes: number;
  textes: number;
  styles: number;
  fusions: number;
}

/** Refuse (`trop-volumineux`) un total au-delà de sa limite. */
/** Ajoute le bilan d'une partie aux sommes du classeur ; une DTD (jamais écrite par un tableur) est refusée. */
export function ajouterAuBilan(somme: Sommes, b: BilanXml, partie: string, nom: string): void {
  if (b.dtd) {
    throw new ErreurFichier(
      "endommage",
      nom,
      `« ${partie} » contient une déclaration DTD, qu'aucun tableur n'écrit`,
    );
  }
  somme.cellules += b.cellules;
  somme.lignes += b.lignes;
  somme.textes += b.textes;
  somme.styles += b.styles;
  somme.fusions += b.nbFusions;
}

export function verifierSommes(somme: Sommes, nom: string, l: LimitesLecture): void {
  const depasse: [number, number, string][] = [
    [somme.cellules, l.cellules, "cellules"],
    [somme.lignes, l.lignes, "lignes"],
    [somme.textes, l.textesPartages, "textes partagés"],
    [somme.styles, l.styles, "styles"],
    [somme.fusions, l.fusions, "fusions"],
  ];
  for (const [n, max, quoi] of depasse) {
    if (n > max) {
      throw new ErreurFichier(
        "trop-volumineux",
        nom,
        `${nombreFr(n)} ${quoi}, limite ${nombreFr(max)}`,
      );
    }
  }
}

/** Noms des feuilles par chemin de partie (workbook.xml + ses relations) ; à défaut, le chemin. */
function nomsDesFeuilles(o: Buffer, entrees: readonly EntreeZip[]): Map<string, string> {
  const texte = (n: string) => {
    const e = entrees.find((x) => x.nom === n);
    if (!e || e.tailleDecompressee > 10 * 1024 * 1024) return "";
    const brut = donneesBrutes(o, e);
    return (
      e.methode === 0 ? brut : inflateRawSync(brut, { maxOutputLength: 10 * 1024 * 1024 })
    ).toString("utf8");
  };
  return nomsDepuisTextes(texte("xl/_rels/workbook.xml.rels"), texte("xl/workbook.xml"));
}

/** Noms des feuilles par chemin de partie, d'après les textes des relations et de workbook.xml. */
export function nomsDepuisTextes(rels: string, classeur: string): Map<string, string> {
  const cibles = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const cible = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && cible) cibles.set(id, cible.startsWith("/") ? cible.slice(1) : `xl/${cible}`);
  }
  const noms = new Map<string, string>();
  for (const m of classeur.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const nomFeuille = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const chemin = id ? cibles.get(id) : undefined;
    if (nomFeuille && chemin)
      noms.set(chemin, nomFeuille.replace(/&amp;/g, "&").replace(/&apos;/g, "'"));
  }
  return noms;
}

export interface Correction {
  readonly dimension: Zone | null | "aucune";
  readonly fusionsRetirees: ReadonlySet<string>;
}

/** Ce qu'il faut corriger dans une feuille, et les phrases qui le disent. */
export function corrections(
  b: BilanXml,
  feuille: string,
  l: LimitesLecture,
  dire: (t: string) => void,
): Correction | null {
  let dimension: Correction["dimension"] = null;
  const declaree = b.dimension ? zoneDe(b.dimension) : null;
  if (declaree && (!b.etendue || surface(declaree) > surface(b.etendue))) {
    if (surface(declaree) > l.surfaceFeuille) {
      dimension = b.etendue ?? "aucune";
      const reelle = b.etendue ? adresseZone(b.etendue) : "aucune cellule";
      dire(
        `Feuille « ${feuille} » : plage déclarée ${b.dimension}, ramenée aux cellules écrites (${reelle}).`,
      );
    }
  }
  const fusionsRetirees = new Set<string>();
  for (const ref of b.fusions) {
    const z = zoneDe(ref);
    if (!z || surface(z) <= l.surfaceFusion) continue;
    fusionsRetirees.add(ref);
    dire(
      `Feuille « ${feuille} » : la fusion ${ref} (${nombreFr(surface(z))} cellules) est lue comme sa seule cellule ${adresseA1(z.top, z.left)}.`,
    );
  }
  return dimension || fusionsRetirees.size ? { dimension, fusionsRetirees } : null;
}

function corrigerXml(xml: string, c: Correction): string {
  let t = xml;
  if (c.dimension === "aucune") t = t.replace(/<(\w+:)?dimension\b[^>]*\/>/, "");
  else if (c.dimension) {
    const ref = adresseZone(c.dimension);
    t = t.replace(/(<(?:\w+:)?dimension\b[^>]*?\bref=")[^"]*"/, `$1${ref}"`);
  }
  if (c.fusionsRetirees.size) {
    t = t.replace(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (m, ref: string) =>
      c.fusionsRetirees.has(ref) ? "" : m,
    );
    t = t.replace(/<(\w+:)?mergeCells\b[^>]*>\s*<\/(\w+:)?mergeCells>/, "");
  }
  return t;
}

/**
 * Taille du fichier, répertoire du zip et bornes de l'archive (`verifierArchive`) : ce que le
 * pré-examen et le lecteur direct vérifient avant toute décompression.
 */
export function repertoireVerifie(octets: Buffer, nom: string, l: LimitesLecture): EntreeZip[] {
  if (octets.length > l.octetsFichier) {
    throw new ErreurFichier(
      "trop-volumineux",
      nom,
      `${mo(octets.length)}, limite ${mo(l.octetsFichier)}`,
    );
  }
  let entrees: EntreeZip[];
  try {
    entrees = lireRepertoire(octets, l.entrees);
  } catch (e) {
    if (!(e instanceof ZipIllisible)) throw e;
    const code = /entrées/.test(e.raison) ? "trop-volumineux" : "endommage";
    throw new ErreurFichier(code, nom, e.raison);
  }
  verifierArchive(nom, entrees, l);
  return entrees;
}

/** Pré-examine les octets d'un classeur zip ; lève `ErreurFichier`, rend les octets à charger. */
export async function preExaminer(
  octets: Buffer,
  nom: string,
  l: LimitesLecture = LIMITES,
): Promise<PreExamen> {
  const entrees = repertoireVerifie(octets, nom, l);
  const bilans = await balayer(nom, octets, entrees, l);
  const avertissements: string[] = [];
  const noms = nomsDesFeuilles(octets, entrees);
  const remplacees = new Map<string, Buffer>();
  for (const [chemin, b] of bilans) {
    const c = corrections(b, noms.get(chemin) ?? chemin, l, (t) => avertissements.push(t));
    if (!c) continue;
    const e = entrees.find((x) => x.nom === chemin) as EntreeZip;
    const brut = donneesBrutes(octets, e);
    const xml = (
      e.methode === 0 ? brut : inflateRawSync(brut, { maxOutputLength: l.decompresseEntree })
    ).toString("utf8");
    remplacees.set(chemin, Buffer.from(corrigerXml(xml, c), "utf8"));
  }
  if (remplacees.size === 0) return { octets, avertissements };
  const aEcrire: EntreeAEcrire[] = entrees.map((e) => {
    const contenu = remplacees.get(e.nom);
    return contenu ? { nom: e.nom, contenu } : { nom: e.nom, brute: e };
  });
  return { octets: ecrireZip(octets, aEcrire), avertissements };
}
