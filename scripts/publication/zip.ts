/**
 * Écriture d'une archive zip (sans dépendance) : fichiers compressés (deflate, zlib de Node),
 * noms en UTF-8, sans zip64 (moins de 65 535 fichiers et de 4 Go : largement assez pour dist/).
 */
import { deflateRawSync } from "node:zlib";

export interface EntreeZip {
  /** Chemin dans l'archive, séparé par « / ». */
  readonly nom: string;
  readonly contenu: Buffer;
}

const TABLE_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(octets: Buffer): number {
  let c = 0xffffffff;
  for (const o of octets) c = (TABLE_CRC[(c ^ o) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Date et heure au format MS-DOS (heure locale, à 2 s près). */
function dateDos(d: Date): { date: number; heure: number } {
  return {
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    heure: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
  };
}

const UTF8 = 0x0800; // bit 11 : nom en UTF-8

/** Archive zip des entrées, datées de `date` (l'heure de la construction du paquet). */
export function ecrireZip(entrees: readonly EntreeZip[], date: Date): Buffer {
  if (entrees.length > 0xffff) throw new Error("Trop de fichiers pour une archive zip sans zip64.");
  const { date: jour, heure } = dateDos(date);
  const locaux: Buffer[] = [];
  const centraux: Buffer[] = [];
  let position = 0;
  for (const { nom, contenu } of entrees) {
    const nomOctets = Buffer.from(nom, "utf8");
    const compresse = deflateRawSync(contenu, { level: 9 });
    const compresser = compresse.length < contenu.length;
    const donnees = compresser ? compresse : contenu;
    const crc = crc32(contenu);
    const methode = compresser ? 8 : 0; // deflate, sinon stocké tel quel

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version nécessaire : 2.0
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(methode, 8);
    local.writeUInt16LE(heure, 10);
    local.writeUInt16LE(jour, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(donnees.length, 18);
    local.writeUInt32LE(contenu.length, 22);
    local.writeUInt16LE(nomOctets.length, 26);
    local.writeUInt16LE(0, 28);
    locaux.push(local, nomOctets, donnees);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // créé sous Unix, zip 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8, 8);
    central.writeUInt16LE(methode, 10);
    central.writeUInt16LE(heure, 12);
    central.writeUInt16LE(jour, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(donnees.length, 20);
    central.writeUInt32LE(contenu.length, 24);
    central.writeUInt16LE(nomOctets.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // fichier ordinaire rw-r--r--
    central.writeUInt32LE(position, 42);
    centraux.push(central, nomOctets);
    position += local.length + nomOctets.length + donnees.length;
  }
  const tailleCentral = centraux.reduce((n, b) => n + b.length, 0);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(entrees.length, 8);
  fin.writeUInt16LE(entrees.length, 10);
  fin.writeUInt32LE(tailleCentral, 12);
  fin.writeUInt32LE(position, 16);
  return Buffer.concat([...locaux, ...centraux, fin]);
}
