import { inflateRawSync } from "node:zlib";
import { ErreurFichier } from "../../erreurs-fichier";
import { BalayeurXml, type BilanXml } from "../balayage-xml";
import type { LimitesLecture } from "../limites";
import {
  corrections,
  estXml,
  mo,
  nomsDepuisTextes,
  RE_FEUILLE,
  ajouterAuBilan,
  repertoireVerifie,
  verifierSommes,
  type Sommes,
} from "../pre-examen";
import { donneesBrutes, type EntreeZip } from "../zip";
import { Repli } from "./xml";

/**
 * Le pré-examen (ADR 0007) en un seul passage pour le lecteur direct : chaque entrée est
 * décompressée une fois, d'un bloc, sous les mêmes plafonds ; ses balises sont comptées par le même
 * balayeur ; les mêmes refus (`ErreurFichier`) et les mêmes avertissements en sortent. Une entrée
 * qui ment sur sa taille, ou que zlib refuse, fait repasser par le pré-examen par flux (`Repli`).
 */

export interface ArchiveLue {
  /** Entrées dans l'ordre de l'archive. */
  readonly entrees: readonly EntreeZip[];
  /** Texte (UTF-8) de chaque partie XML (`.xml`, `.rels`, `.vml`). */
  readonly parties: ReadonlyMap<string, string>;
  readonly avertissements: readonly string[];
  /** Fusions retirées (plus grandes que la limite), par chemin de feuille. */
  readonly fusionsRetirees: ReadonlyMap<string, ReadonlySet<string>>;
}

const DIX_MO = 10 * 1024 * 1024;

function decompresser(o: Buffer, e: EntreeZip, plafond: number, nom: string): Buffer {
  const brut = donneesBrutes(o, e);
  if (e.methode === 0) {
    if (brut.length > plafond) {
      throw new ErreurFichier(
        "trop-volumineux",
        nom,
        `« ${e.nom} » dépasse ${mo(plafond)} une fois décompressé`,
      );
    }
    return brut;
  }
  if (e.methode !== 8) {
    throw new ErreurFichier("endommage", nom, `méthode de compression ${e.methode} inconnue`);
  }
  if (e.tailleDecompressee > plafond) throw new Repli(`« ${e.nom} » au-delà du plafond`);
  let sortie: Buffer;
  try {
    sortie = inflateRawSync(brut, { maxOutputLength: Math.max(1, e.tailleDecompressee) });
  } catch {
    throw new Repli(`« ${e.nom} » : décompression refusée`);
  }
  if (sortie.length !== e.tailleDecompressee) throw new Repli(`« ${e.nom} » : taille inexacte`);
  return sortie;
}

export function lireArchive(octets: Buffer, nom: string, l: LimitesLecture): ArchiveLue {
  const entrees = repertoireVerifie(octets, nom, l);
  const vus = new Set<string>();
  for (const e of entrees) {
    // JSZip (ExcelJS) décode et dédoublonne les noms à sa façon : seuls les noms simples sont lus ici.
    if (vus.has(e.nom) || e.nom.startsWith("/") || !/^[\x20-\x7e]*$/.test(e.nom)) {
      throw new Repli(`nom d'entrée « ${e.nom} »`);
    }
    vus.add(e.nom);
  }
  const parties = new Map<string, string>();
  const bilans = new Map<string, BilanXml>();
  const somme: Sommes = { cellules: 0, lignes: 0, textes: 0, styles: 0, fusions: 0 };
  let total = 0;
  for (const e of entrees) {
    const plafond = Math.min(l.decompresseEntree, l.decompresseTotal - total);
    const contenu = decompresser(octets, e, plafond, nom);
    total += contenu.length;
    if (!estXml(e.nom)) continue;
    const texte = contenu.toString("utf8");
    parties.set(e.nom, texte);
    const b = new BalayeurXml().toutLire(texte, l.surfaceFeuille);
    ajouterAuBilan(somme, b, e.nom, nom);
    if (RE_FEUILLE.test(e.nom)) bilans.set(e.nom, b);
  }
  verifierSommes(somme, nom, l);
  const texte = (n: string) => {
    const e = entrees.find((x) => x.nom === n);
    return !e || e.tailleDecompressee > DIX_MO ? "" : (parties.get(n) ?? "");
  };
  const noms = nomsDepuisTextes(texte("xl/_rels/workbook.xml.rels"), texte("xl/workbook.xml"));
  const avertissements: string[] = [];
  const fusionsRetirees = new Map<string, ReadonlySet<string>>();
  for (const [chemin, b] of bilans) {
    const c = corrections(b, noms.get(chemin) ?? chemin, l, (t) => avertissements.push(t));
    if (c) fusionsRetirees.set(chemin, c.fusionsRetirees);
  }
  return { entrees, parties, avertissements, fusionsRetirees };
}
