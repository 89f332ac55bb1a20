import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import {
  donneesBrutes,
  ecrireZip,
  lireRepertoire,
  type EntreeAEcrire,
  type EntreeZip,
} from "./zip";

/**
 * Parties XML personnalisées d'un classeur (`customXml/itemN.xml`, ECMA-376 partie 1 §22.5),
 * lues et ajoutées directement dans le zip : ExcelJS ne les connaît pas, et recopier le classeur
 * par ExcelJS en perdrait une partie. Les autres entrées sont recopiées octet pour octet.
 * Sert à l'empreinte des valeurs pré-renseignées (ADR 0012).
 */

const PLAFOND_PARTIE = 20 * 1024 * 1024;
const MAX_ENTREES = 5000;
const ITEM = /^customXml\/item(\d+)\.xml$/;
const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const TYPE_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function contenu(o: Buffer, e: EntreeZip): string {
  const brut = donneesBrutes(o, e);
  const octets = e.methode === 0 ? brut : inflateRawSync(brut, { maxOutputLength: PLAFOND_PARTIE });
  return octets.toString("utf8");
}

/** Le contenu de la partie dont l'élément racine est dans l'espace de noms `ns`, ou null. */
export function lirePartieXml(octets: Buffer, ns: string): string | null {
  for (const e of lireRepertoire(octets, MAX_ENTREES)) {
    if (!ITEM.test(e.nom) || e.tailleDecompressee > PLAFOND_PARTIE) continue;
    const xml = contenu(octets, e);
    if (xml.includes(`xmlns="${ns}"`)) return xml;
  }
  return null;
}

/** Partie principale du classeur (`xl/workbook.xml` le plus souvent), d'après `_rels/.rels`. */
function relsClasseur(o: Buffer, entrees: readonly EntreeZip[]): string {
  const racine = entrees.find((e) => e.nom === "_rels/.rels");
  const cible = racine
    ? /Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(
        contenu(o, racine),
      )
    : null;
  const principal = cible?.[1] ?? cible?.[2] ?? "xl/workbook.xml";
  const i = principal.lastIndexOf("/");
  return `${principal.slice(0, i + 1)}_rels/${principal.slice(i + 1)}.rels`;
}

const profondeur = (chemin: string) => chemin.split("/").length - 2;

/**
 * Copie du classeur avec la partie `xml` (racine dans l'espace de noms `ns`) : remplace une
 * partie du même espace de noms si elle existe, sinon l'ajoute (propriétés, relations, types).
 */
export function ecrirePartieXml(octets: Buffer, ns: string, xml: string): Buffer {
  const entrees = lireRepertoire(octets, MAX_ENTREES);
  const existante = entrees.find(
    (e) => ITEM.test(e.nom) && contenu(octets, e).includes(`xmlns="${ns}"`),
  );
  if (existante) {
    return ecrireZip(
      octets,
      entrees.map((e): EntreeAEcrire =>
        e === existante
          ? { nom: e.nom, contenu: Buffer.from(xml, "utf8") }
          : { nom: e.nom, brute: e },
      ),
    );
  }
  const numeros = entrees.map((e) => Number(ITEM.exec(e.nom)?.[1] ?? 0));
  const n = Math.max(0, ...numeros) + 1;
  const rels = relsClasseur(octets, entrees);
  const types = entrees.find((e) => e.nom === "[Content_Types].xml");
  const relsEntree = entrees.find((e) => e.nom === rels);
  if (!types || !relsEntree) throw new Error("classeur sans types de contenu ni relations");
  const guid = createHash("sha256").update(xml).digest("hex").toUpperCase();
  const id = `{${guid.slice(0, 8)}-${guid.slice(8, 12)}-${guid.slice(12, 16)}-${guid.slice(16, 20)}-${guid.slice(20, 32)}}`;
  const remonter = "../".repeat(profondeur(rels));
  let t = contenu(octets, types);
  if (!/<Default\s[^>]*Extension="xml"/i.test(t)) {
    t = t.replace(/(<Types[^>]*>)/, `$1<Default Extension="xml" ContentType="application/xml"/>`);
  }
  t = t.replace(
    "</Types>",
    `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${TYPE_PROPS}"/></Types>`,
  );
  const r = contenu(octets, relsEntree).replace(
    "</Relationships>",
    `<Relationship Id="rIdCpomEmpreinte${n}" Type="${REL_CUSTOM_XML}" Target="${remonter}customXml/item${n}.xml"/></Relationships>`,
  );
  const nouvelles: EntreeAEcrire[] = [
    { nom: `customXml/item${n}.xml`, contenu: Buffer.from(xml, "utf8") },
    {
      nom: `customXml/itemProps${n}.xml`,
      contenu: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ns}"/></ds:schemaRefs></ds:datastoreItem>`,
        "utf8",
      ),
    },
    {
      nom: `customXml/_rels/item${n}.xml.rels`,
      contenu: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
        "utf8",
      ),
    },
  ];
  return ecrireZip(octets, [
    ...entrees.map((e): EntreeAEcrire => {
      if (e === types) return { nom: e.nom, contenu: Buffer.from(t, "utf8") };
      if (e === relsEntree) return { nom: e.nom, contenu: Buffer.from(r, "utf8") };
      return { nom: e.nom, brute: e };
    }),
    ...nouvelles,
  ]);
}
