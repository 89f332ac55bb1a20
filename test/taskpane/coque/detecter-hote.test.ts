import { detecterHote } from "../../../src/taskpane/coque/detecter-hote";

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
  it("sans office.js : office indisponible", async () => {
    await expect(detecterHote()).resolves.toEqual({
      situation: "office-indisponible",
      excel: null,
    });
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
    const resultat = detecterHote(5000);
    await jest.advanceTimersByTimeAsync(5000);
    await expect(resultat).resolves.toEqual({ situation: "office-indisponible", excel: null });
  });
});
