import { ErreurFichier } from "../erreurs-fichier";

/**
 * Ce que sont les octets d'un fichier, quand ce n'est pas un zip : refus au code stable
 * (`fichier-vide`, `chiffre`, `format-xls`, `pas-un-classeur` et ce que c'est). Sans Node : la CLI
 * (`ouvrir.ts`) et l'aperçu navigateur le partagent.
 */

/** Le texte `motif` encodé en UTF-16LE figure-t-il dans les octets ? */
function contientUtf16(octets: Uint8Array, motif: string): boolean {
  const m = new Uint8Array(motif.length * 2);
  for (let i = 0; i < motif.length; i++) {
    const c = motif.charCodeAt(i);
    m[2 * i] = c & 0xff;
    m[2 * i + 1] = c >> 8;
  }
  const premier = m[0];
  for (let i = octets.indexOf(premier ?? 0); i >= 0 && i <= octets.length - m.length;) {
    let j = 1;
    while (j < m.length && octets[i + j] === m[j]) j++;
    if (j === m.length) return true;
    i = octets.indexOf(premier ?? 0, i + 1);
  }
  return false;
}

const latin1 = (o: Uint8Array) => Array.from(o, (b) => String.fromCharCode(b)).join("");

export function refuserSignature(octets: Uint8Array, nom: string): void {
  if (octets.byteLength === 0) throw new ErreurFichier("fichier-vide", nom);
  if (octets[0] === 0xd0 && octets[1] === 0xcf && octets[2] === 0x11 && octets[3] === 0xe0) {
    // Conteneur OLE : un .xlsx chiffré (EncryptionInfo) ou un classeur 97-2003 (BIFF).
    if (contientUtf16(octets, "EncryptionInfo")) throw new ErreurFichier("chiffre", nom);
    throw new ErreurFichier("format-xls", nom);
  }
  if (octets[0] === 0x50 && octets[1] === 0x4b) return;
  const debut = latin1(octets.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  const quoi = debut.startsWith("%PDF")
    ? "c'est un document PDF"
    : /^\s*<(!doctype html|html|\?xml[^>]*>\s*<html)/i.test(debut)
      ? "c'est une page web (HTML)"
      : /^\s*<\?xml/i.test(debut)
        ? "c'est un fichier XML"
        : /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(debut)
          ? "c'est un fichier texte, par exemple un CSV"
          : undefined;
  throw new ErreurFichier("pas-un-classeur", nom, quoi);
}
