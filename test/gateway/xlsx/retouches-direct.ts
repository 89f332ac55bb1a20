import { inflateRawSync } from "node:zlib";
import { ecrireZip, lireRepertoire, type EntreeAEcrire } from "../../../src/gateway/xlsx/zip";

/**
 * Retouches du classeur de démonstration pour le test d'équivalence du lecteur direct (ADR 0018) :
 * ce qu'écrivent Excel ou d'autres tableurs et qu'ExcelJS ne produit pas (chaînes en ligne,
 * formules partagées, liens, dates 1904, styles « nuls », fusions sans cellule maîtresse, noms
 * définis…). Chaque retouche dit si le lecteur direct doit la lire seul ou repasser par ExcelJS.
 */

export interface Retouche {
  readonly nom: string;
  /** Chemin de partie → transformation de son XML (partie absente : reçoit ""). */
  readonly parties: Readonly<Record<string, (xml: string) => string>>;
  /** Le lecteur direct doit repasser par ExcelJS. */
  readonly repli?: boolean;
}

const F1 = "xl/worksheets/sheet1.xml";
const remplacer = (de: string | RegExp, par: string) => (x: string) => {
  const y = x.replace(de, par);
  if (y === x) throw new Error(`retouche sans effet : ${String(de)}`);
  return y;
};
/** Excel écrit « \r\n » après la déclaration XML de chaque partie. */
const crlf = remplacer(/\?>\n/, "?>\r\n");
const apresDonnees = (xml: string) => remplacer("</sheetData>", `</sheetData>${xml}`);

