import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { reenregistrer } from "../../../scripts/fidelite/libreoffice";
import { corpusHostile } from "./corpus-hostile";
import { classeurDemo } from "./demo";
import { classeursAleatoires, comparer, premiereDifference, type Comparaison } from "./equivalence";
import { RETOUCHES, retoucher } from "./retouches-direct";

/**
 * Lecteur direct (ADR 0018) : sur chaque classeur que nous avons — exemples, démonstration et ses
 * retouches (ce qu'écrivent d'autres tableurs), corpus hostile, ré-enregistrements LibreOffice,
 * mises en page aléatoires de `npm run fidelite` —
 * l'instantané et les avertissements (ou le code et le message d'erreur) sont ceux du chemin
 * ExcelJS, à l'identique. Les classeurs écrits par ExcelJS ou LibreOffice sont lus sans repli.
 */
jest.setTimeout(300_000);

const EXEMPLES = join(__dirname, "..", "..", "..", "assets", "exemples");

interface Cas {
  readonly nom: string;
  readonly octets: Buffer;
  /** Le lecteur direct doit le lire seul (sans repasser par ExcelJS). */
  readonly sansRepli: boolean;
  /** Le lecteur direct doit repasser par ExcelJS. */
  readonly repli?: boolean;
}

const cas: Cas[] = [];
const resultats = new Map<string, Comparaison>();

beforeAll(async () => {
  for (const f of readdirSync(EXEMPLES)
    .filter((x) => x.endsWith(".xlsx"))
    .sort()) {
    cas.push({ nom: `exemple ${f}`, octets: readFileSync(join(EXEMPLES, f)), sansRepli: true });
  }
  const demo = await classeurDemo();
  cas.push({ nom: "démonstration", octets: demo, sansRepli: true });
  for (const r of RETOUCHES) {
    cas.push({
      nom: `retouche ${r.nom}`,
      octets: retoucher(demo, r),
      sansRepli: !r.repli,
      repli: !!r.repli,
    });
  }
  const aleatoires = await classeursAleatoires(20261203, 12, 3);
  for (const a of aleatoires) cas.push({ ...a, sansRepli: true });
  for (const h of await corpusHostile()) {
    cas.push({ nom: `hostile ${h.nom}`, octets: h.octets, sansRepli: false });
  }
  const aRelire = [
    ...cas.filter((c) => c.nom.startsWith("exemple ")).slice(0, 3),
    cas.find((c) => c.nom === "démonstration") as Cas,
    ...cas.filter((c) => c.nom.startsWith("aléatoire classeur")).slice(0, 3),
    ...cas.filter((c) => c.nom.startsWith("aléatoire 2e")).slice(0, 1),
  ];
  const relus = reenregistrer(
    aRelire.map((c, i) => ({ nom: `lo-${i}`, buffer: c.octets })),
    "cpom-direct-lo-",
  );
  relus.forEach((octets, i) =>
    cas.push({ nom: `LibreOffice ${aRelire[i]?.nom ?? i}`, octets, sansRepli: true }),
  );
  for (const c of cas) resultats.set(c.nom, await comparer(c.octets));
});

describe("lecteur direct : même résultat que le chemin ExcelJS", () => {
  it("couvre exemples, retouches, hostiles, LibreOffice et ≥ 30 mises en page aléatoires", () => {
    const n = (p: string) => cas.filter((c) => c.nom.startsWith(p)).length;
    expect(n("exemple ")).toBeGreaterThanOrEqual(6);
    expect(n("hostile ")).toBeGreaterThanOrEqual(20);
    expect(n("LibreOffice ")).toBeGreaterThanOrEqual(8);
    expect(n("aléatoire ")).toBeGreaterThanOrEqual(30);
    expect(n("retouche ")).toBeGreaterThanOrEqual(15);
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

  it("les classeurs écrits par ExcelJS ou LibreOffice sont lus sans repli", () => {
    const replis = cas
      .filter((c) => c.sansRepli)
      .map((c) => [c.nom, resultats.get(c.nom)?.repli] as const)
      .filter(([, r]) => r !== null);
    expect(replis).toEqual([]);
  });

  it("ce que le lecteur direct ne reproduit pas repasse par ExcelJS", () => {
    const attendus = cas.filter((c) => c.repli);
    expect(attendus.length).toBeGreaterThanOrEqual(3);
    expect(attendus.filter((c) => resultats.get(c.nom)?.repli === null).map((c) => c.nom)).toEqual(
      [],
    );
  });

  it("le corpus hostile garde ses codes (lu directement ou après repli)", () => {
    const codes = cas
      .filter((c) => c.nom.startsWith("hostile "))
      .map((c) => {
        const r = resultats.get(c.nom)?.reference;
        return [c.nom, r?.kind === "erreur" ? r.code : "analyse"];
      });
    expect(codes.filter(([, code]) => code === "analyse").length).toBeGreaterThan(5);
    expect(codes.filter(([, code]) => code !== "analyse").length).toBeGreaterThan(10);
  });

  it("la comparaison voit une vraie différence (et dit où)", () => {
    const a = { sheets: [{ values: [[1, "x"]] }] };
    expect(premiereDifference(a, { sheets: [{ values: [[1, "y"]] }] })).toBe(
      '$.sheets.0.values.0.1 : "x" ≠ "y"',
    );
    expect(premiereDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toMatch(/clés/);
    expect(premiereDifference([Number.NaN], [Number.NaN])).toBeNull();
  });
});
