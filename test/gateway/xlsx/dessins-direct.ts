import ExcelJS from "exceljs";
import { deflateSync } from "node:zlib";
import { classeurDemo } from "./demo";
import type { Retouche } from "./retouches-direct";

/**
 * Classeurs avec dessins (images, formes, boutons), images de fond et notes, pour le test
 * d'équivalence du lecteur direct (ADR 0018) : écrits par ExcelJS, puis retouchés comme Excel les
 * écrit (fins de ligne CRLF, bouton à macro, notes d'Excel, commentaires modernes) ou cassés
 * (ce qu'ExcelJS refuse ou que le lecteur direct ne vérifie pas : il doit repasser par ExcelJS).
 */

/** Un PNG 1 × 1 construit ici (signature, IHDR, IDAT, IEND). */
export function petitPng(): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (table[(c ^ x) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const morceau = (type: string, donnees: Buffer) => {
    const corps = Buffer.concat([Buffer.from(type, "ascii"), donnees]);
    const lg = Buffer.alloc(4);
    lg.writeUInt32BE(donnees.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(corps));
    return Buffer.concat([lg, corps, c]);
  };
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(1, 0);
  entete.writeUInt32BE(1, 4);
  entete[8] = 8; // profondeur
  entete[9] = 2; // RVB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    morceau("IHDR", entete),
    morceau("IDAT", deflateSync(Buffer.from([0, 0x33, 0x66, 0x99]))),
    morceau("IEND", Buffer.alloc(0)),
  ]);
}

type Remplir = (wb: ExcelJS.Workbook, image: number) => void;

