import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { installerHote, type OptionsHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { traduireErreur } from "../../../src/gateway/office/erreurs";
import { type OptionsLecture } from "../../../src/gateway/office/lecture";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { GatewayError } from "../../../src/gateway/port";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";
import { sansGarde } from "../outils/sans-garde";

/** Classeur de `n` feuilles de `lignes × 10` cellules, dont une colonne bleue. */
function classeur(n: number, lignes: number): WorkbookSnapshot {
  return classeurDe(
    Array.from({ length: n }, (_, k) =>
      feuilleDe(
        `Onglet ${k + 1}`,
        Array.from({ length: lignes }, (_, i) =>
          Array.from({ length: 10 }, (_, j) => (j === 9 ? null : `L${i}C${j}`)),
        ),
        { id: `id${k}`, bleus: [`J1:J${lignes}`] },
      ),
    ),
  );
}

function passerelle(snap: WorkbookSnapshot, o: OptionsHote = {}, l: OptionsLecture = {}) {
  const h = installerHote(snap, o);
  return { ...h, g: new OfficeGateway(h.Excel as unknown as EspaceExcel, l) };
}

describe("OfficeGateway sur l'hôte simulé", () => {
  it.each([
    [1, 10],
    [12, 200],
    [45, 50],
  ])("%i feuilles de %i lignes : lecture complète en 2 sync", async (n, lignes) => {
    const { g, stats } = passerelle(classeur(n, lignes));
    const snap = await g.readSnapshot();
    expect(stats.syncs).toBe(2);
    expect(snap.sheets).toHaveLength(n);
    expect(snap.sheets[n - 1]!.values[lignes - 1]![0]).toBe(`L${lignes - 1}C0`);
    expect(snap.sheets[0]!.fills[0]![9]).toBe("DDEBF7");
    expect(snap.sheets[0]!.fills[0]![0]).toBeNull();
    expect(stats.cellsRead).toBe(n * lignes * 10);
  });

  it("au-delà de la chaîne de feuilles prévue : une sync de structure de plus", async () => {
    const { g, stats } = passerelle(classeur(5, 3), {}, { chaine: 3 });
    expect((await g.readSnapshot()).sheets).toHaveLength(5);
    expect(stats.syncs).toBe(3);
  });

  it("découpe par budget et reste sous la limite de réponse", async () => {
    const { g, stats } = passerelle(
      classeur(3, 400),
      { limiteOctets: 400_000 },
      { budgetBloc: 1_000, budgetSync: 2_000 },
    );
    await g.readSnapshot();
    expect(stats.maxResponseBytes).toBeLessThanOrEqual(400_000);
    expect(stats.syncs).toBeGreaterThan(2);
  });

  it("réessaie avec des blocs deux fois plus petits sur erreur de taille", async () => {
    const { g, stats } = passerelle(classeur(2, 300), { limiteOctets: 300_000 });
    const snap = await g.readSnapshot();
    expect(snap.sheets[1]!.values[299]![8]).toBe("L299C8");
    expect(stats.responseBytes.some((b) => b > 300_000)).toBe(true);
    expect(stats.maxResponseBytes).toBeGreaterThan(300_000);
  });

  it("abandonne après 3 réessais avec un message français", async () => {
    const { g } = passerelle(classeur(1, 50), { limiteOctets: 2_000 });
    await expect(g.readSnapshot()).rejects.toMatchObject({
      code: "PayloadTooLarge",
      message: expect.stringMatching(/volumineux/),
    });
  });

  it("plage utilisée démesurée : refus clair, sans lire les cellules", async () => {
    const { g, stats } = passerelle(classeur(1, 5), {
      plagesEtendues: { "Onglet 1": { bottom: 1_048_575, right: 9 } },
    });
    await expect(g.readSnapshot()).rejects.toMatchObject({
      code: "RangeExceedsLimit",
      message: expect.stringMatching(/Plage utilisée démesurée.*Onglet 1/),
    });
    expect(stats.cellsRead).toBe(0);
  });

  it("saisie en cours dans une cellule : le lot attend (delayForCellEdit)", async () => {
    const { g, etat } = passerelle(classeur(1, 2));
    etat.modeEdition = true;
    await expect(g.readSnapshot()).resolves.toBeDefined();
  });

  it("aller à une cellule d'une feuille masquée : refusé sans accord, puis affichée, activée, sélectionnée", async () => {
    const snap = classeur(2, 3);
    const cache = {
      ...snap,
      sheets: [snap.sheets[0]!, { ...snap.sheets[1]!, visibility: "Hidden" as const }],
    };
    const { g, etat } = passerelle(cache);
    const cible = { sheetId: "id1", sheetName: "Onglet 2", row: 2, col: 3 };
    await expect(g.goTo(cible)).rejects.toMatchObject({
      code: "SheetHidden",
      message: expect.stringMatching(/« Onglet 2 » est masqué/),
    });
    expect(etat.feuilles().find((f) => f.id === "id1")?.visibility).toBe("Hidden");
    await g.goTo(cible, { afficherMasquee: true });
    expect(etat.feuilles().find((f) => f.id === "id1")).toMatchObject({
      visibility: "Visible",
      active: true,
    });
    expect(etat.vue()?.selection).toEqual([{ top: 2, left: 3, bottom: 2, right: 3 }]);
  });

  // Avant l'ADR 0009 : 1 sync. Désormais la garde relit les cellules visées dans le même lot.
  it("écriture : événements coupés, 2 sync (relecture des cellules visées, écriture)", async () => {
    const { g, stats, etat } = passerelle(classeur(1, 2));
    await g.readSnapshot();
    const avant = stats.syncs;
    await g.apply(
      sansGarde({
        titre: "Écrire",
        operations: [
          { kind: "setValues", sheet: { sheetId: "id0" }, row: 3, col: 0, values: [["x"]] },
        ],
      }),
    );
    expect(stats.syncs - avant).toBe(2);
    expect(etat.vue()?.values[3]?.[0]).toBe("x");
  });
});

describe("traduction des erreurs d'Excel (un seul utilitaire)", () => {
  it.each([
    ["ItemNotFound", "ItemNotFound", /renommé ou supprimé/],
    ["ItemAlreadyExists", "ItemAlreadyExists", /porte déjà ce nom/],
    ["InvalidArgument", "InvalidArgument", /paramètre invalide/],
    ["AccessDenied", "AccessDenied", /protégée/],
    ["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode", /Terminez la saisie/],
    ["RequestPayloadSizeLimitExceeded", "PayloadTooLarge", /volumineux/],
    ["ResponsePayloadSizeLimitExceeded", "PayloadTooLarge", /volumineux/],
    ["RangeExceedsLimit", "RangeExceedsLimit", /démesurée/],
    ["CodeInconnu", "Unknown", /inattendue/],
  ])("%s → %s", (code, attendu, message) => {
    const e = traduireErreur({ code, message: "m", debugInfo: { code } }, "Analyse");
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.code).toBe(attendu);
    expect(e.message).toMatch(/^Analyse : /);
    expect(e.message).toMatch(message);
    expect(JSON.parse(e.detail ?? "{}")).toMatchObject({ code, debugInfo: { code } });
  });

  it("injection : une erreur d'Excel au sync 1 devient un message français", async () => {
    const { g, injecter } = passerelle(classeur(1, 2));
    injecter("AccessDenied", { auSync: 1 });
    await expect(g.readSnapshot()).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringMatching(/^Lecture du classeur : /),
    });
  });
});
