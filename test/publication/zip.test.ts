import JSZip from "jszip";
import { crc32, ecrireZip } from "../../scripts/publication/zip";

// Relu par JSZip (dépendance d'ExcelJS) : un lecteur indépendant de l'écrivain.
async function relire(zip: Buffer): Promise<Map<string, { contenu: Buffer; date: Date }>> {
  const archive = await JSZip.loadAsync(zip, { checkCRC32: true });
  const lus = new Map<string, { contenu: Buffer; date: Date }>();
  for (const f of Object.values(archive.files))
    lus.set(f.name, { contenu: await f.async("nodebuffer"), date: f.date });
  return lus;
}

describe("ecrireZip", () => {
  it("calcule le CRC-32 de référence", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it("écrit une archive relue à l'identique (compressée, stockée, vide, nom accentué, sous-dossier)", async () => {
    const entrees = [
      { nom: "taskpane.html", contenu: Buffer.from("<!doctype html>".repeat(200)) },
      { nom: "assets/icone-16.png", contenu: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
      { nom: "vide.txt", contenu: Buffer.alloc(0) },
      { nom: "LISEZMOI-é.txt", contenu: Buffer.from("Complément « Diagnostic »\r\n", "utf8") },
    ];
    const date = new Date(2026, 10, 22, 14, 30, 10);
    const zip = ecrireZip(entrees, date);
    const lus = await relire(zip);
    expect([...lus.keys()].sort()).toEqual(entrees.map((e) => e.nom).sort());
    for (const e of entrees) {
      expect(lus.get(e.nom)?.contenu.equals(e.contenu)).toBe(true);
    }
    expect(zip.length).toBeLessThan(entrees.reduce((n, e) => n + e.contenu.length, 0));
  });

  it("écrit une archive vide valable", async () => {
    expect((await relire(ecrireZip([], new Date()))).size).toBe(0);
  });
});
