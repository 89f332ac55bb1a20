import { baliseComptee, BalayeurXml, NOMS_COMPTES } from "../../../src/gateway/xlsx/balayage-xml";

/** La règle d'origine, en expression : `baliseComptee` doit rendre exactement son verdict. */
const RE_TOUT = /<(?:\w+:)?(c|row|si|xf|mergeCell|dimension)\b/y;

function parExpression(t: string, p: number): number {
  RE_TOUT.lastIndex = p;
  const m = RE_TOUT.exec(t);
  return m ? NOMS_COMPTES.indexOf(m[1] as (typeof NOMS_COMPTES)[number]) : -1;
}

describe("baliseComptee : le nom d'une balise comptée au « < »", () => {
  it.each<[string, string | null]>([
    ['<c r="A1">', "c"],
    ["<c/>", "c"],
    ["<c>", "c"],
    ["<c", "c"],
    ["<x:c r='A1'>", "c"],
    ["<c:foo>", "c"],
    ["<cols>", null],
    ["<col>", null],
    ['<row r="1">', "row"],
    ["<rows>", null],
    ["<si>", "si"],
    ["<sip>", null],
    ['<xf numFmtId="0"/>', "xf"],
    ["<xfs>", null],
    ['<mergeCell ref="A1:B2"/>', "mergeCell"],
    ["<mergeCells>", null],
    ['<dimension ref="A1:C9"/>', "dimension"],
    ["<x14:dimension>", "dimension"],
    ["</c>", null],
    ["<v>", null],
    ["<_a:row>", "row"],
    ["<a1:si>", "si"],
    ["<:c>", null],
    ["<a:b:c>", null],
    ["<é:c>", null],
  ])("%s → %s", (xml, attendu) => {
    const k = baliseComptee(xml, 0);
    expect(k < 0 ? null : NOMS_COMPTES[k]).toBe(attendu);
    expect(k).toBe(parExpression(xml, 0));
  });

  it("rend le verdict de l'expression sur 20 000 balises tirées au hasard", () => {
    const morceaux = [
      "c",
      "row",
      "si",
      "xf",
      "mergeCell",
      "dimension",
      "x",
      ":",
      "_",
      "1",
      "s",
      "r",
    ];
    const suites = [">", "/", " ", "", "a", "9", ":", "\n", "<"];
    let graine = 7;
    const hasard = (n: number) => {
      graine = (graine * 1103515245 + 12345) % 2147483648;
      return graine % n;
    };
    let desaccords = 0;
    let comptees = 0;
    for (let i = 0; i < 20_000; i++) {
      let nom = "";
      for (let j = 1 + hasard(3); j > 0; j--) nom += morceaux[hasard(morceaux.length)];
      const xml = `<${nom}${suites[hasard(suites.length)]}`;
      const k = baliseComptee(xml, 0);
      if (k >= 0) comptees++;
      if (k !== parExpression(xml, 0)) desaccords++;
    }
    expect(desaccords).toBe(0);
    expect(comptees).toBeGreaterThan(2_000);
  });
});

describe("BalayeurXml : un passage (toutLire) et par morceaux donnent le même bilan", () => {
  const feuille = [
    '<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1:C3"/><cols><col min="1"/></cols>',
    '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>',
    '<row r="3"><c r="C3"><f>A1</f><v>2</v></c></row></sheetData>',
    '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A3:B3"/></mergeCells></worksheet>',
  ].join("");

  it("compte lignes, cellules, fusions et dimension comme le balayage par morceaux", () => {
    const entier = new BalayeurXml().toutLire(feuille, 0);
    const parMorceaux = new BalayeurXml();
    for (let i = 0; i < feuille.length; i += 17) {
      parMorceaux.ajouter(Buffer.from(feuille.slice(i, i + 17), "latin1"));
    }
    expect(entier).toEqual(parMorceaux.terminer());
    expect(entier).toMatchObject({
      lignes: 2,
      cellules: 3,
      dimension: "A1:C3",
      fusions: ["A1:B1", "A3:B3"],
      nbFusions: 2,
      etendue: { top: 0, left: 0, bottom: 2, right: 2 },
    });
  });

  it("ne relève l'étendue que si la dimension déclarée dépasse le seuil", () => {
    expect(new BalayeurXml().toutLire(feuille, 9).etendue).toBeNull();
  });

  it("voit une DTD et borne les fusions relevées", () => {
    const b = new BalayeurXml(1).toutLire(`<!DOCTYPE x>${feuille}`, 0);
    expect(b.dtd).toBe(true);
    expect(b.fusions).toEqual(["A1:B1"]);
    expect(b.nbFusions).toBe(2);
  });
});
