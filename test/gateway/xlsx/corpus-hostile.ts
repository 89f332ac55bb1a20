import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import type { CodeFichier } from "../../../src/gateway/erreurs-fichier";
import { ecrireZip, lireRepertoire, type EntreeAEcrire } from "../../../src/gateway/xlsx/zip";

/**
 * Corpus de fichiers hostiles ou cassés, construits ici (petits, sauf les bombes qui ne pèsent
 * que leur version compressée) : ce qu'on reçoit après un « tout sélectionner, fusionner », un
 * export LibreOffice, un renommage, une copie interrompue ou une malveillance. Chaque fichier dit
 * ce que la lecture doit rendre : une analyse (avec ou sans avertissement) ou un code d'erreur.
 */

export interface FichierHostile {
  readonly nom: string;
  readonly octets: Buffer;
  /** Code d'erreur attendu, ou "analyse" (lu normalement). */
  readonly attendu: CodeFichier | "analyse";
  /** Motif d'un avertissement attendu (lecture corrigée). */
  readonly avertissement?: RegExp;
}

const ole = (contenu: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(contenu, "utf16le"),
    Buffer.alloc(512),
  ]);

async function classeur(remplir: (wb: ExcelJS.Workbook) => unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await remplir(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const petit = () =>
  classeur((wb) => {
    const ws = wb.addWorksheet("Annexe 1");
    ws.getCell("A1").value = "FINESS juridique";
    ws.getCell("B2").value = 12;
    ws.getCell("C3").value = "Texte";
  });

/** Remplace des parties d'un classeur (chemin → transformation du XML, ou contenu brut). */
function retoucher(
  base: Buffer,
  parties: Readonly<Record<string, (xml: string) => string | Buffer>>,
): Buffer {
  const entrees = lireRepertoire(base, 10_000);
  const sortie: EntreeAEcrire[] = entrees.map((e) => {
    const f = parties[e.nom];
    if (!f) return { nom: e.nom, brute: e };
    const brut = base.subarray(e.debutDonnees, e.debutDonnees + e.tailleCompressee);
    const xml = inflateRawSync(brut).toString("utf8");
    const r = f(xml);
    return { nom: e.nom, contenu: typeof r === "string" ? Buffer.from(r, "utf8") : r };
  });
  for (const [nom, f] of Object.entries(parties)) {
    if (!entrees.some((e) => e.nom === nom)) {
      const r = f("");
      sortie.push({ nom, contenu: typeof r === "string" ? Buffer.from(r) : r });
    }
  }
  return ecrireZip(base, sortie);
}

/** Zip dont une entrée déclare `declare` octets décompressés mais en contient `reel` (zéros). */
function zipMenteur(base: Buffer, nom: string, reel: number, declare: number): Buffer {
  const zeros = Buffer.alloc(reel);
  const z = ecrireZip(base, [
    ...lireRepertoire(base, 10_000).map((e) => ({ nom: e.nom, brute: e })),
    { nom, contenu: zeros },
  ]);
  // Réécrit la taille décompressée de la dernière entrée dans le répertoire central
  // (ecrireZip n'écrit ni extra ni commentaire : une entrée y occupe 46 + nom octets).
  const n = lireRepertoire(z, 10_000).length;
  let p = z.readUInt32LE(z.length - 22 + 16);
  for (let i = 0; i < n - 1; i++) p += 46 + z.readUInt16LE(p + 28);
  z.writeUInt32LE(declare, p + 24);
  return z;
}

const FEUILLE = "xl/worksheets/sheet1.xml";

export async function corpusHostile(): Promise<FichierHostile[]> {
  const base = await petit();
  const cinquanteMo = 50 * 1024 * 1024;
  return [
    {
      nom: "tronque.xlsx",
      octets: base.subarray(0, Math.floor(base.length / 2)),
      attendu: "endommage",
    },
    { nom: "vide.xlsx", octets: Buffer.alloc(0), attendu: "fichier-vide" },
    {
      nom: "bombe-taux.xlsx",
      octets: retoucher(base, { "xl/media/image1.png": () => Buffer.alloc(60 * 1024 * 1024) }),
      attendu: "trop-volumineux",
    },
    {
      nom: "bombe-menteuse.xlsx",
      octets: zipMenteur(base, "xl/media/image2.png", 2 * cinquanteMo + 1024, 1000),
      attendu: "trop-volumineux",
    },
    {
      nom: "billion-laughs.xlsx",
      octets: retoucher(base, {
        "xl/workbook.xml": (x) =>
          x.replace(
            "?>",
            '?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
          ),
      }),
      attendu: "endommage",
    },
    {
      nom: "csv.xlsx",
      octets: Buffer.from("FINESS;Nom\n440000024;IME Les Pins\n"),
      attendu: "pas-un-classeur",
    },
    {
      nom: "html.xlsx",
      octets: Buffer.from(
        "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
      ),
      attendu: "pas-un-classeur",
    },
    {
      nom: "pdf.xlsx",
      octets: Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1"),
      attendu: "pas-un-classeur",
    },
    {
      nom: "ods.xlsx",
      octets: ecrireZip(null, [
        { nom: "mimetype", contenu: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
        { nom: "content.xml", contenu: Buffer.from("<office:document-content/>") },
      ]),
      attendu: "format-ods",
    },
    { nom: "biff8.xlsx", octets: ole("Workbook"), attendu: "format-xls" },
    { nom: "chiffre.xlsx", octets: ole("EncryptionInfo"), attendu: "chiffre" },
    {
      nom: "zip-sans-classeur.xlsx",
      octets: ecrireZip(null, [{ nom: "lisezmoi.txt", contenu: Buffer.from("bonjour") }]),
      attendu: "pas-un-classeur",
    },
    {
      nom: "250-feuilles.xlsx",
      octets: await classeur((wb) => {
        for (let i = 1; i <= 250; i++) wb.addWorksheet(`F${i}`).getCell("A1").value = i;
      }),
      attendu: "analyse",
    },
    {
      nom: "dimension-geante.xlsx",
      octets: retoucher(base, {
        [FEUILLE]: (x) =>
          x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      }),
      attendu: "analyse",
      avertissement: /plage déclarée A1:XFD1048576, ramenée aux cellules écrites \(A1:C3\)/,
    },
    {
      nom: "fusion-geante.xlsx",
      octets: retoucher(base, {
        [FEUILLE]: (x) =>
          x.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          ),
      }),
      attendu: "analyse",
      avertissement: /la fusion A1:XFD1048576 .* est lue comme sa seule cellule A1/,
    },
    {
      nom: "cellule-lointaine.xlsx",
      octets: await classeur((wb) => {
        const ws = wb.addWorksheet("Feuille");
        ws.getCell("A1").value = 1;
        ws.getCell("XFD1048576").value = 2;
      }),
      attendu: "trop-volumineux",
    },
    {
      nom: "bordure-lointaine.xlsx",
      octets: await classeur((wb) => {
        const ws = wb.addWorksheet("Feuille");
        ws.getCell("A1").value = 1;
        ws.getCell("XFD1048576").border = { top: { style: "thin" } };
      }),
      attendu: "analyse",
      avertissement: /mise en forme au-delà des données/,
    },
    {
      nom: "textes-32767.xlsx",
      octets: await classeur((wb) => {
        const ws = wb.addWorksheet("Annexe 1");
        for (let i = 1; i <= 40; i++) ws.getCell(`A${i}`).value = `${i}`.padEnd(32_767, "é");
      }),
      attendu: "analyse",
    },
    {
      nom: "60000-styles.xlsx",
      octets: retoucher(base, {
        "xl/styles.xml": (x) =>
          x.replace(
            /<cellXfs count="(\d+)">/,
            (_m, n: string) =>
              `<cellXfs count="${Number(n) + 60_000}">` +
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'.repeat(60_000),
          ),
      }),
      attendu: "analyse",
    },
    {
      nom: "injection.xlsx",
      octets: await classeur((wb) => {
        const ws = wb.addWorksheet("=cmd|' calc'!A0");
        ws.getCell("A1").value = '=HYPERLINK("http://exemple.invalid","clic")';
        ws.getCell("A2").value = "\u001b[2J\u001b[31mrouge\u0007";
        ws.getCell("A3").value = "<script>alert(1)</script>";
        ws.getCell("A4").value = 1e308;
      }),
      attendu: "analyse",
    },
    {
      nom: "protege.xlsx",
      octets: await classeur((wb) => {
        const ws = wb.addWorksheet("Annexe 1");
        ws.getCell("A1").value = "x";
        return ws.protect("secret", {});
      }),
      attendu: "analyse",
    },
    {
      nom: "docx.xlsx",
      octets: ecrireZip(null, [
        { nom: "word/document.xml", contenu: Buffer.from("<w:document/>") },
      ]),
      attendu: "pas-un-classeur",
    },
  ];
}
