import { render } from "@testing-library/react";
import { installerHote } from "../../src/gateway/host-simule";
import { prechargerVolet } from "../../src/taskpane/App";
import { preparerVolet, VoletExcel } from "../../src/taskpane/volet";
import { attendreLecture, monterVolet, petitDiagnostic } from "./outils";

// Le fil d'analyse (import.meta.url) n'existe pas sous jest : le volet analyse ici sur le fil
// principal, par le même cas d'usage.
jest.mock("../../src/taskpane/analyse/fil", () => ({
  analyseurDePage: () => ({
    analyser: async (s: unknown) =>
      (
        jest.requireActual(
          "../../src/use-cases/analyser",
        ) as typeof import("../../src/use-cases/analyser")
      ).analyserInstantane(s as never),
  }),
}));

// L'état de préparation est au niveau du module (une page, un volet) : les deux cas se suivent
// dans cet ordre, le second après qu'un volet a été monté.
beforeAll(() => prechargerVolet());

// ADR 0028 : dans Excel, la première lecture part dès le morceau « volet » chargé, avant son rendu.
describe("volet dans Excel : session préparée avant le rendu", () => {
  test("preparerVolet lance la lecture ; le volet monté ensuite ne relit pas", async () => {
    const hote = installerHote(petitDiagnostic());
    const excel = hote.Excel as unknown as typeof Excel;
    preparerVolet(excel);
    await Promise.resolve();
    const apresPreparation = hote.stats.syncs;
    expect(apresPreparation).toBeGreaterThanOrEqual(1);
    const rendu = render(<VoletExcel excel={excel} />);
    await attendreLecture();
    await new Promise((r) => setTimeout(r, 50));
    const prepare = hote.stats.syncs;
    rendu.unmount();
    // Référence : le même classeur lu par un volet sans préparation (lecture, puis suivi des
    // modifications) ; une seconde lecture ajouterait ses propres sync.
    const reference = await monterVolet();
    await attendreLecture();
    await new Promise((r) => setTimeout(r, 50));
    expect(prepare).toBe(reference.hote.stats.syncs);
    reference.unmount();
  });

  test("volet déjà monté : le suivant lit lui-même, une préparation tardive ne relit pas", async () => {
    const hote = installerHote(petitDiagnostic());
    const excel = hote.Excel as unknown as typeof Excel;
    const rendu = render(<VoletExcel excel={excel} />);
    await attendreLecture();
    const lu = hote.stats.syncs;
    expect(lu).toBeGreaterThanOrEqual(1);
    preparerVolet(excel);
    await new Promise((r) => setTimeout(r, 20));
    expect(hote.stats.syncs).toBe(lu);
    rendu.unmount();
  });
});
