/**
 * Textes XML du lecteur direct (ADR 0018) : entités, vérifications d'une partie avant lecture
 * (ce que l'analyseur strict d'ExcelJS refuserait, ce que l'on ne lit pas), `Repli`.
 */

/** Le lecteur direct ne sait pas lire ce classeur à coup sûr : on repasse par ExcelJS. */
export class Repli extends Error {
  constructor(readonly raison: string) {
    super(raison);
    this.name = "Repli";
  }
}

const RE_ENTITE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
// eslint-disable-next-line no-control-regex -- caractères que saxes refuse
const RE_CONTROLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\r\uFFFD]/;
const RE_ESPERLUETTE_INVALIDE = /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/;

const NOMMEES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function entite(_m: string, e: string): string {
  const nommee = NOMMEES[e];
  if (nommee !== undefined) return nommee;
  const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  if (!(code === 9 || code === 10 || code >= 0x20) || code > 0x10ffff || code === 13) {
    throw new Repli(`référence de caractère ${e}`);
  }
  return String.fromCodePoint(code);
}

/** Texte XML → texte (entités prédéfinies et numériques). */
export function decoder(s: string): string {
  return s.indexOf("&") < 0 ? s : s.replace(RE_ENTITE, entite);
}

/** Vérifications d'une partie avant lecture (ce que saxes refuserait, ce que l'on ne lit pas). */
export function verifierPartie(xml: string, partie: string): void {
  if (RE_CONTROLE.test(xml)) throw new Repli(`caractère inattendu dans ${partie}`);
  if (RE_ESPERLUETTE_INVALIDE.test(xml)) throw new Repli(`entité inconnue dans ${partie}`);
  if (xml.includes("<![CDATA[")) throw new Repli(`section CDATA dans ${partie}`);
  if (xml.includes("]]>")) throw new Repli(`« ]]> » dans ${partie}`);
  if (xml.includes('"http://purl.oclc.org/ooxml/')) throw new Repli(`OOXML strict (${partie})`);
}

/**
 * Fins de ligne comme saxes les lit en XML 1.0 (« \r\n » et « \r » seuls deviennent « \n »),
 * avant toute lecture : Excel écrit « \r\n » après la déclaration de chaque partie.
 */
export function normaliserFinsDeLigne(xml: string): string {
  return xml.indexOf("\r") < 0 ? xml : xml.replace(/\r\n?/g, "\n");
}

/** Le « xmlDecode » d'ExcelJS (entités nommées seulement), appliqué à un texte déjà décodé. */
export function xmlDecodeExcelJs(t: string): string {
  return t.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}
