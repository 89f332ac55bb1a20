import { waitFor } from "@testing-library/react";
import { analyseurDuVolet } from "../../../src/taskpane/analyse/analyseur";
import { repondre, type DemandeAnalyse } from "../../../src/taskpane/analyse/messages";
import { analyserInstantane } from "../../../src/use-cases/analyser";
import type { AnalyseSommaire } from "../../../src/use-cases/analyser-sommaire";
import { petitDiagnostic } from "../outils";
import { ETAPES, FauxFil, vraiFil } from "./faux-fil";

/**
 * Protocole en deux temps du fil d'analyse (ADR 0022) : le sommaire (reconnaissance, repérage,
 * complétude) d'abord, puis le complément (indicateurs, écarts, contrôles), sans rien renvoyer
 * deux fois ; le résultat final est l'analyse complète, champ pour champ.
 */
describe("analyse en deux temps", () => {
  it("le sommaire arrive d'abord, puis le complément ; l'analyse finale est l'analyse complète", async () => {
    const fil = vraiFil();
    const a = analyseurDuVolet(() => fil);
    const snapshot = petitDiagnostic();
    const sommaires: AnalyseSommaire[] = [];
    let resolue = false;
    const p = a.analyser(snapshot, (s) => {
      expect(resolue).toBe(false);
      sommaires.push(s);
    });
    const r = await p.then((x) => ((resolue = true), x));
    const attendu = analyserInstantane(snapshot);
    expect(r).toEqual(attendu);
    expect(r.snapshot).toBe(snapshot);
    expect(sommaires).toHaveLength(1);
    const [s] = sommaires;
    expect(s?.snapshot).toBe(snapshot);
    expect(s?.onglets).toEqual(attendu.onglets);
    expect(s?.completude).toEqual(attendu.completude);
    expect(s?.nonReconnu).toBe(attendu.nonReconnu);
  });

  it("rien ne revient deux fois : ni l'instantané, ni le sommaire avec le complément", async () => {
    const fil = vraiFil();
    await analyseurDuVolet(() => fil).analyser(petitDiagnostic());
    expect(fil.envoyes.map((r) => r.etape)).toEqual(["sommaire", "complement"]);
    const [sommaire, complement] = fil.envoyes;
    if (sommaire?.etape !== "sommaire" || complement?.etape !== "complement")
      throw new Error("messages inattendus");
    expect(Object.keys(sommaire.sommaire).sort()).toEqual([
      "completude",
      "nonReconnu",
      "onglets",
      "repere",
    ]);
    expect(Object.keys(complement.complement).sort()).toEqual([
      "constats",
      "ecarts",
      "indicateurs",
      "resume",
    ]);
    expect(sommaire.ms).toBeGreaterThanOrEqual(0);
  });

  it("sur le fil principal aussi (sans Worker) : le sommaire d'abord", async () => {
    const snapshot = petitDiagnostic();
    const vus: string[] = [];
    const r = await analyseurDuVolet().analyser(snapshot, (s) => vus.push(`${s.onglets.length}`));
    expect(vus).toEqual([`${snapshot.sheets.length}`]);
    expect(r).toEqual(analyserInstantane(snapshot));
  });

  it("un analyseur d'un seul tenant (sans `surSommaire`) reste permis", async () => {
    const fil = vraiFil();
    const snapshot = petitDiagnostic();
    expect(await analyseurDuVolet(() => fil).analyser(snapshot)).toEqual(
      analyserInstantane(snapshot),
    );
  });

  it("fil tombé après le sommaire : le complément est calculé ici, le sommaire n'est pas redit", async () => {
    const avertir = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    let demande: DemandeAnalyse | null = null;
    const fil = new FauxFil((d) => {
      demande = d;
      // Le sommaire seulement, puis le fil tombe.
      repondre(d, { ...ETAPES, complete: () => ({}) as never }, (r) => {
        if (r.etape === "sommaire") fil.livrer(r);
      });
    });
    const a = analyseurDuVolet(() => fil);
    const snapshot = petitDiagnostic();
    const vus: AnalyseSommaire[] = [];
    const p = a.analyser(snapshot, (s) => vus.push(s));
    await waitFor(() => expect(vus).toHaveLength(1));
    expect(demande).not.toBeNull();
    fil.emettre("error", { message: "tombé", preventDefault: () => undefined });
    expect(await p).toEqual(analyserInstantane(snapshot));
    expect(vus).toHaveLength(1);
    expect(a.mode()).toBe("principal");
    avertir.mockRestore();
  });
});
