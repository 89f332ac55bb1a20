import {
  champCsv,
  echapperHtml,
  neutraliserFormule,
  sansControles,
} from "../../../src/domain/export/neutraliser";

describe("neutraliserFormule", () => {
  it.each([
    ['=HYPERLINK("http://x","clic")', '\'=HYPERLINK("http://x","clic")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SOMME(A1)", "'@SOMME(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Conventions à renouveler", "Conventions à renouveler"],
    ["", ""],
    ["a=b", "a=b"],
  ])("%j → %j", (entree, attendu) => {
    expect(neutraliserFormule(entree)).toBe(attendu);
  });
});

describe("champCsv", () => {
  it.each([
    ["simple", "simple"],
    ["a;b", '"a;b"'],
    ['il a dit "oui"', '"il a dit ""oui"""'],
    ["ligne\nsuivante", '"ligne\nsuivante"'],
    ["=1+1", "'=1+1"],
    ["=1;2", '"\'=1;2"'],
  ])("%j → %j", (entree, attendu) => {
    expect(champCsv(entree)).toBe(attendu);
  });

  it("accepte un autre séparateur", () => {
    expect(champCsv("a,b", ",")).toBe('"a,b"');
  });
});

describe("echapperHtml", () => {
  it("échappe les cinq caractères spéciaux", () => {
    expect(echapperHtml(`<script>alert('x') & "y"</script>`)).toBe(
      "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;",
    );
  });
});

describe("sansControles", () => {
  it("remplace échappements du terminal, cloche, C1 et contrôles bidirectionnels", () => {
    expect(sansControles("\u001b[2J\u001b[31mrouge\u0007")).toBe("\ufffd[2J\ufffd[31mrouge\ufffd");
    expect(sansControles("a\u202eb\u0085c")).toBe("a\ufffdb\ufffdc");
  });
  it("garde fins de ligne, tabulations et accents", () => {
    expect(sansControles("Élément\tà\nvoir")).toBe("Élément\tà\nvoir");
  });
});
