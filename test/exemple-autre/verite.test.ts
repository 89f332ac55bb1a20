/**
 * Le second classeur d'exemple (« autre mise en page ») relu avec ExcelJS, sans passer par la
 * passerelle du complément : la vérité terrain doit décrire exactement le fichier.
 */
import ExcelJS from "exceljs";
import { genererAutreMiseEnPage } from "../../scripts/exemple-autre/index";
import { luhnValide } from "../../scripts/exemple-autre/finess";
import { PRE_REMPLI, SAISIE, rgbRemplissage } from "../../scripts/exemple-autre/styles";
import type { VeriteTerrain } from "../../scripts/exemple-autre/verite";

let verite: VeriteTerrain;
let buffer: Buffer;
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  ({ buffer, verite } = await genererAutreMiseEnPage());
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
}, 60000);

function feuille(nom: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(nom);
  if (!ws) throw new Error(`onglet absent : ${nom}`);
  return ws;
}

function valeurLue(cell: ExcelJS.Cell): number | string | boolean | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v) {
      // `cell.value` d'ExcelJS perd les résultats « faux » (0, "") : lire `cell.result`.
      const r = cell.result as unknown;
      // un résultat en cache « » (chaîne vide) est relu par ExcelJS comme absent
      if (r === undefined || r === null) return "";
      if (typeof r === "object" && "error" in (r as object))
        return String((r as { error: string }).error);
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      return r as number | string | boolean;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return null;
  }
  return v;
}

function dansPlage(plage: string, addr: string): boolean {
  const [debut, fin] = plage.split(":");
  const a = decoder(addr);
  const d = decoder(debut ?? "");
  const f = decoder(fin ?? debut ?? "");
  return a.c >= d.c && a.c <= f.c && a.l >= d.l && a.l <= f.l;
}

function decoder(addr: string): { c: number; l: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`adresse invalide : ${addr}`);
  const c = [...(m[1] ?? "")].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0);
  return { c, l: Number(m[2]) };
}

const REMPLISSAGES_SAISIE = Object.values(SAISIE).map(
  (f) => JSON.parse(JSON.stringify(f)) as unknown,
);

