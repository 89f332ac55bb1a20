import { render, screen, within } from "@testing-library/react";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { analyseurDuVolet, type ModeAnalyse } from "../../../src/taskpane/analyse/analyseur";
import { repondre, type DemandeAnalyse } from "../../../src/taskpane/analyse/messages";
import { App, prechargerVolet } from "../../../src/taskpane/App";
import { Coque } from "../../../src/taskpane/coque";
import { analyserInstantane } from "../../../src/use-cases/analyser";
import { attendreLecture, petitDiagnostic } from "../outils";
import { ETAPES, FauxFil, vraiFil } from "./faux-fil";

/**
 * Fil d'analyse (ADR 0013) : un faux Worker qui fait ce que fait analyse.worker.ts (`repondre`),
 * messages recopiés par clonage structuré comme entre deux fils ; repli sur le fil principal.
 */
describe("analyse dans le fil d'analyse", () => {
  it("renvoie la même analyse que le fil principal, instantané recollé sans être renvoyé", async () => {
    const fil = vraiFil();
    const modes: ModeAnalyse[] = [];
    const a = analyseurDuVolet(
      () => fil,
      (m) => modes.push(m),
    );
    const snapshot = petitDiagnostic();
    const r = await a.analyser(snapshot);
    expect(r.snapshot).toBe(snapshot);
    expect(r).toEqual(analyserInstantane(snapshot));
    expect(fil.recus).toHaveLength(1);
    expect(modes).toEqual(["fil"]);
    expect(a.mode()).toBe("fil");
  });

  it("réponses croisées : chaque analyse revient à sa demande", async () => {
    const attente: DemandeAnalyse[] = [];
    const fil = new FauxFil((d) => void attente.push(d));
    const a = analyseurDuVolet(() => fil);
    const s1 = petitDiagnostic();
    const s2 = { ...petitDiagnostic(), sheets: petitDiagnostic().sheets.slice(0, 2) };
    const p1 = a.analyser(s1);
    const p2 = a.analyser(s2);
    await new Promise((r) => setTimeout(r, 5));
    const [d1, d2] = attente;
    if (!d1 || !d2) throw new Error("demandes absentes");
    repondre(d2, ETAPES, (r) => fil.livrer(r));
    repondre(d1, ETAPES, (r) => fil.livrer(r));
    expect((await p1).onglets).toHaveLength(s1.sheets.length);
    expect((await p2).onglets).toHaveLength(2);
  });

  it("une erreur de l'analyse revient en erreur, avec son message", async () => {
    const fil = new FauxFil((d, envoyer) =>
      repondre(
        d,
        {
          ...ETAPES,
          complete: () => {
            throw new Error("Onglet « 2-D » illisible.");
          },
        },
        envoyer,
      ),
    );
    const a = analyseurDuVolet(() => fil);
    await expect(a.analyser(petitDiagnostic())).rejects.toThrow("Onglet « 2-D » illisible.");
  });

  it("fil tombé (script refusé, CSP) : les analyses en attente et suivantes se font ici", async () => {
    const avertir = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const fil = new FauxFil(() => undefined);
    const modes: ModeAnalyse[] = [];
    const a = analyseurDuVolet(
      () => fil,
      (m) => modes.push(m),
    );
    const snapshot = petitDiagnostic();
    const p = a.analyser(snapshot);
    fil.emettre("error", { message: "refusé", preventDefault: () => undefined });
    expect((await p).onglets).toEqual(analyserInstantane(snapshot).onglets);
    expect(fil.termine).toBe(true);
    await a.analyser(snapshot);
    expect(fil.recus).toHaveLength(1);
    expect(modes).toEqual(["principal"]);
    expect(avertir).toHaveBeenCalledWith(expect.stringMatching(/fil principal/));
    avertir.mockRestore();
  });

  it("sans Worker (jsdom) ou création refusée : fil principal", async () => {
    const avertir = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const sans = analyseurDuVolet();
    const refuse = analyseurDuVolet(() => {
      throw new Error("SecurityError");
    });
    for (const a of [sans, refuse]) {
      expect((await a.analyser(petitDiagnostic())).onglets.length).toBeGreaterThan(0);
      expect(a.mode()).toBe("principal");
    }
    avertir.mockRestore();
  });

  it("le volet réel affiche le sommaire analysé dans le fil", async () => {
    await prechargerVolet();
    const hote = installerHote(petitDiagnostic());
    const fil = vraiFil();
    const a = analyseurDuVolet(() => fil);
    render(
      <Coque situation="apercu">
        <App
          gateway={new OfficeGateway(hote.Excel as unknown as EspaceExcel)}
          delaiRafraichissement={0}
          analyseur={a.analyser}
        />
      </Coque>,
    );
    await attendreLecture();
    const region = screen.getByRole("region", { name: "Onglets du classeur" });
    expect(within(region).getAllByRole("listitem").length).toBe(7);
    expect(fil.recus).toHaveLength(1);
  });
});
