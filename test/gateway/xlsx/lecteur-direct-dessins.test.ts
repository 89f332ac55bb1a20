import { reenregistrer } from "../../../scripts/fidelite/libreoffice";
import { classeurAvecTableau, classeursAvecDessins, RETOUCHES_DESSINS } from "./dessins-direct";
import { comparer, type Comparaison } from "./equivalence";
import { retoucher } from "./retouches-direct";

/**
 * Lecteur direct (ADR 0018) et classeurs à dessins, images de fond et notes : même instantané et
 * mêmes avertissements (ou même code et message d'erreur) que le chemin ExcelJS, clé par clé ;
 * sans repli pour ce qu'écrivent ExcelJS, LibreOffice et Excel, avec repli pour ce qui casse.
 */
jest.setTimeout(300_000);

interface Cas {
  readonly nom: string;
  readonly octets: Buffer;
  /** Le lecteur direct doit repasser par ExcelJS (sinon : il doit lire seul). */
  readonly repli: boolean;
  /** Le chemin ExcelJS refuse le classeur (`endommage`). */
  readonly refuse?: boolean;
}

const cas: Cas[] = [];
const resultats = new Map<string, Comparaison>();

beforeAll(async () => {
  const ecrits = await classeursAvecDessins();
  for (const c of ecrits) cas.push({ nom: `ExcelJS ${c.nom}`, octets: c.octets, repli: false });
  const base = (ecrits[0] as { octets: Buffer }).octets;
  for (const r of RETOUCHES_DESSINS) {
    cas.push({
      nom: `retouche ${r.nom}`,
      octets: retoucher(base, r),
      repli: !!r.repli,
      refuse: r.refuse,
    });
  }
  cas.push({ nom: "tableau", octets: await classeurAvecTableau(), repli: true });
  const relus = reenregistrer(
    ecrits.map((c, i) => ({ nom: `lo-${i}`, buffer: c.octets })),
    "cpom-dessins-lo-",
  );
  relus.forEach((octets, i) =>
    cas.push({ nom: `LibreOffice ${ecrits[i]?.nom ?? i}`, octets, repli: false }),
  );
  for (const c of cas) resultats.set(c.nom, await comparer(c.octets));
});

describe("lecteur direct : dessins, images et notes comme le chemin ExcelJS", () => {
  it("couvre ExcelJS, LibreOffice, les retouches d'Excel et les parties cassées", () => {
    const n = (p: string) => cas.filter((c) => c.nom.startsWith(p)).length;
    expect(n("ExcelJS ")).toBeGreaterThanOrEqual(5);
    expect(n("LibreOffice ")).toBeGreaterThanOrEqual(5);
    expect(
      cas.filter((c) => c.nom.startsWith("retouche ") && !c.repli).length,
    ).toBeGreaterThanOrEqual(5);
    expect(cas.filter((c) => c.refuse).length).toBeGreaterThanOrEqual(10);
  });

  it("aucune différence (instantané, avertissements, code et message d'erreur)", () => {
    const ecarts = cas
      .map((c) => {
        const r = resultats.get(c.nom);
        return [c.nom, r ? r.difference : "non comparé"] as const;
      })
      .filter(([, d]) => d !== null);
    expect(ecarts).toEqual([]);
  });

  it("ce qu'écrivent ExcelJS, LibreOffice et Excel est lu sans repli", () => {
    const replis = cas
      .filter((c) => !c.repli)
      .map((c) => [c.nom, resultats.get(c.nom)?.repli] as const)
      .filter(([, r]) => r !== null);
    expect(replis).toEqual([]);
  });

  it("ce qui casse, et les tableaux, repassent par ExcelJS", () => {
    const lus = cas.filter((c) => c.repli && resultats.get(c.nom)?.repli === null);
    expect(lus.map((c) => c.nom)).toEqual([]);
  });

  it("ExcelJS refuse les parties reliées qui ne se tiennent pas (les deux chemins aussi)", () => {
    const issues = cas
      .filter((c) => c.refuse)
      .map((c) => {
        const r = resultats.get(c.nom)?.reference;
        return [c.nom, r?.kind === "erreur" ? r.code : "lu"];
      });
    expect(issues.filter(([, code]) => code !== "endommage")).toEqual([]);
  });

  it("les lectures sans repli portent bien des dessins et des notes", () => {
    const sansRepli = cas.filter((c) => !c.repli);
    const avec = (motif: RegExp) =>
      sansRepli.filter((c) => motif.test(c.octets.toString("latin1"))).length;
    // Noms d'entrées du répertoire zip : dessins, médias, notes et VML.
    expect(avec(/xl\/drawings\/drawing\d+\.xml/)).toBeGreaterThanOrEqual(10);
    expect(avec(/xl\/media\//)).toBeGreaterThanOrEqual(10);
    expect(avec(/xl\/comments\d+\.xml/)).toBeGreaterThanOrEqual(10);
    expect(avec(/xl\/drawings\/vmlDrawing\d+\.vml/)).toBeGreaterThanOrEqual(10);
  });
});