export const RETOUCHES: readonly Retouche[] = [
  {
    nom: "chaîne en ligne",
    parties: {
      [F1]: remplacer(
        '<c r="B5" t="s"><v>1</v></c>',
        '<c r="B5" t="inlineStr"><is><t>Texte &amp; ligne _x0041_</t></is></c>',
      ),
    },
  },
  {
    nom: "texte riche en ligne",
    parties: {
      [F1]: remplacer(
        '<c r="B5" t="s"><v>1</v></c>',
        '<c r="B5" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">che _x0041_</t></r></is></c>',
      ),
    },
  },
  {
    nom: "formules partagées",
    parties: {
      [F1]: (x) =>
        remplacer(
          '<c r="C5"><f>C2+1</f></c>',
          '<c r="C5"><f t="shared" si="0"/><v>0</v></c>',
        )(
          remplacer(
            '<c r="C3"><f>C2*2</f><v>25</v></c>',
            '<c r="C3"><f t="shared" ref="C3:C5" si="0">C2*$B$3+Feuil!A1+SUM(A1:B2)</f><v>25</v></c>',
          )(x),
        ),
    },
  },
  {
    nom: "formule partagée avant sa maîtresse",
    repli: true,
    parties: {
      [F1]: (x) =>
        remplacer(
          '<c r="C5"><f>C2+1</f></c>',
          '<c r="C5"><f t="shared" ref="C5" si="1">C2+1</f></c>',
        )(
          remplacer(
            '<c r="C3"><f>C2*2</f><v>25</v></c>',
            '<c r="C3"><f t="shared" si="1"/><v>25</v></c>',
          )(x),
        ),
    },
  },
  {
    nom: "liens hypertexte (formule, cellule vide, lien interne)",
    parties: {
      [F1]: apresDonnees(
        '<hyperlinks><hyperlink ref="C3" r:id="rIdL1"/><hyperlink ref="D2" r:id="rIdL1"/><hyperlink ref="B2" location="Listes!A1"/></hyperlinks>',
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": () =>
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://exemple.invalid/" TargetMode="External"/></Relationships>',
    },
  },
  {
    nom: 'gras val="0" (ExcelJS le lit gras)',
    parties: {
      "xl/styles.xml": remplacer(
        '<font><color theme="1"/>',
        '<font><b val="0"/><color theme="1"/>',
      ),
    },
  },
  {
    nom: "dates 1904",
    parties: { "xl/workbook.xml": remplacer("<workbookPr ", '<workbookPr date1904="1" ') },
  },
  {
    nom: "styles nuls, cellules sans style, types de valeur",
    parties: {
      [F1]: (x) =>
        remplacer(
          '<c r="D2" s="3"/></row>',
          '<c r="D2" s="3"/><c r="E2" s="0"/><c r="F2"/><c r="G2" s="99"/></row>',
        )(
          remplacer(
            "</sheetData>",
            '<row r="9"><c r="B9" t="str"><v>a&amp;amp;b</v></c><c r="C9" t="e"><v>#N/A</v></c><c r="D9" t="b"><v>0</v></c><c r="E9" t="d"><v>2024-01-01</v></c><c r="F9" t="n"><v>1e308</v></c><c r="G9" s="5"><v>1e308</v></c><c r="H9" s="5" t="str"><f>"x"</f><v>x</v></c></row></sheetData>',
          )(x),
        ),
    },
  },
  {
    nom: "fusion sans cellule maîtresse, ligne et colonnes stylées",
    parties: {
      [F1]: (x) =>
        remplacer(
          "</mergeCells>",
          '<mergeCell ref="F11:E10"/><mergeCell ref="H12"/></mergeCells>',
        )(
          remplacer(
            '<cols><col min="5" max="5" width="9" hidden="1" customWidth="1"/></cols>',
            '<cols><col min="6" max="8" style="4" hidden="1"/><col min="2" max="6" style="3" hidden="true"/></cols>',
          )(
            remplacer(
              "</sheetData>",
              '<row r="10" s="6" customFormat="1"/><row r="12" hidden="1"/></sheetData>',
            )(x),
          ),
        ),
    },
  },
  {
    nom: "validations qui se recouvrent, nom défini",
    parties: {
      [F1]: remplacer(
        "</dataValidations>",
        '<dataValidation type="whole" sqref="B2:C3 E4"><formula1>1</formula1><formula2>9</formula2></dataValidation><dataValidation type="list" sqref="C3 B7:B8"><formula1>MaListe</formula1></dataValidation><dataValidation sqref="D5"/></dataValidations>',
      ),
      "xl/workbook.xml": remplacer(
        "<calcPr",
        '<definedNames><definedName name="MaListe">Listes!$A$3:$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Saisie!$A$1:$D$8</definedName></definedNames><calcPr',
      ),
    },
  },
  {
    nom: "mises en forme conditionnelles (vides, valeur)",
    parties: {
      [F1]: apresDonnees(
        '<conditionalFormatting sqref="B2:B3 D4"><cfRule type="containsBlanks" dxfId="0" priority="2"><formula>LEN(TRIM(B2))=0</formula></cfRule><cfRule type="cellIs" operator="equal" priority="3"><formula>1</formula></cfRule></conditionalFormatting>',
      ),
    },
  },
  {
    nom: "protection écrite par LibreOffice, commentaire et instruction XML",
    parties: {
      [F1]: (x) =>
        remplacer(
          '<row r="3"',
          '<!-- note --><row r="3"',
        )(apresDonnees('<sheetProtection sheet="true"/><?cpom instruction?>')(x)),
    },
  },
  {
    nom: "textes échappés (_x000D_, &#10;, nom de feuille)",
    parties: {
      "xl/sharedStrings.xml": remplacer("<t>Libellé</t>", "<t>Lib_x000D_ellé&#10;&#x41;</t>"),
      "xl/workbook.xml": remplacer('name="Saisie"', 'name="Saisie &amp;amp; co"'),
    },
  },
  {
    nom: "texte partagé vide",
    parties: {
      "xl/sharedStrings.xml": remplacer("</sst>", "<si></si><si/></sst>"),
      [F1]: remplacer('<c r="B6" t="s"><v>2</v></c>', '<c r="B6" t="s"><v>7</v></c>'),
    },
  },
  {
    nom: "fins de ligne CRLF (Excel) : après la déclaration et dans un texte",
    parties: {
      "xl/workbook.xml": crlf,
      "xl/styles.xml": crlf,
      "xl/_rels/workbook.xml.rels": crlf,
      [F1]: crlf,
      "xl/sharedStrings.xml": (x) => remplacer("<t>Libellé</t>", "<t>Lib\r\nel\rlé</t>")(crlf(x)),
    },
  },
  {
    nom: "déclaration XML au milieu de la feuille",
    repli: true,
    parties: { [F1]: remplacer("<sheetData>", '<?xml version="1.0"?><sheetData>') },
  },
  {
    nom: "« ]]> » dans un texte partagé",
    repli: true,
    parties: { "xl/sharedStrings.xml": remplacer("<t>Libellé</t>", "<t>Lib]]>ellé</t>") },
  },
  {
    nom: "commentaire XML « -- » dans la feuille",
    repli: true,
    parties: { [F1]: remplacer("<sheetData>", "<!-- a -- b --><sheetData>") },
  },
  {
    nom: "élément dans une relation du classeur",
    repli: true,
    parties: {
      "xl/_rels/workbook.xml.rels": remplacer(/(<Relationship [^>]*)\/>/, "$1><x/></Relationship>"),
    },
  },
  {
    nom: "racine préfixée",
    repli: true,
    parties: {
      [F1]: (x) =>
        remplacer(
          "<worksheet ",
          '<x:worksheet xmlns:x="urn:x" ',
        )(remplacer("</worksheet>", "</x:worksheet>")(x)),
    },
  },
  {
    nom: "cellule hors de sa ligne",
    repli: true,
    parties: { [F1]: remplacer('<c r="B3" t="b">', '<c r="B4" t="b">') },
  },
  {
    nom: "fusions qui se chevauchent",
    repli: true,
    parties: { [F1]: remplacer("</mergeCells>", '<mergeCell ref="C6:D7"/></mergeCells>') },
  },
];

/** Applique une retouche aux octets d'un classeur (les autres entrées sont recopiées). */
export function retoucher(base: Buffer, r: Retouche): Buffer {
  const entrees = lireRepertoire(base, 10_000);
  const sortie: EntreeAEcrire[] = entrees.map((e) => {
    const f = r.parties[e.nom];
    if (!f) return { nom: e.nom, brute: e };
    const brut = base.subarray(e.debutDonnees, e.debutDonnees + e.tailleCompressee);
    const xml = (e.methode === 0 ? brut : inflateRawSync(brut)).toString("utf8");
    return { nom: e.nom, contenu: Buffer.from(f(xml), "utf8") };
  });
  for (const [nom, f] of Object.entries(r.parties)) {
    if (!entrees.some((e) => e.nom === nom))
      sortie.push({ nom, contenu: Buffer.from(f(""), "utf8") });
  }
  return ecrireZip(base, sortie);
}