async function ecrire(remplir: Remplir, base?: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (base) await wb.xlsx.load(base as never);
  remplir(wb, wb.addImage({ buffer: petitPng() as never, extension: "png" }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const feuille = (wb: ExcelJS.Workbook, nom: string) => {
  const ws = wb.addWorksheet(nom);
  ws.getCell("B2").value = "Capacité";
  ws.getCell("C2").value = 42;
  ws.getCell("B3").value = "Taux";
  ws.getCell("C3").value = { formula: "C2/100", result: 0.42 } as ExcelJS.CellFormulaValue;
  ws.getCell("D4").value = new Date(Date.UTC(2025, 0, 31));
  return ws;
};

/** Classeurs écrits par ExcelJS : le lecteur direct doit les lire seul. */
export async function classeursAvecDessins(): Promise<{ nom: string; octets: Buffer }[]> {
  const cas: [string, Remplir, boolean?][] = [
    [
      "images (deux ancrages, deux fois la même) et notes sur cellules remplies",
      (wb, image) => {
        const ws = feuille(wb, "Annexe 1");
        feuille(wb, "Saisie");
        ws.addImage(image, "E2:G6");
        ws.addImage(image, { tl: { col: 0.5, row: 7.25 }, ext: { width: 40, height: 20 } });
        ws.getCell("B2").note = "Capacité installée au 31/12";
        ws.getCell("C3").note = {
          texts: [
            { font: { bold: true, size: 9, name: "Tahoma" }, text: "ARS :" },
            { text: "\nà vérifier" },
          ],
        } as ExcelJS.Comment;
      },
    ],
    [
      "notes sur cellules vides dans la plage utilisée (dont une mise en forme)",
      (wb) => {
        const ws = feuille(wb, "Saisie");
        ws.getCell("C4").note = "vide, dans la plage";
        ws.getCell("B4").font = { bold: true };
        ws.getCell("B4").note = "vide mais en gras";
      },
    ],
    [
      "notes sur cellules vides hors de la plage utilisée",
      (wb) => {
        const ws = feuille(wb, "Saisie");
        ws.getCell("H20").note = "loin en bas à droite";
        ws.getCell("A1").note = "avant la première cellule";
        ws.getCell("Z2").note = "sur une ligne remplie, au-delà";
      },
    ],
    [
      "plusieurs feuilles : images, notes, image de fond, feuille sans rien",
      (wb, image) => {
        const a = feuille(wb, "Annexe 1");
        a.addImage(image, "A10:B12");
        a.getCell("C2").note = "première feuille";
        const b = feuille(wb, "Annexe 2");
        b.addBackgroundImage(image);
        b.getCell("D4").note = "date de référence";
        b.getCell("K30").note = "hors plage";
        feuille(wb, "Sans dessin");
        const d = feuille(wb, "Image seule");
        d.addImage(image, { tl: { col: 3, row: 3 }, br: { col: 5, row: 6 } } as never);
      },
    ],
    [
      "démonstration avec images et notes",
      (wb, image) => {
        const ws = wb.worksheets[0] as ExcelJS.Worksheet;
        ws.addImage(image, "F2:H5");
        ws.getCell("B2").note = "libellé";
        ws.getCell("J12").note = "hors plage";
        const derniere = wb.worksheets[wb.worksheets.length - 1] as ExcelJS.Worksheet;
        derniere.getCell("A1").note = "feuille protégée";
        derniere.addImage(image, "C3:D4");
      },
      true,
    ],
  ];
  const demo = await classeurDemo();
  const res: { nom: string; octets: Buffer }[] = [];
  for (const [nom, remplir, surDemo] of cas) {
    res.push({ nom, octets: await ecrire(remplir, surDemo ? demo : undefined) });
  }
  return res;
}

/** Un classeur avec un tableau (ExcelJS `addTable`) : il repasse par ExcelJS. */
export function classeurAvecTableau(): Promise<Buffer> {
  return ecrire((wb) => {
    const ws = feuille(wb, "Tableau");
    ws.addTable({
      name: "Capacites",
      ref: "B6",
      columns: [{ name: "Site" }, { name: "Places" }],
      rows: [
        ["Nord", 10],
        ["Sud", 12],
      ],
    });
  });
}

const remplacer = (de: string | RegExp, par: string) => (x: string) => {
  const y = x.replace(de, par);
  if (y === x) throw new Error(`retouche sans effet : ${String(de)}`);
  return y;
};

const F1 = "xl/worksheets/sheet1.xml";
const R1 = "xl/worksheets/_rels/sheet1.xml.rels";
const DESSIN = "xl/drawings/drawing1.xml";
const RELS_DESSIN = "xl/drawings/_rels/drawing1.xml.rels";
const NOTES = "xl/comments1.xml";
const VML = "xl/drawings/vmlDrawing1.vml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Fins de ligne d'Excel : CRLF après chaque déclaration, et dans le VML. */
const crlf = (x: string) => x.replace(/\?>\n/, "?>\r\n").replace(/></g, ">\r\n<");
const crlfDeclaration = (x: string) => remplacer(/\?>\n/, "?>\r\n")(x);

const BOUTON = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>76200</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="[0]!Valider" textlink=""><xdr:nvSpPr><xdr:cNvPr id="1025" name="Button 1" hidden="1"><a:extLst><a:ext uri="{63B3BB69-23CF-44E3-9099-C40C66FF867C}"><a14:compatExt spid="_x0000_s1025"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:blipFill><a:blip r:embed="rId1" xmlns:r="${REL}"/></a:blipFill></xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="27432" tIns="27432" rIns="27432" bIns="27432" anchor="ctr" upright="1"/><a:lstStyle/><a:p><a:pPr algn="ctr" rtl="0"><a:defRPr sz="1000"/></a:pPr><a:r><a:rPr lang="fr-FR" sz="1100" b="0" i="0" u="none" strike="noStrike" baseline="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Calibri"/></a:rPr><a:t>Valider</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData fPrintsWithSheet="0"/></xdr:twoCellAnchor></mc:Choice><mc:Fallback/></mc:AlternateContent>`;
const GROUPE = `<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9525" cy="9525"/><xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="7" name="Lien"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr/></xdr:cxnSp><xdr:clientData/></xdr:absoluteAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/><xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="8" name="Groupe"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="9" name="Logo"><a:hlinkClick xmlns:r="${REL}" r:id="rId9" tooltip="site"/></xdr:cNvPr><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId1"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr/></xdr:pic></xdr:grpSp><xdr:clientData/></xdr:oneCellAnchor>`;
const NOTE_EXCEL = `<comment ref="B2" authorId="0" shapeId="0" xr:uid="{8C1D2E3F-0000-4000-8000-000000000001}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/><charset val="1"/><scheme val="minor"/></rPr><t>DT ARS:</t></r><r><rPr><sz val="9"/><color rgb="FF000000"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">
capacité à confirmer</t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></text></comment>`;
const VML_BOUTON = `<xml xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="2"/>
 </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"
  path="m,l,21600r21600,l21600,xe">
  <v:stroke joinstyle="miter"/>
  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>
  <o:lock v:ext="edit" shapetype="t"/>
 </v:shapetype><v:shape id="_x0000_s2049" type="#_x0000_t201" style='position:absolute;
  margin-left:480pt;margin-top:15pt;width:96pt;height:30pt;z-index:1;
  mso-wrap-style:tight' filled="f" fillcolor="buttonFace [67]" strokecolor="windowText [64]"
  o:insetmode="auto">
  <v:fill color2="buttonFace [67]" o:detectmouseclick="t"/>
  <o:lock v:ext="edit" rotation="t"/>
  <v:textbox style='mso-direction-alt:auto' o:singleclick="f">
   <div style='text-align:center'><font face="Calibri" size="220" color="#000000">Valider</font></div>
  </v:textbox>
  <x:ClientData ObjectType="Button">
   <x:Anchor>
    8, 6, 1, 0, 10, 0, 3, 0</x:Anchor>
   <x:PrintObject>False</x:PrintObject>
   <x:AutoFill>False</x:AutoFill>
   <x:FmlaMacro>[0]!Valider</x:FmlaMacro>
   <x:TextHAlign>Center</x:TextHAlign>
   <x:TextVAlign>Center</x:TextVAlign>
  </x:ClientData>
 </v:shape></xml>`.replace(/\n/g, "\r\n");

const relation = (id: string, type: string, cible: string, autre = "") =>
  `<Relationship Id="${id}" Type="${type}" Target="${cible}"${autre}/>`;
const ajouterRelation = (rel: string) => remplacer("</Relationships>", `${rel}</Relationships>`);
const avantFin = (xml: string) => remplacer("</worksheet>", `${xml}</worksheet>`);

/**
 * Retouches du premier classeur de `classeursAvecDessins` (images et notes sur la feuille 1,
 * rien sur la feuille 2) :
 * ce qu'Excel écrit (lu sans repli), puis ce qui casse (repli, et même refus des deux côtés).
 */
export const RETOUCHES_DESSINS: readonly (Retouche & { readonly refuse?: boolean })[] = [
  {
    nom: "fins de ligne CRLF partout (Excel)",
    parties: {
      "xl/workbook.xml": crlfDeclaration,
      "xl/styles.xml": crlfDeclaration,
      "xl/sharedStrings.xml": (x) =>
        remplacer("<t>Capacité</t>", "<t>Capa\r\nci\rté</t>")(crlfDeclaration(x)),
      "xl/_rels/workbook.xml.rels": crlfDeclaration,
      "_rels/.rels": crlfDeclaration,
      "docProps/app.xml": crlfDeclaration,
      "docProps/core.xml": crlfDeclaration,
      [F1]: crlfDeclaration,
      [R1]: crlfDeclaration,
      [DESSIN]: crlf,
      [RELS_DESSIN]: crlf,
      [NOTES]: crlf,
      [VML]: crlf,
    },
  },
  {
    nom: "bouton à macro, connecteur, groupe avec lien et image liée (dessin d'Excel)",
    parties: {
      [DESSIN]: remplacer("</xdr:wsDr>", `${BOUTON}${GROUPE}</xdr:wsDr>`),
      [RELS_DESSIN]: ajouterRelation(
        relation("rId9", `${REL}/hyperlink`, "https://www.ars.sante.fr", ' TargetMode="External"'),
      ),
    },
  },
  {
    nom: "note écrite par Excel (auteur, police complète, phonétique, xr:uid)",
    parties: {
      [NOTES]: (x) =>
        remplacer(
          /<comment ref="B2"[^>]*>.*?<\/comment>/,
          NOTE_EXCEL,
        )(
          remplacer(
            "<comments ",
            '<comments xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ',
          )(
            remplacer(
              "<author>Author</author>",
              "<author>DT ARS</author><author>tc={1}</author>",
            )(x),
          ),
        ),
    },
  },
  {
    nom: "commentaires modernes d'Excel (threadedComments, persons)",
    parties: {
      "xl/threadedComments/threadedComment1.xml": () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2025-01-31T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Capacité</text></threadedComment></ThreadedComments>',
      "xl/persons/person.xml": () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="DT ARS" id="{00000000-0000-0000-0000-000000000001}" userId="dt" providerId="None"/></personList>',
      // Excel double un commentaire moderne d'une note en texte simple (sans fragment).
      [NOTES]: remplacer(
        /<comment ref="B2"[^>]*>.*?<\/comment>/,
        '<comment ref="B2" authorId="0" shapeId="0" xr:uid="{00000000-0000-0000-0000-000000000002}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    Capacité</t></text></comment>',
      ),
      [R1]: ajouterRelation(
        relation(
          "rId9",
          "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
          "../threadedComments/threadedComment1.xml",
        ),
      ),
    },
  },
  {
    nom: "bouton de formulaire en VML (feuille sans note)",
    parties: {
      "xl/drawings/vmlDrawing2.vml": () => VML_BOUTON,
      "xl/worksheets/_rels/sheet2.xml.rels": () =>
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relation("rId1", `${REL}/vmlDrawing`, "../drawings/vmlDrawing2.vml")}</Relationships>`,
      "xl/worksheets/sheet2.xml": avantFin('<legacyDrawing r:id="rId1"/>'),
    },
  },
  {
    nom: "boutons de formulaire d'Excel (controls, ctrlProps) et graphique dans le dessin",
    parties: {
      [F1]: avantFin(
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId7" name="Button 1"><controlPr defaultSize="0" print="0" autoFill="0" autoPict="0" macro="[0]!Valider"><anchor moveWithCells="1" sizeWithCells="1"><from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">8</xdr:col></from><to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">10</xdr:col></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`,
      ),
      [R1]: ajouterRelation(relation("rId7", `${REL}/ctrlProp`, "../ctrlProps/ctrlProp1.xml")),
      "xl/ctrlProps/ctrlProp1.xml": () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="Button" lockText="1"/>',
      [DESSIN]: remplacer(
        "</xdr:wsDr>",
        `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Graphique 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId8"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      ),
      [RELS_DESSIN]: ajouterRelation(relation("rId8", `${REL}/chart`, "../charts/chart1.xml")),
      "xl/charts/chart1.xml": () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
    },
  },
  {
    nom: "relation de notes vers une partie absente",
    repli: true,
    refuse: true,
    parties: { [R1]: remplacer("../comments1.xml", "../comments7.xml") },
  },
  {
    nom: "relation de notes absolue (/xl/comments1.xml)",
    repli: true,
    refuse: true,
    parties: { [R1]: remplacer("../comments1.xml", "/xl/comments1.xml") },
  },
  {
    nom: "image sans relation (r:embed inconnu)",
    repli: true,
    refuse: true,
    parties: { [DESSIN]: remplacer('r:embed="rId1"', 'r:embed="rId5"') },
  },
  {
    nom: "relation d'image sans cible",
    repli: true,
    refuse: true,
    parties: { [RELS_DESSIN]: remplacer(/ Target="[^"]*"/, "") },
  },
  {
    nom: "dessin cité sans relation",
    repli: true,
    refuse: true,
    parties: { [F1]: remplacer(/<drawing r:id="[^"]*"\/>/, '<drawing r:id="rId8"/>') },
  },
  {
    nom: "dessin à la racine inattendue",
    repli: true,
    refuse: true,
    parties: {
      [DESSIN]: (x) =>
        remplacer("<xdr:wsDr ", "<xdr:dessin ")(remplacer("</xdr:wsDr>", "</xdr:dessin>")(x)),
    },
  },
  {
    nom: "VML à la racine inattendue",
    repli: true,
    refuse: true,
    parties: { [VML]: (x) => remplacer("<xml ", "<vml ")(remplacer("</xml>", "</vml>")(x)) },
  },
  {
    nom: "note imbriquée dans une note",
    repli: true,
    refuse: true,
    parties: { [NOTES]: remplacer("</text></comment>", '</text><comment ref="Z9"/></comment>') },
  },
  {
    nom: "fragment imbriqué dans une note",
    repli: true,
    refuse: true,
    parties: { [NOTES]: remplacer("<r><t>", "<r><r><t>x</t></r><t>") },
  },
  {
    nom: "propriété de police à enfant dans une note",
    repli: true,
    parties: { [NOTES]: remplacer("<b/>", '<b/><color rgb="FF000000"><x/></color>') },
  },
  {
    nom: "attribut « note » sur une note",
    repli: true,
    parties: { [NOTES]: remplacer('<comment ref="B2"', '<comment note="x" ref="B2"') },
  },
  {
    nom: "attribut répété dans le dessin",
    repli: true,
    refuse: true,
    parties: { [DESSIN]: remplacer('editAs="oneCell"', 'editAs="oneCell" editAs="absolute"') },
  },
  {
    nom: "attributs sans espace dans le VML",
    repli: true,
    refuse: true,
    parties: { [VML]: remplacer('v:ext="edit" data', 'v:ext="edit"data') },
  },
  {
    nom: "« ]]> » dans une note",
    repli: true,
    refuse: true,
    parties: { [NOTES]: remplacer("Capacité installée", "Capacité ]]> installée") },
  },
  {
    nom: "commentaire XML « -- » dans le dessin",
    repli: true,
    refuse: true,
    parties: { [DESSIN]: remplacer("<xdr:twoCellAnchor", "<!-- a -- b --><xdr:twoCellAnchor") },
  },
  {
    nom: "déclaration XML au milieu des notes",
    repli: true,
    refuse: true,
    parties: { [NOTES]: remplacer("<commentList>", '<commentList><?xml version="1.0"?>') },
  },
  {
    nom: "élément dans une relation du dessin",
    repli: true,
    refuse: true,
    parties: { [RELS_DESSIN]: remplacer(/(<Relationship [^>]*)\/>/, "$1><x/></Relationship>") },
  },
  {
    nom: "relations d'une feuille absente, mal formées",
    repli: true,
    refuse: true,
    parties: { "xl/worksheets/_rels/sheet9.xml.rels": () => "<Relationships><x/></Relationships>" },
  },
  {
    nom: "partie de notes au nom inattendu (xl/comments1.xml.bak)",
    repli: true,
    parties: { "xl/comments1.xml.bak": () => "<comments><commentList/></comments>" },
  },
  {
    nom: "XML 1.1 déclaré",
    repli: true,
    parties: { [NOTES]: remplacer('version="1.0"', 'version="1.1"') },
  },
];
