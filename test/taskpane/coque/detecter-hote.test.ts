import { dansUnHoteOffice, detecterHote } from "../../../src/taskpane/coque/detecter-hote";

type Global = { Office?: unknown; Excel?: unknown };
const g = globalThis as Global;
const EXCEL = { run: jest.fn() };

function installerOffice(onReady: () => Promise<{ host: string | null; platform: string | null }>) {
  g.Office = { onReady, HostType: { Excel: "Excel", Word: "Word" } };
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  jest.useRealTimers();
});

describe("detecterHote", () => {
  it("sans office.js, dans un hôte Office : office indisponible", async () => {
    await expect(detecterHote(undefined, () => true)).resolves.toEqual({
      situation: "office-indisponible",
      excel: null,
    });
  });

  it("sans office.js (hors ligne), page ouverte dans un navigateur : hors d'Excel", async () => {
    await expect(detecterHote()).resolves.toEqual({ situation: "hors-excel", excel: null });
  });

  it("navigateur ordinaire (host null, pas d'Excel) : hors d'Excel", async () => {
    installerOffice(async () => ({ host: null, platform: null }));
    await expect(detecterHote()).resolves.toEqual({ situation: "hors-excel", excel: null });
  });

  it("dans Excel : Excel retenu pour la passerelle", async () => {
    installerOffice(async () => ({ host: "Excel", platform: "PC" }));
    g.Excel = EXCEL;
    await expect(detecterHote()).resolves.toEqual({ situation: "excel", excel: EXCEL });
  });

  it("hôte simulé installé comme window.Excel (aperçu) : Excel retenu", async () => {
    installerOffice(async () => ({ host: null, platform: null }));
    g.Excel = EXCEL;
    await expect(detecterHote()).resolves.toEqual({ situation: "excel", excel: EXCEL });
  });

  it("dans Word : hors d'Excel", async () => {
    installerOffice(async () => ({ host: "Word", platform: "PC" }));
    g.Excel = EXCEL;
    await expect(detecterHote()).resolves.toEqual({ situation: "hors-excel", excel: null });
  });

  it("onReady muet (CDN bloqué) : office indisponible après le délai", async () => {
    jest.useFakeTimers();
    installerOffice(() => new Promise(() => undefined));
    const resultat = detecterHote(5000, () => true);
    await jest.advanceTimersByTimeAsync(5000);
    await expect(resultat).resolves.toEqual({ situation: "office-indisponible", excel: null });
  });
});

describe("dansUnHoteOffice", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it.each<[string, boolean]>([
    ["/taskpane.html", false],
    ["/taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0", true],
  ])("%s → %s", (adresse, attendu) => {
    window.history.replaceState(null, "", adresse);
    expect(dansUnHoteOffice()).toBe(attendu);
  });
});