describe("classeur « autre mise en page » : vérité terrain", () => {
  test("tous les onglets du modèle, dans l'ordre voulu (2-C avant 2-B, 2-F avant 2-E)", () => {
    const types = verite.onglets.map((o) => o.type);
    for (const t of [
      "accueil",
      "annexe-1",
      "axe-1-1",
      "axe-1-2",
      "axe-1-3",
      "axe-2",
      "axe-3",
      "flash-2b",
      "anap-2c",
      "complementaires-2d",
      "financier-2e",
      "creton-2f",
      "departementaux-2g",
      "inconnu",
    ]) {
      expect(types).toContain(t);
    }
    expect(types.indexOf("anap-2c")).toBeLessThan(types.indexOf("flash-2b"));
    expect(types.indexOf("creton-2f")).toBeLessThan(types.indexOf("financier-2e"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(verite.onglets.map((o) => o.nom));
  });

  test("chaque saisie a le remplissage de saisie écrit, sa couleur résolue, et est déverrouillée", () => {
    for (const o of verite.onglets) {
      const ws = feuille(o.nom);
      for (const a of o.saisies) {
        const cell = ws.getCell(a);
        expect(REMPLISSAGES_SAISIE).toContainEqual(JSON.parse(JSON.stringify(cell.fill)));
        expect(rgbRemplissage(cell.fill)).toBe(o.couleursSaisie?.[a]);
        expect(cell.protection?.locked).toBe(false);
      }
    }
  });

  test("les feuilles annoncées protégées le sont", () => {
    const protegees = verite.onglets.filter((o) => o.protege).map((o) => o.nom);
    expect(protegees).toEqual(
      expect.arrayContaining(["Page de garde", "Annexe 2C - TdB ANAP", "2B_Flash"]),
    );
    for (const nom of protegees) {
      const p = (feuille(nom) as unknown as { sheetProtection?: { sheet?: boolean } })
        .sheetProtection;
      expect(p?.sheet).toBe(true);
    }
  });

  test("pré-remplis gris et non vides ; calculs porteurs d'une formule ; saisies vides vides", () => {
    const gris = JSON.parse(JSON.stringify(PRE_REMPLI)) as unknown;
    for (const o of verite.onglets) {
      const ws = feuille(o.nom);
      for (const a of o.preRemplies) {
        expect(JSON.parse(JSON.stringify(ws.getCell(a).fill))).toEqual(gris);
        expect(valeurLue(ws.getCell(a))).not.toBeNull();
      }
      for (const a of o.calculs) expect(typeof ws.getCell(a).formula).toBe("string");
      for (const a of o.saisiesVides) {
        expect(o.saisies).toContain(a);
        expect(ws.getCell(a).value ?? null).toBeNull();
      }
    }
  });

  test("aucune cellule dans deux listes", () => {
    for (const o of verite.onglets) {
      const toutes = [...o.saisies, ...o.preRemplies, ...o.calculs];
      expect(new Set(toutes).size).toBe(toutes.length);
    }
  });

  test("chaque valeur notée est celle du fichier (ou le résultat en cache de la formule)", () => {
    expect(verite.valeurs.length).toBeGreaterThan(500);
    for (const v of verite.valeurs) {
      expect({ ...v, lu: valeurLue(feuille(v.onglet).getCell(v.cellule)) }).toEqual({
        ...v,
        lu: v.valeur,
      });
    }
  });

  test("les zones contiennent leurs cellules de valeur", () => {
    for (const v of verite.valeurs) {
      const zone = verite.zones.find((z) => z.onglet === v.onglet && z.cle === v.zone);
      expect({ v: `${v.onglet}!${v.cellule}`, zone: v.zone, trouvee: !!zone }).toEqual({
        v: `${v.onglet}!${v.cellule}`,
        zone: v.zone,
        trouvee: true,
      });
      expect({
        c: v.cellule,
        plage: zone?.plage,
        dedans: dansPlage(zone?.plage ?? "", v.cellule),
      }).toEqual({ c: v.cellule, plage: zone?.plage, dedans: true });
    }
    for (const cle of [
      "a1/identification",
      "a1/esms-enfance",
      "a1/esms-adultes",
      "2b",
      "2c",
      "2f",
      "2g",
      "2e/e1",
      "2e/e2",
      "2e/e3",
      "2e/e4",
      "2e/e5",
      "2e/e6",
    ]) {
      expect(verite.zones.map((z) => z.cle)).toContain(cle);
    }
  });

  test("FINESS : clés valides, sauf celles semées en erreur ; Corse présente", () => {
    const fausses = verite.erreurs
      .filter((e) => e.controle === "finess/cle")
      .map((e) => valeurLue(feuille(e.onglet).getCell(e.cellule)));
    expect(fausses.length).toBeGreaterThan(0);
    for (const e of verite.esms)
      expect(luhnValide(e.finess) || fausses.includes(e.finess)).toBe(true);
    for (const f of fausses) expect(luhnValide(String(f))).toBe(false);
    expect(luhnValide(verite.organisme.finessJuridique)).toBe(true);
    expect(verite.esms.length).toBeGreaterThanOrEqual(9);
    expect(verite.esms.some((e) => /^2[AB]/.test(e.finess))).toBe(true);
  });

  test("8 à 12 erreurs semées, chacune sur une cellule notée ; environ 10 % de saisies vides", () => {
    expect(verite.erreurs.length).toBeGreaterThanOrEqual(8);
    expect(verite.erreurs.length).toBeLessThanOrEqual(12);
    for (const e of verite.erreurs) {
      const o = verite.onglets.find((x) => x.nom === e.onglet);
      expect([...(o?.saisies ?? []), ...(o?.calculs ?? [])]).toContain(e.cellule);
    }
    const n = verite.onglets.reduce((s, o) => s + o.saisies.length, 0);
    const vides = verite.onglets.reduce((s, o) => s + o.saisiesVides.length, 0);
    expect(vides / n).toBeGreaterThan(0.07);
    expect(vides / n).toBeLessThan(0.15);
  });

  test("légende : trois pastilles à droite de leur texte, couleurs résolues notées", () => {
    const ws = feuille(verite.legende.onglet);
    const c = verite.legende.cellules;
    expect(c).toBeDefined();
    expect(rgbRemplissage(ws.getCell(c?.saisie ?? "").fill)).toBe(verite.legende.saisie);
    expect(rgbRemplissage(ws.getCell(c?.preRempli ?? "").fill)).toBe(verite.legende.preRempli);
    expect(rgbRemplissage(ws.getCell(c?.calcul ?? "").fill)).toBe(verite.legende.calcul);
    expect(verite.legende.saisie).toBe("DAE3F3");
    const theme = (wb as unknown as { _themes?: Record<string, string> })._themes?.theme1 ?? "";
    expect(theme).toContain('<a:accent1><a:srgbClr val="4472C4"/>');
  });

  test("génération déterministe", async () => {
    const second = await genererAutreMiseEnPage();
    expect(second.verite).toEqual(verite);
    const autre = new ExcelJS.Workbook();
    await autre.xlsx.load(second.buffer as unknown as ArrayBuffer);
    for (const ws of wb.worksheets) {
      const w2 = autre.getWorksheet(ws.name);
      const cellules = (w: ExcelJS.Worksheet | undefined): unknown[] => {
        const out: unknown[] = [];
        w?.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell((cell) => out.push([cell.address, cell.value, cell.fill])),
        );
        return JSON.parse(JSON.stringify(out)) as unknown[];
      };
      expect(cellules(w2)).toEqual(cellules(ws));
    }
  }, 60000);
});
