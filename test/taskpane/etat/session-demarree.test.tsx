import { render } from "@testing-library/react";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import type { WorkbookGateway } from "../../../src/gateway/port";
import { App, prechargerVolet } from "../../../src/taskpane/App";
import { Coque } from "../../../src/taskpane/coque";
import { demarrerSession } from "../../../src/taskpane/etat/session";
import { attendreLecture, petitDiagnostic } from "../outils";

// ADR 0028 : la racine de composition lance la première lecture avant le rendu du volet ; le volet
// la reprend sans relire le classeur.

function passerelleComptee() {
  const hote = installerHote(petitDiagnostic());
  const vraie = new OfficeGateway(hote.Excel as unknown as EspaceExcel);
  const compte = { lectures: 0 };
  const gateway: WorkbookGateway = {
    readSnapshot: (r) => {
      compte.lectures++;
      return vraie.readSnapshot(r);
    },
    apply: (p) => vraie.apply(p),
    goTo: (c, o) => vraie.goTo(c, o),
  };
  return { hote, gateway, compte };
}

beforeAll(() => prechargerVolet());

describe("session démarrée hors de React", () => {
  test("la lecture part avant le rendu ; le volet la reprend sans relire", async () => {
    const { hote, gateway, compte } = passerelleComptee();
    const session = demarrerSession(gateway, { delaiRafraichissement: 0 });
    expect(compte.lectures).toBe(1);
    const rendu = render(
      <Coque situation="apercu">
        <App gateway={gateway} session={session} delaiRafraichissement={0} />
      </Coque>,
    );
    await attendreLecture();
    expect(compte.lectures).toBe(1);
    expect(hote.stats.syncs).toBeLessThanOrEqual(2);
    rendu.unmount();
  });

  test("sans session donnée, le volet lit lui-même le classeur, une fois", async () => {
    const { gateway, compte } = passerelleComptee();
    expect(compte.lectures).toBe(0);
    const rendu = render(
      <Coque situation="apercu">
        <App gateway={gateway} delaiRafraichissement={0} />
      </Coque>,
    );
    await attendreLecture();
    expect(compte.lectures).toBe(1);
    rendu.unmount();
  });
});
