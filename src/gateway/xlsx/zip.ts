import { createInflateRaw, deflateRawSync } from "node:zlib";

/**
 * Lecture et écriture minimales d'une archive zip (le conteneur d'un .xlsx), sans rien
 * décompresser d'avance : le répertoire central donne noms, tailles et méthodes ; une entrée n'est
 * décompressée qu'à la demande, par flux, avec un plafond d'octets (pré-examen borné, ADR 0007).
 * Pas de zip64 ni d'archive en plusieurs morceaux (un classeur Diagnostic pèse quelques Mo).
 */

export interface EntreeZip {
  readonly nom: string;
  readonly methode: number;
  readonly chiffree: boolean;
  readonly crc: number;
  readonly tailleCompressee: number;
  readonly tailleDecompressee: number;
  /** Début des données compressées dans l'archive. */
  readonly debutDonnees: number;
}

/** Archive illisible : `raison` dit pourquoi (en français, pour le message d'erreur). */
export class ZipIllisible extends Error {
  constructor(readonly raison: string) {
    super(raison);
    this.name = "ZipIllisible";
  }
}

const FIN_REPERTOIRE = 0x06054b50;
const REPERTOIRE = 0x02014b50;
const LOCALE = 0x04034b50;

function finDuRepertoire(o: Buffer): number {
  const min = Math.max(0, o.length - 22 - 0xffff);
  for (let i = o.length - 22; i >= min; i--) {
    if (o.readUInt32LE(i) === FIN_REPERTOIRE) return i;
  }
  throw new ZipIllisible("la fin de l'archive zip est absente (fichier tronqué)");
}

/** Entrées du répertoire central ; lève `ZipIllisible` sur une archive tronquée ou incohérente. */
export function lireRepertoire(o: Buffer, maxEntrees: number): EntreeZip[] {
  if (o.length < 22) throw new ZipIllisible("l'archive zip est tronquée");
  const fin = finDuRepertoire(o);
  const nombre = o.readUInt16LE(fin + 10);
  const taille = o.readUInt32LE(fin + 12);
  const debut = o.readUInt32LE(fin + 16);
  if (nombre === 0xffff || debut === 0xffffffff) {
    throw new ZipIllisible(
      "l'archive utilise le format zip64, réservé aux fichiers de plus de 4 Go",
    );
  }
  if (nombre > maxEntrees) throw new ZipIllisible(`l'archive contient ${nombre} entrées`);
  if (debut + taille > fin) throw new ZipIllisible("le répertoire de l'archive zip est tronqué");
  const entrees: EntreeZip[] = [];
  let p = debut;
  for (let i = 0; i < nombre; i++) {
    if (p + 46 > fin || o.readUInt32LE(p) !== REPERTOIRE) {
      throw new ZipIllisible("le répertoire de l'archive zip est endommagé");
    }
    const lNom = o.readUInt16LE(p + 28);
    const lExtra = o.readUInt16LE(p + 30);
    const lComm = o.readUInt16LE(p + 32);
    const locale = o.readUInt32LE(p + 42);
    if (locale + 30 > o.length || o.readUInt32LE(locale) !== LOCALE) {
      throw new ZipIllisible("une entrée de l'archive zip est absente (fichier tronqué)");
    }
    const debutDonnees = locale + 30 + o.readUInt16LE(locale + 26) + o.readUInt16LE(locale + 28);
    const entree: EntreeZip = {
      nom: o.toString("utf8", p + 46, p + 46 + lNom),
      methode: o.readUInt16LE(p + 10),
      chiffree: (o.readUInt16LE(p + 8) & 1) === 1,
      crc: o.readUInt32LE(p + 16),
      tailleCompressee: o.readUInt32LE(p + 20),
      tailleDecompressee: o.readUInt32LE(p + 24),
      debutDonnees,
    };
    if (debutDonnees + entree.tailleCompressee > o.length) {
      throw new ZipIllisible(`l'entrée « ${entree.nom} » est tronquée`);
    }
    entrees.push(entree);
    p += 46 + lNom + lExtra + lComm;
  }
  return entrees;
}

export const donneesBrutes = (o: Buffer, e: EntreeZip): Buffer =>
  o.subarray(e.debutDonnees, e.debutDonnees + e.tailleCompressee);

