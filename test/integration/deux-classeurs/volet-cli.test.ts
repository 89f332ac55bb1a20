import { genererAutreMiseEnPage } from "../../../scripts/exemple-autre/index";
import { genererClasseur } from "../../../scripts/exemple/classeur";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane, type AnalyseClasseur } from "../../../src/use-cases/analyser";

/**
 * Le volet (lecture Office.js, ici sur l'hôte simulé chargé du classeur) et la CLI (lecture du
 * fichier par ExcelJS) voient la même chose sur les deux classeurs d'exemple : mêmes onglets, mêmes
 * cellules de saisie, mêmes indicateurs, mêmes constats.
 */

jest.setTimeout(120_000);

const resume = (a: AnalyseClasseur) => ({
  onglets: a.onglets.map((o) => `${o.nom}=${o.type}`),
  saisies: a.completude.parOnglet.map((o) => `${o.nom}:${o.total}/${o.remplies}`),
  indicateurs: a.indicateurs.length,
  valeurs: a.indicateurs.map((i) => i.valeur),
  constats: a.constats.map((c) => c.cle).sort(),
});

describe.each([
  ["premier classeur (erreurs)", async () => (await genererClasseur("erreurs")).buffer],
  ["second classeur (autre mise en page)", async () => (await genererAutreMiseEnPage()).buffer],
])("%s : le volet et la CLI montrent les mêmes résultats", (_nom, octets) => {
  it("mêmes onglets, saisies, indicateurs et constats", async () => {
    const fichier = await lireClasseurXlsx(await octets());
    const cli = analyserInstantane(fichier);
    const gateway = new OfficeGateway(installerHote(fichier).Excel as unknown as EspaceExcel);
    const volet = analyserInstantane(await gateway.readSnapshot());
    expect(cli.constats.length).toBeGreaterThan(10);
    expect(resume(volet)).toEqual(resume(cli));
  });
});