/** Plafond de décompression atteint (l'entrée est plus grosse que déclaré ou que permis). */
export class PlafondAtteint extends Error {
  constructor(readonly plafond: number) {
    super(`plus de ${plafond} octets`);
    this.name = "PlafondAtteint";
  }
}

/**
 * Décompresse une entrée par morceaux, passés à `surMorceau` ; s'arrête (PlafondAtteint) dès que
 * `plafond` octets sont dépassés, quelle que soit la taille déclarée. Rend le nombre d'octets.
 */
export function parcourirEntree(
  o: Buffer,
  e: EntreeZip,
  plafond: number,
  surMorceau: (morceau: Buffer) => void,
): Promise<number> {
  const brut = donneesBrutes(o, e);
  if (e.methode === 0) {
    if (brut.length > plafond) return Promise.reject(new PlafondAtteint(plafond));
    surMorceau(brut);
    return Promise.resolve(brut.length);
  }
  if (e.methode !== 8) {
    return Promise.reject(new ZipIllisible(`méthode de compression ${e.methode} inconnue`));
  }
  return new Promise((resolve, reject) => {
    const flux = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    flux.on("data", (m: Buffer) => {
      total += m.length;
      if (total > plafond) {
        flux.destroy();
        reject(new PlafondAtteint(plafond));
        return;
      }
      try {
        surMorceau(m);
      } catch (err) {
        flux.destroy();
        reject(err);
      }
    });
    flux.on("error", () =>
      reject(new ZipIllisible(`les données de « ${e.nom} » sont endommagées`)),
    );
    flux.on("end", () => resolve(total));
    flux.end(brut);
  });
}

/** Entrée à écrire : copiée telle quelle (`brute`) ou remplacée par un nouveau contenu. */
export type EntreeAEcrire =
  | { readonly nom: string; readonly brute: EntreeZip }
  | { readonly nom: string; readonly contenu: Buffer };

const TABLE_CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = (TABLE_CRC[(c ^ b[i]!) & 0xff]! ^ (c >>> 8)) >>> 0;
  return (c ^ 0xffffffff) >>> 0;
}

/** Écrit une archive zip (deflate) ; les entrées `brute` sont recopiées sans décompression. */
export function ecrireZip(source: Buffer | null, entrees: readonly EntreeAEcrire[]): Buffer {
  const locales: Buffer[] = [];
  const centrales: Buffer[] = [];
  let position = 0;
  for (const e of entrees) {
    const nom = Buffer.from(e.nom, "utf8");
    let donnees: Buffer;
    let crc: number;
    let taille: number;
    let methode: number;
    if ("brute" in e) {
      if (!source) throw new Error("ecrireZip : entrée brute sans archive source");
      donnees = donneesBrutes(source, e.brute);
      ({ crc, tailleDecompressee: taille, methode } = e.brute);
    } else {
      donnees = deflateRawSync(e.contenu);
      crc = crc32(e.contenu);
      taille = e.contenu.length;
      methode = 8;
    }
    const l = Buffer.alloc(30);
    l.writeUInt32LE(LOCALE, 0);
    l.writeUInt16LE(20, 4);
    l.writeUInt16LE(0x0800, 6);
    l.writeUInt16LE(methode, 8);
    l.writeUInt32LE(crc, 14);
    l.writeUInt32LE(donnees.length, 18);
    l.writeUInt32LE(taille, 22);
    l.writeUInt16LE(nom.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(REPERTOIRE, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(methode, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(donnees.length, 20);
    c.writeUInt32LE(taille, 24);
    c.writeUInt16LE(nom.length, 28);
    c.writeUInt32LE(position, 42);
    locales.push(l, nom, donnees);
    centrales.push(c, nom);
    position += 30 + nom.length + donnees.length;
  }
  const repertoire = Buffer.concat(centrales);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(FIN_REPERTOIRE, 0);
  fin.writeUInt16LE(entrees.length, 8);
  fin.writeUInt16LE(entrees.length, 10);
  fin.writeUInt32LE(repertoire.length, 12);
  fin.writeUInt32LE(position, 16);
  return Buffer.concat([...locales, repertoire, fin]);
}
